package io.followthrough.plan.action;

import io.followthrough.people.Person;
import io.followthrough.platform.Actor;
import io.followthrough.platform.AuditEntry;
import io.followthrough.platform.AuditTrail;
import io.followthrough.platform.FieldError;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.PageOf;
import io.followthrough.platform.PageRequest;
import io.followthrough.platform.PersonalData;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Progress on an action: dated, signed and append-only (DOMAIN.md, "Progress update"). Posting an update also moves
 * the action's status and RAG; a correction is a new update naming the one it corrects.
 */
@ApplicationScoped
public class ProgressService {

    private final ActionPermissions permissions;
    private final AuditTrail audit;
    private final Actor actor;
    private final EvidenceConfig evidence;

    public ProgressService(ActionPermissions permissions, AuditTrail audit, Actor actor, EvidenceConfig evidence) {
        this.permissions = permissions;
        this.audit = audit;
        this.actor = actor;
        this.evidence = evidence;
    }

    /** A read: no transaction, and the action is looked up only when the page is empty (to answer 404). */
    public PageOf<ProgressUpdateJson> updates(long actionId, PageRequest page) {
        PageOf<ProgressUpdate> updates = PageOf.of(ProgressUpdate.newestFirst(actionId), page, u -> u);
        if (updates.items().isEmpty()) {
            requireAction(actionId);
        }
        List<EvidenceFile> files = EvidenceFile.ofUpdates(updates.items().stream().map(u -> u.id).toList());
        return updates.map(u -> ProgressUpdateJson.of(u, files));
    }

    @Transactional
    public Optional<ProgressUpdateJson> find(long actionId, long updateId) {
        return ProgressUpdate.ofAction(actionId, updateId)
                .map(u -> ProgressUpdateJson.of(u, EvidenceFile.ofUpdates(List.of(u.id))));
    }

    /** Part of the history of an action, newest first, in the caller's transaction. */
    static List<ProgressUpdateJson> history(long actionId, int offset, int limit) {
        List<ProgressUpdate> updates = ProgressUpdate.newestFirst(actionId).range(offset, offset + limit - 1).list();
        List<EvidenceFile> files = EvidenceFile.ofUpdates(updates.stream().map(u -> u.id).toList());
        return updates.stream().map(u -> ProgressUpdateJson.of(u, files)).toList();
    }

    /** The newest updates of an action, newest first, at most {@code limit}, in the caller's session. */
    static List<ProgressUpdateJson> newest(long actionId, int limit) {
        List<ProgressUpdate> updates = ProgressUpdate.newestFirst(actionId).page(0, limit).list();
        List<EvidenceFile> files = EvidenceFile.ofUpdates(updates.stream().map(u -> u.id).toList());
        return updates.stream().map(u -> ProgressUpdateJson.of(u, files)).toList();
    }

    @Transactional
    public ProgressUpdateJson add(long actionId, @Valid @NotNull ProgressUpdateInput input) {
        return add(actionId, input, List.of());
    }

