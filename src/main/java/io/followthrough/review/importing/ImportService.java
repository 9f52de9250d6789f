package io.followthrough.review.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.TextLimits;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.web.Plurals;
import io.followthrough.review.Finding;
import io.followthrough.review.Review;
import io.followthrough.review.ReviewType;
import io.followthrough.review.Theme;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Importing a review document: the upload becomes a draft the plan lead corrects, kept in the database until it is
 * confirmed as a review (with the original document) or discarded.
 */
@ApplicationScoped
public class ImportService {

    private final ReviewImporter importer;
    private final ObjectMapper json;
    private final AuditTrail audit;

    public ImportService(ReviewImporter importer, ObjectMapper json, AuditTrail audit) {
        this.importer = importer;
        this.json = json;
        this.audit = audit;
    }

    /** Reads the document (outside any transaction: reading can take a while) and keeps its draft. */
    public ImportDraftJson upload(String fileName, byte[] content) {
        ReviewDraft draft = importer.draft(fileName, content);
        String mediaType = DocumentFormat.of(fileName, content).mediaType();
        return QuarkusTransaction.requiringNew().call(() -> {
            ReviewImport stored = new ReviewImport();
            stored.fileName = safeName(fileName);
            stored.mediaType = mediaType;
            stored.document = content;
            stored.documentSha256 = sha256(content);
            stored.draftJson = write(draft);
            stored.persist();
            audit.created("ReviewImport", stored.id, stored.fileName);
            return json(stored, draft);
        });
    }

    /** The file's own name only, never a path. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").strip();
        return name.isEmpty() ? "review" : name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    @Transactional
    public Optional<ImportDraftJson> find(long id) {
        return ReviewImport.<ReviewImport>findByIdOptional(id).map(stored -> json(stored, draftOf(stored)));
    }

    @Transactional
    public List<ImportDraftJson> drafts() {
        return ReviewImport.drafts().stream().map(stored -> json(stored, draftOf(stored))).toList();
    }

    @Transactional
    public PageOf<ImportDraftJson> drafts(PageRequest page) {
        return PageOf.of(ReviewImport.pageDrafts(), page, stored -> json(stored, draftOf(stored)));
    }

    /** Replaces the draft with the corrected one; the document's source lines stay as they were read. */
    @Transactional
    public ImportDraftJson save(long id, ImportDraftJson corrected) {
        ReviewImport stored = requireDraft(id);
        ReviewDraft draft = corrected.toDraft(draftOf(stored).lines());
        check(draft);
        stored.draftJson = write(draft);
        return json(stored, draft);
    }

    /** Applies one correction made on the preview page. */
    @Transactional
    public ImportDraftJson edit(long id, UnaryOperator<ReviewDraft> correction) {
        ReviewImport stored = requireDraft(id);
        ReviewDraft draft = correction.apply(draftOf(stored));
        check(draft);
        stored.draftJson = write(draft);
        return json(stored, draft);
    }

