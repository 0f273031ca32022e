-- Provenance of exercises stored before documents carried it: the free-exercise-db import has always
-- given its records the 'fedb-' slug prefix (FreeExerciseDbTranslator), everything else was curated.
UPDATE exercise
SET document = jsonb_set(document, '{origin}',
        CASE WHEN slug LIKE 'fedb-%'
             THEN jsonb_build_object('kind', 'imported', 'dataSet', 'free-exercise-db', 'recordId', substring(slug FROM 6))
             ELSE jsonb_build_object('kind', 'curated') END)
WHERE NOT document ? 'origin';