    @Transactional
    public ProgressUpdateJson add(long actionId, @Valid @NotNull ProgressUpdateInput input,
                                  List<EvidenceUpload> uploads) {
        Action action = Action.lockedForAppend(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        permissions.requireMayUpdate(action, "You can post progress only on actions you lead or support.");
        List<FieldError> errors = new ArrayList<>();
        Action.reasonMissing(input.rag(), input.reason()).ifPresent(m -> errors.add(new FieldError("reason", m)));
        PersonalData.checkRecorded("narrative", input.narrative(), errors);
        PersonalData.checkRecorded("reason", input.reason(), errors);
        PersonalData.checkRecorded("impact", input.impact(), errors);
        List<String> links = links(input.evidenceLinks(), errors);
        checkUploads(uploads, errors);
        ProgressUpdate corrects = null;
        if (input.correctsId() != null) {
            corrects = ProgressUpdate.ofAction(actionId, input.correctsId()).orElse(null);
            if (corrects == null) {
                errors.add(new FieldError("correctsId", "There is no update " + input.correctsId() + " on this action"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ProgressUpdate update = new ProgressUpdate();
        update.action = action;
        Person me = permissions.currentPerson().orElse(null);
        update.author = me;
        update.authorName = me == null ? actor.name() : me.name;
        update.narrative = input.narrative().strip();
        update.status = input.status();
        update.rag = input.rag();
        update.reason = blankToNull(input.reason());
        update.impact = blankToNull(input.impact());
        update.evidenceLinks.addAll(links);
        update.corrects = corrects;
        update.persist();
        List<EvidenceFile> files = new ArrayList<>();
        for (EvidenceUpload upload : uploads) {
            EvidenceFile file = new EvidenceFile();
            file.update = update;
            file.fileName = safeName(upload.fileName());
            file.mediaType = upload.mediaType() == null || upload.mediaType().isBlank()
                    ? "application/octet-stream" : upload.mediaType();
            file.sizeBytes = upload.content().length;
            file.content = upload.content();
            file.persist();
            files.add(file);
        }

        audit.changed("Action", action.id, "status", action.status, update.status);
        audit.changed("Action", action.id, "rag", action.rag, update.rag);
        audit.changed("Action", action.id, "ragReason", action.ragReason, update.reason);
        action.status = update.status;
        action.rag = update.rag;
        action.ragReason = update.reason;
        return ProgressUpdateJson.of(update, files);
    }

    /** An update as the redaction form shows it, with each of its texts that could be redacted. */
    public record Redactable(ProgressUpdateJson update, List<RedactionTarget> texts) {
    }

    @Transactional
    public Optional<Redactable> redactable(long updateId) {
        return ProgressUpdate.<ProgressUpdate>findByIdOptional(updateId).map(update -> {
            List<EvidenceFile> files = EvidenceFile.ofUpdates(List.of(updateId));
            return new Redactable(ProgressUpdateJson.of(update, files), RedactionTarget.allOf(update, files));
        });
    }

    /**
     * What redacting these words would leave, after checking that the lead may redact, the text exists and holds the
     * words, and the reason is fit to keep. Nothing changes.
     */
    @Transactional
    public Redaction previewRedaction(long updateId, @Valid @NotNull RedactionInput input) {
        if (!permissions.isLead()) {
            throw new ForbiddenException("Only the plan lead can redact a progress update.");
        }
        ProgressUpdate update = ProgressUpdate.<ProgressUpdate>findByIdOptional(updateId)
                .orElseThrow(() -> new NotFoundException("progress update", updateId));
        RedactionTarget target = RedactionTarget.of(update, EvidenceFile.ofUpdates(List.of(updateId)), input.field())
                .orElseThrow(() -> new InvalidInputException("field", "Choose the text to redact"));
        String words = input.words().strip();
        List<FieldError> errors = new ArrayList<>();
        if (Redaction.MARK.equals(words)) {
            errors.add(new FieldError("words", "Enter the words to remove, exactly as they appear"));
        } else if (!target.text().contains(words)) {
            errors.add(new FieldError("words", "These words are not in the " + target.label()
                    + ". Type them exactly as they appear, with the same capital letters"));
        }
        if (input.reason().contains(words)) {
            errors.add(new FieldError("reason", "The reason must not repeat the words being removed"));
        }
        PersonalData.checkRecorded("reason", input.reason(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Redaction(updateId, update.action.id, input.field(), target.label(),
                target.text().replace(words, Redaction.MARK));
    }

    /**
     * Replaces the words in one stored text of the update with "[redacted]" (DOMAIN.md, "Data protection"): the only
     * change the database lets through on an append-only update. The action's current RAG reason and the audit
     * trail's record of it lose the same words; the audit trail records who redacted what and why, never the words.
     */
    @Transactional
    public ProgressUpdateJson redact(long updateId, @Valid @NotNull RedactionInput input) {
        Redaction redaction = previewRedaction(updateId, input);
        ProgressUpdate update = ProgressUpdate.findById(updateId);
        RedactionTarget target = RedactionTarget.of(update, EvidenceFile.ofUpdates(List.of(updateId)), input.field())
                .orElseThrow();
        String words = input.words().strip();
        var em = ProgressUpdate.getEntityManager();
        em.flush();
        int changed = ((Number) em.createNativeQuery("select redact_progress_text(?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, updateId).setParameter(2, target.column()).setParameter(3, target.item())
                .setParameter(4, words).setParameter(5, actor.name()).getSingleResult()).intValue();
        if (changed != 1) {
            throw new IllegalStateException("Redaction changed " + changed + " rows of update " + updateId);
        }
        Action action = update.action;
        if (action.ragReason != null && action.ragReason.contains(words)) {
            action.ragReason = action.ragReason.replace(words, Redaction.MARK);
        }
        AuditEntry.redact("Action", action.id, words, Redaction.MARK);
        audit.changed("Action", action.id, "redacted: " + redaction.label() + " of the update of "
                + io.followthrough.platform.web.Formats.dateAndTime(update.createdAt), null, input.reason().strip());
        em.flush();
        em.clear();
        return find(action.id, updateId).orElseThrow();
    }

    /** An evidence file with its content, for those who may read the plan. */
    @Transactional
    public EvidenceDownload download(long evidenceId) {
        EvidenceFile file = EvidenceFile.withContent(evidenceId)
                .orElseThrow(() -> new NotFoundException("evidence file", evidenceId));
        return new EvidenceDownload(file.fileName, servedType(file.mediaType), file.content);
    }

    /**
     * Evidence is uploaded by people, with whatever type their browser claimed. Only types no browser runs as a page
     * (documents, images, plain text) are served as they are; anything else (HTML, SVG, XML, scripts) as bytes to save,
     * so an uploaded page can never run on this site.
     */
    static String servedType(String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return SAFE_TYPES.contains(type) ? type : "application/octet-stream";
    }

    private static final java.util.Set<String> SAFE_TYPES = java.util.Set.of(
            "application/pdf", "text/plain", "text/csv", "image/png", "image/jpeg", "image/gif", "image/webp",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    public record EvidenceDownload(String fileName, String mediaType, byte[] content) {
    }

    private void checkUploads(List<EvidenceUpload> uploads, List<FieldError> errors) {
        if (uploads.size() > evidence.maxFiles()) {
            errors.add(new FieldError("evidenceFiles", "Attach at most " + evidence.maxFiles() + " files to one update"));
        }
        for (EvidenceUpload upload : uploads) {
            PersonalData.checkRecorded("evidenceFiles", upload.fileName(), errors);
            if (upload.content().length == 0) {
                errors.add(new FieldError("evidenceFiles", upload.fileName() + " is empty"));
            } else if (upload.content().length > evidence.maxFileSize()) {
                errors.add(new FieldError("evidenceFiles", upload.fileName() + " must be smaller than "
                        + evidence.maxFileSize() / (1024 * 1024) + " MB"));
            }
        }
    }

    private static List<String> links(List<String> given, List<FieldError> errors) {
        List<String> links = new ArrayList<>();
        if (given == null) {
            return links;
        }
        for (int i = 0; i < given.size(); i++) {
            String link = given.get(i);
            if (isBlank(link)) {
                continue;
            }
            if (!isWebAddress(link.strip())) {
                errors.add(new FieldError("evidenceLinks[" + i + "]",
                        "Evidence links must be web addresses starting with https:// or http://"));
            } else {
                PersonalData.checkRecorded("evidenceLinks[" + i + "]", decoded(link.strip()), errors);
                links.add(link.strip());
            }
        }
        return links;
    }

    /** A link as a person reads it, so that a name written as "Jayden%20Smith" is seen too. */
    private static String decoded(String link) {
        try {
            return java.net.URLDecoder.decode(link.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    /** Only the file's own name, never a path, and nothing that could break a download header. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "");
        String cleaned = base.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        return cleaned.isEmpty() ? "evidence" : cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }

    private static Action requireAction(long actionId) {
        return Action.withDetails(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }

    private static boolean isWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
