package dev.kinetic.content.domain;

import java.util.List;
import java.util.Set;

/** What ingestion makes of raw text: a structured draft an editor reviews before publishing. */
public record ArticleDraft(String title, String summary, String locale, List<Section> sections, Set<String> muscleTags,
        Set<String> conditionTags, Set<String> exerciseTags) {

    public ArticleDraft {
        sections = List.copyOf(sections);
        muscleTags = Set.copyOf(muscleTags);
        conditionTags = Set.copyOf(conditionTags);
        exerciseTags = Set.copyOf(exerciseTags);
    }
}
