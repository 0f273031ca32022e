package dev.kinetic.content.domain;

import java.util.List;

/** One block of an article section. */
public sealed interface Block {

    /** Prose, with the catalog entities it mentions located by character offsets. */
    record Paragraph(String text, List<Mention> mentions) implements Block {
        public Paragraph {
            mentions = List.copyOf(mentions);
        }
    }

    record BulletList(List<Paragraph> items, boolean ordered) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    /** An image; the credit says who made it, where it comes from and under which licence. */
    record Image(String url, String alt, String caption, Credit credit) implements Block {
    }

    record Credit(String author, String source, String licence) {
    }

    /** Highlighted text such as a medical disclaimer. */
    record Callout(String kind, String text) implements Block {
        public static final String MEDICAL_DISCLAIMER = "medical-disclaimer";
    }

    /**
     * A catalog exercise the article recommends: its slug, the article's own name for it, the dosage
     * the article gives, if any, and the instructions that belong to it (paragraphs, steps, images).
     */
    record ExerciseReference(String exerciseSlug, String name, Dosage dosage, List<Block> body) implements Block {
        public ExerciseReference {
            body = body == null ? List.of() : List.copyOf(body);
        }

        public ExerciseReference(String exerciseSlug, String name, Dosage dosage) {
            this(exerciseSlug, name, dosage, List.of());
        }
    }
}
