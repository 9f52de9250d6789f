package io.followthrough.review.importing;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;

import java.util.List;

/** An uploaded review document and the draft being corrected, until it is confirmed or discarded. */
@Entity
public class ReviewImport extends AuditedEntity {

    public enum State { DRAFT, CONFIRMED, DISCARDED }

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] document;

    /** The document's SHA-256 in hex, so that importing the same file again can say what became of it. */
    @Column(name = "document_sha256")
    public String documentSha256;

    @Column(name = "draft_json", nullable = false)
    public String draftJson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state = State.DRAFT;

    @Column(name = "review_id")
    public Long reviewId;

    public static List<ReviewImport> drafts() {
        return pageDrafts().list();
    }

    public static io.quarkus.hibernate.orm.panache.PanacheQuery<ReviewImport> pageDrafts() {
        return find("state = ?1 order by createdAt desc, id desc", State.DRAFT);
    }

    /** Other imports of the same document that were not discarded, oldest first. */
    public static List<ReviewImport> ofSameDocument(String documentSha256, long exceptId) {
        return list("documentSha256 = ?1 and id <> ?2 and state <> ?3 order by createdAt, id", documentSha256,
                exceptId, State.DISCARDED);
    }
}
