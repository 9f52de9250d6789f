package io.followthrough.review;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

import java.util.ArrayList;
import java.util.List;

/** A heading of a review, usually one of its key questions, numbered as the review numbers it ("3.2"). */
@Entity
public class Theme extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Review review;

    public String number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int position;

    @OneToMany(mappedBy = "theme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Finding> findings = new ArrayList<>();

    public static List<Theme> ofReview(long reviewId) {
        return list("review.id = ?1 order by position", reviewId);
    }

    public Finding addFinding(FindingKind kind, String text) {
        Finding finding = new Finding();
        finding.theme = this;
        finding.kind = kind;
        finding.text = text;
        finding.position = findings.size();
        findings.add(finding);
        return finding;
    }

    /** "3.2 How effective is…", or the title alone when the review did not number it. */
    public String heading() {
        return number == null || number.isBlank() ? title : number + " " + title;
    }
}
