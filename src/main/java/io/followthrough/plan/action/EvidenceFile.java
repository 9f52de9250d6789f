package io.followthrough.plan.action;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.Immutable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A file attached to a progress update as evidence. Like the update, it is never changed or removed. */
@Entity
@Immutable
public class EvidenceFile extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "update_id")
    public ProgressUpdate update;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;

    /** The files of these updates, without their content. */
    public static List<EvidenceFile> ofUpdates(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return List.of();
        }
        return list("update.id in ?1 order by id", updateIds);
    }

    public static Optional<EvidenceFile> withContent(long id) {
        return find("from EvidenceFile e join fetch e.update u join fetch u.action where e.id = ?1", id)
                .firstResultOptional();
    }
}
