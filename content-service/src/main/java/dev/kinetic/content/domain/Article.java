package dev.kinetic.content.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.kinetic.content.domain.IngestionReport.Finding;

/**
 * An article and its editorial workflow. Every method returns the next state (with the version
 * moved on) or refuses with an {@link ArticleRuleException}; nothing here knows about storage.
 */
public record Article(UUID id, String slug, String locale, String title, String summary, List<Section> sections,
        Set<String> muscleTags, Set<String> conditionTags, Set<String> exerciseTags, String author, String medicalReviewer,
        LocalDate reviewedOn, ArticleStatus status, Instant publishAt, Instant publishedAt, int version,
        List<Finding> findings) {

    public Article {
        sections = List.copyOf(sections);
        muscleTags = Set.copyOf(muscleTags);
        conditionTags = Set.copyOf(conditionTags);
        exerciseTags = Set.copyOf(exerciseTags);
        findings = List.copyOf(findings);
    }

    /** A new draft from ingestion. */
    public static Article fromIngestion(UUID id, String slug, Ingestion ingestion, String author) {
        ArticleDraft d = ingestion.draft();
        return new Article(id, slug, d.locale(), d.title(), d.summary(), d.sections(), d.muscleTags(), d.conditionTags(),
                d.exerciseTags(), author, null, null, ArticleStatus.DRAFT, null, null, 1, ingestion.report().findings());
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public Article submitForReview() {
        require(EnumSet.of(ArticleStatus.DRAFT), "submit for review");
        return with(ArticleStatus.IN_REVIEW, publishAt, publishedAt);
    }

    public Article publish(Instant now) {
        require(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED), "publish");
        return with(ArticleStatus.PUBLISHED, null, now);
    }

    public Article schedule(Instant at, Instant now) {
        require(EnumSet.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.SCHEDULED), "schedule");
        if (!at.isAfter(now)) {
            throw new ArticleRuleException("publishAt must be in the future; publish now instead");
        }
        return with(ArticleStatus.SCHEDULED, at, publishedAt);
    }

    public Article unpublish() {
        require(EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED), "unpublish");
        return with(ArticleStatus.DRAFT, null, publishedAt);
    }

    public Article archive() {
        require(EnumSet.complementOf(EnumSet.of(ArticleStatus.ARCHIVED)), "archive");
        return with(ArticleStatus.ARCHIVED, null, publishedAt);
    }

    /** Applies a finding's suggestion: the announced exercises are added to the section that promised them. */
    public Article acceptFinding(String findingId) {
        Finding finding = findings.stream().filter(f -> f.id().equals(findingId)).findFirst()
                .orElseThrow(() -> new ArticleRuleException("no open finding " + findingId));
        if (!Finding.EMPTY_LIST_SECTION.equals(finding.kind()) || finding.sectionIndex() == null) {
            throw new ArticleRuleException("finding " + findingId + " (" + finding.kind() + ") has no suggestion to apply");
        }
        List<Section> newSections = new ArrayList<>(sections);
        Section target = newSections.get(finding.sectionIndex());
        List<Block> blocks = new ArrayList<>(target.blocks());
        finding.suggestedExercises().forEach(slug -> blocks.add(new Block.ExerciseReference(slug, null, null)));
        newSections.set(finding.sectionIndex(), new Section(target.heading(), blocks));
        Set<String> exercises = new LinkedHashSet<>(exerciseTags);
        exercises.addAll(finding.suggestedExercises());
        List<Finding> open = findings.stream().filter(f -> !f.id().equals(findingId)).toList();
        return new Article(id, slug, locale, title, summary, newSections, muscleTags, conditionTags, exercises, author,
                medicalReviewer, reviewedOn, status, publishAt, publishedAt, version + 1, open);
    }

    /** New content from an editor; the workflow state stays as it is. */
    public Article edit(String newTitle, String newSummary, List<Section> newSections, Set<String> muscles,
            Set<String> conditions, Set<String> exercises, String reviewer, LocalDate reviewed) {
        require(EnumSet.complementOf(EnumSet.of(ArticleStatus.ARCHIVED)), "edit");
        if (newTitle == null || newTitle.isBlank()) {
            throw new ArticleRuleException("an article needs a title");
        }
        return new Article(id, slug, locale, newTitle.strip(), newSummary, newSections, muscles, conditions, exercises, author,
                reviewer, reviewed, status, publishAt, publishedAt, version + 1, findings);
    }

    /** The content of an earlier revision as the next version; the workflow state stays as it is. */
    public Article restore(Article revision) {
        return edit(revision.title(), revision.summary(), revision.sections(), revision.muscleTags(),
                revision.conditionTags(), revision.exerciseTags(), revision.medicalReviewer(), revision.reviewedOn());
    }

    private void require(Set<ArticleStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ArticleRuleException("cannot " + action + " an article that is " + status.slug());
        }
    }

    private Article with(ArticleStatus newStatus, Instant newPublishAt, Instant newPublishedAt) {
        return new Article(id, slug, locale, title, summary, sections, muscleTags, conditionTags, exerciseTags, author,
                medicalReviewer, reviewedOn, newStatus, newPublishAt, newPublishedAt, version + 1, findings);
    }
}