    /** Creates the review from the draft, keeping the original document with it. */
    @Transactional
    public long confirm(long id) {
        ReviewImport stored = requireDraft(id);
        ReviewDraft draft = draftOf(stored);
        check(draft);
        List<FieldError> errors = new ArrayList<>();
        DraftMetadata metadata = draft.metadata();
        if (blank(metadata.title())) {
            errors.add(new FieldError("metadata.title", "Enter the review's title"));
        }
        if (blank(metadata.reviewingBody())) {
            errors.add(new FieldError("metadata.reviewingBody", "Enter the reviewing body"));
        }
        if (blank(metadata.organisation())) {
            errors.add(new FieldError("metadata.organisation", "Enter the organisation reviewed"));
        }
        if (!draft.unplaced().isEmpty()) {
            errors.add(new FieldError("unplaced", "Place or discard the "
                    + Plurals.of(draft.unplaced().size(), "piece", "pieces") + " of unplaced text first"));
        }
        if (draft.themes().isEmpty()) {
            errors.add(new FieldError("themes", "A review needs at least one theme"));
        }
        checkLengths(draft, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Review review = new Review();
        review.title = metadata.title().strip();
        review.type = metadata.type() != null ? metadata.type() : typeOf(metadata.reviewingBody());
        review.reviewingBody = metadata.reviewingBody().strip();
        review.organisation = metadata.organisation().strip();
        review.reportDate = metadata.reportDate();
        review.onSiteFrom = metadata.onSiteFrom();
        review.onSiteTo = metadata.onSiteTo();
        review.leadReviewer = blank(metadata.leadReviewer()) ? null : metadata.leadReviewer().strip();
        if (metadata.scope() != null) {
            metadata.scope().stream().filter(q -> !blank(q)).map(String::strip).forEach(review.scope::add);
        }
        review.document = stored.document;
        review.documentName = stored.fileName;
        review.documentMediaType = stored.mediaType;
        for (DraftTheme draftTheme : draft.themes()) {
            Theme theme = review.addTheme(blank(draftTheme.number()) ? null : draftTheme.number().strip(),
                    draftTheme.title().strip());
            for (DraftFinding draftFinding : draftTheme.findings()) {
                Finding finding = theme.addFinding(draftFinding.kind(), draftFinding.text().strip());
                DraftFinding.Proposal proposal = draftFinding.proposal();
                if (proposal != null) {
                    finding.priority = blank(proposal.priority()) ? null : proposal.priority().strip();
                    finding.proposedOwner = blank(proposal.owner()) ? null : proposal.owner().strip();
                    finding.proposedTargetDate = proposal.targetDate();
                }
            }
        }
        review.persist();
        stored.state = ReviewImport.State.CONFIRMED;
        stored.reviewId = review.id;
        audit.created("Review", review.id, "imported from " + stored.fileName);
        return review.id;
    }

    private static void checkLengths(ReviewDraft draft, List<FieldError> errors) {
        DraftMetadata metadata = draft.metadata();
        TextLimits.check("metadata.title", "The title", metadata.title(), TextLimits.TITLE, errors);
        TextLimits.check("metadata.reviewingBody", "The reviewing body", metadata.reviewingBody(), TextLimits.TITLE, errors);
        TextLimits.check("metadata.organisation", "The organisation", metadata.organisation(), TextLimits.TITLE, errors);
        TextLimits.check("metadata.leadReviewer", "The lead reviewer", metadata.leadReviewer(), TextLimits.NAME, errors);
        if (metadata.scope() != null) {
            for (int i = 0; i < metadata.scope().size(); i++) {
                TextLimits.check("metadata.scope[" + i + "]", "A scope question", metadata.scope().get(i),
                        TextLimits.HEADING, errors);
            }
        }
        for (int t = 0; t < draft.themes().size(); t++) {
            DraftTheme theme = draft.themes().get(t);
            TextLimits.check("themes[" + t + "].number", "The theme's number", theme.number(), 20, errors);
            TextLimits.check("themes[" + t + "].title", "The theme's title", theme.title(), TextLimits.HEADING, errors);
            for (int f = 0; f < theme.findings().size(); f++) {
                DraftFinding finding = theme.findings().get(f);
                TextLimits.check("themes[" + t + "].findings[" + f + "].text", "A finding", finding.text(),
                        TextLimits.NARRATIVE, errors);
                if (finding.proposal() != null) {
                    TextLimits.check("themes[" + t + "].findings[" + f + "].proposal.priority", "A priority",
                            finding.proposal().priority(), TextLimits.NAME, errors);
                    TextLimits.check("themes[" + t + "].findings[" + f + "].proposal.owner", "A proposed owner",
                            finding.proposal().owner(), TextLimits.NAME, errors);
                }
            }
        }
    }

    @Transactional
    public void discard(long id) {
        ReviewImport stored = requireDraft(id);
        stored.state = ReviewImport.State.DISCARDED;
        audit.changed("ReviewImport", id, "state", ReviewImport.State.DRAFT, ReviewImport.State.DISCARDED);
    }

    /** The review type a reviewing body usually means; the lead can change it on the review afterwards. */
    static ReviewType typeOf(String reviewingBody) {
        String body = reviewingBody == null ? "" : reviewingBody.toLowerCase(Locale.UK);
        if (body.contains("navsh") || body.contains("virtual school heads")) {
            return ReviewType.NAVSH_PEER_REVIEW;
        }
        if (body.contains("ofsted")) {
            return ReviewType.OFSTED_INSPECTION;
        }
        if (body.contains("lga") || body.contains("local government association")) {
            return ReviewType.LGA_PEER_CHALLENGE;
        }
        return body.contains("audit") ? ReviewType.INTERNAL_AUDIT : ReviewType.OTHER;
    }

    private static void check(ReviewDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.metadata() == null) {
            errors.add(new FieldError("metadata", "Send the review's metadata"));
        }
        Set<String> ids = new HashSet<>();
        for (int t = 0; t < draft.themes().size(); t++) {
            DraftTheme theme = draft.themes().get(t);
            if (blank(theme.title())) {
                errors.add(new FieldError("themes[" + t + "].title", "Every theme needs a title"));
            }
            List<DraftFinding> findings = theme.findings() == null ? List.of() : theme.findings();
            for (int f = 0; f < findings.size(); f++) {
                DraftFinding finding = findings.get(f);
                String field = "themes[" + t + "].findings[" + f + "]";
                if (finding.kind() == null) {
                    errors.add(new FieldError(field + ".kind", "Say whether this is a strength or an area for consideration"));
                }
                if (blank(finding.text())) {
                    errors.add(new FieldError(field + ".text", "A finding cannot be empty; discard it instead"));
                }
                if (finding.id() == null || !ids.add(finding.id())) {
                    errors.add(new FieldError(field + ".id", "Every finding needs its own id"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The draft as the API and the page show it, with the earlier import of the same file while it is a draft. */
    private static ImportDraftJson json(ReviewImport stored, ReviewDraft draft) {
        return ImportDraftJson.of(stored, draft, stored.state == ReviewImport.State.DRAFT ? duplicateOf(stored) : null);
    }

    /** The earlier import of the same bytes that became a review, or else the oldest one still a draft. */
    private static ImportDraftJson.Duplicate duplicateOf(ReviewImport stored) {
        if (stored.documentSha256 == null) {
            return null;
        }
        List<ReviewImport> same = ReviewImport.ofSameDocument(stored.documentSha256, stored.id);
        return same.stream().filter(i -> i.state == ReviewImport.State.CONFIRMED && i.reviewId != null).findFirst()
                .or(() -> same.stream().filter(i -> i.state == ReviewImport.State.DRAFT).findFirst())
                .map(earlier -> {
                    String reviewTitle = earlier.reviewId == null ? null
                            : Review.<Review>findByIdOptional(earlier.reviewId).map(r -> r.title).orElse(null);
                    Long reviewId = reviewTitle == null ? null : earlier.reviewId;
                    return new ImportDraftJson.Duplicate(earlier.id, earlier.fileName, earlier.createdAt, reviewId,
                            reviewTitle, reviewId == null ? "/api/imports/" + earlier.id : "/api/reviews/" + reviewId);
                })
                .orElse(null);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private ReviewImport requireDraft(long id) {
        ReviewImport stored = ReviewImport.<ReviewImport>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("import", id));
        if (stored.state != ReviewImport.State.DRAFT) {
            throw new ConflictException("This import was already " + stored.state.name().toLowerCase(Locale.UK) + ".");
        }
        return stored;
    }

    private ReviewDraft draftOf(ReviewImport stored) {
        try {
            return json.readValue(stored.draftJson, ReviewDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft cannot be read", e);
        }
    }

    private String write(ReviewDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft cannot be written as JSON", e);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
