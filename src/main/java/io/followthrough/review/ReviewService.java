package io.followthrough.review;

import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reviews, their themes and findings: entered by hand now, later drafted from the document by the importer. */
@ApplicationScoped
public class ReviewService {

    private final AuditTrail audit;
    private final ReviewAnswers answers;

    public ReviewService(AuditTrail audit, ReviewAnswers answers) {
        this.audit = audit;
        this.answers = answers;
    }

    @Transactional
    public List<ReviewJson> list() {
        return Review.newestFirst().stream().map(ReviewJson::summary).toList();
    }

    @Transactional
    public io.followthrough.platform.PageOf<ReviewJson> list(io.followthrough.platform.PageRequest page) {
        return io.followthrough.platform.PageOf.of(Review.pageNewestFirst(), page, ReviewJson::summary);
    }

    @Transactional
    public Optional<ReviewJson> find(long id) {
        return Review.withThemes(id).map(ReviewJson::of);
    }

    /** The review without its themes. */
    /** The original document a review was imported from, kept so reports can append it. */
    public record Document(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public Optional<Document> document(long id) {
        return Review.<Review>findByIdOptional(id).filter(r -> r.document != null)
                .map(r -> new Document(r.documentName, r.documentMediaType, r.document));
    }

    @Transactional
    public Optional<ReviewJson> findSummary(long id) {
        return Review.<Review>findByIdOptional(id).map(ReviewJson::summary);
    }

    /** Everything the review page shows: strengths and areas for consideration apart, and the plans answering it. */
    @Transactional
    public Optional<ReviewView> view(long id) {
        return Review.withThemes(id).map(review -> new ReviewView(ReviewJson.summary(review),
                review.themes.stream().map(theme -> new ReviewView.ThemeView(theme.id, theme.heading(),
                        findings(theme, FindingKind.STRENGTH), findings(theme, FindingKind.AREA_FOR_CONSIDERATION)))
                        .toList(),
                answers.answering(id)));
    }

    @Transactional
    public ReviewJson create(@Valid @NotNull ReviewInput input) {
        check(input);
        Review review = new Review();
        apply(review, input);
        review.persist();
        audit.created("Review", review.id, review.title);
        return ReviewJson.of(review);
    }

    @Transactional
    public ReviewJson update(long id, @Valid @NotNull ReviewInput input) {
        check(input);
        Review review = Review.<Review>findByIdOptional(id).orElseThrow(() -> new NotFoundException("review", id));
        audit.changed("Review", id, "title", review.title, input.title());
        audit.changed("Review", id, "reviewingBody", review.reviewingBody, input.reviewingBody());
        audit.changed("Review", id, "organisation", review.organisation, input.organisation());
        audit.changed("Review", id, "reportDate", review.reportDate, input.reportDate());
        audit.changed("Review", id, "type", review.type, input.type());
        audit.changed("Review", id, "onSiteFrom", review.onSiteFrom, input.onSiteFrom());
        audit.changed("Review", id, "onSiteTo", review.onSiteTo, input.onSiteTo());
        audit.changed("Review", id, "leadReviewer", review.leadReviewer, blankToNull(input.leadReviewer()));
        audit.changed("Review", id, "scope", review.scope, input.scope());
        apply(review, input);
        return find(id).orElseThrow();
    }

    @Transactional
    public Optional<ReviewJson.ThemeJson> findTheme(long id) {
        return Theme.<Theme>findByIdOptional(id).map(ReviewJson.ThemeJson::of);
    }

    @Transactional
    public Optional<ThemeSummary> findThemeSummary(long id) {
        return Theme.<Theme>findByIdOptional(id).map(ThemeSummary::of);
    }

    @Transactional
    public ReviewJson.ThemeJson addTheme(long reviewId, @Valid @NotNull ThemeInput input) {
        Review review = Review.<Review>findByIdOptional(reviewId)
                .orElseThrow(() -> new NotFoundException("review", reviewId));
        Theme theme = review.addTheme(blankToNull(input.number()), input.title().strip());
        theme.persist();
        audit.created("Theme", theme.id, theme.heading());
        return ReviewJson.ThemeJson.of(theme);
    }

    @Transactional
    public ReviewJson.ThemeJson updateTheme(long id, @Valid @NotNull ThemeInput input) {
        Theme theme = Theme.<Theme>findByIdOptional(id).orElseThrow(() -> new NotFoundException("theme", id));
        audit.changed("Theme", id, "number", theme.number, blankToNull(input.number()));
        audit.changed("Theme", id, "title", theme.title, input.title().strip());
        theme.number = blankToNull(input.number());
        theme.title = input.title().strip();
        return ReviewJson.ThemeJson.of(theme);
    }

    @Transactional
    public Optional<ReviewJson.FindingJson> findFinding(long id) {
        return Finding.<Finding>findByIdOptional(id).map(ReviewJson.FindingJson::of);
    }

    @Transactional
    public ReviewJson.FindingJson addFinding(long themeId, @Valid @NotNull FindingInput input) {
        Theme theme = Theme.<Theme>findByIdOptional(themeId).orElseThrow(() -> new NotFoundException("theme", themeId));
        checkText(input);
        Finding finding = theme.addFinding(input.kind(), input.text().strip());
        finding.persist();
        audit.created("Finding", finding.id, finding.kind + ": " + finding.text);
        if (finding.kind == FindingKind.AREA_FOR_CONSIDERATION) {
            answers.areaAdded(theme.review.id, finding.id);
        }
        return ReviewJson.FindingJson.of(finding);
    }

    @Transactional
    public ReviewJson.FindingJson updateFinding(long id, @Valid @NotNull FindingInput input) {
        Finding finding = Finding.<Finding>findByIdOptional(id).orElseThrow(() -> new NotFoundException("finding", id));
        checkText(input);
        boolean becomesArea = finding.kind != FindingKind.AREA_FOR_CONSIDERATION
                && input.kind() == FindingKind.AREA_FOR_CONSIDERATION;
        audit.changed("Finding", id, "kind", finding.kind, input.kind());
        audit.changed("Finding", id, "text", finding.text, input.text().strip());
        finding.kind = input.kind();
        finding.text = input.text().strip();
        if (becomesArea) {
            answers.areaAdded(finding.theme.review.id, finding.id);
        }
        return ReviewJson.FindingJson.of(finding);
    }

    private static void checkText(FindingInput input) {
        List<FieldError> errors = new ArrayList<>();
        PersonalData.check("text", input.text(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void check(ReviewInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.onSiteFrom() != null && input.onSiteTo() != null && input.onSiteTo().isBefore(input.onSiteFrom())) {
            errors.add(new FieldError("onSiteTo", "The last day on site must be the same as or after the first"));
        }
        if (input.onSiteTo() != null && input.onSiteFrom() == null) {
            errors.add(new FieldError("onSiteFrom", "Enter the first day on site"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void apply(Review review, ReviewInput input) {
        review.title = input.title().strip();
        review.type = input.type();
        review.reviewingBody = input.reviewingBody().strip();
        review.organisation = input.organisation().strip();
        review.reportDate = input.reportDate();
        review.onSiteFrom = input.onSiteFrom();
        review.onSiteTo = input.onSiteTo();
        review.leadReviewer = blankToNull(input.leadReviewer());
        review.scope.clear();
        if (input.scope() != null) {
            input.scope().stream().map(String::strip).forEach(review.scope::add);
        }
    }

    private static List<ReviewJson.FindingJson> findings(Theme theme, FindingKind kind) {
        return theme.findings.stream().filter(f -> f.kind == kind).map(ReviewJson.FindingJson::of).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
