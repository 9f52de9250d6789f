package io.followthrough.review;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An outside look at the service: a peer review, an inspection, an audit. */
@Entity
public class Review extends AuditedEntity {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewType type;

    @Column(name = "reviewing_body", nullable = false)
    public String reviewingBody;

    @Column(nullable = false)
    public String organisation;

    @Column(name = "report_date")
    public LocalDate reportDate;

    @Column(name = "on_site_from")
    public LocalDate onSiteFrom;

    @Column(name = "on_site_to")
    public LocalDate onSiteTo;

    @Column(name = "lead_reviewer")
    public String leadReviewer;

    @ElementCollection
    @CollectionTable(name = "review_scope", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "question", nullable = false)
    public List<String> scope = new ArrayList<>();

    /** The original document, kept so that it can be an appendix of a committee report. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] document;

    @Column(name = "document_name")
    public String documentName;

    @Column(name = "document_media_type")
    public String documentMediaType;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Theme> themes = new ArrayList<>();

    public static List<Review> newestFirst() {
        return pageNewestFirst().list();
    }

    public static io.quarkus.hibernate.orm.panache.PanacheQuery<Review> pageNewestFirst() {
        return find("order by reportDate desc nulls last, id desc");
    }

    public static Optional<Review> withThemes(long id) {
        // Not firstResultOptional: a row limit on a collection fetch is applied in memory (HHH90003004).
        return find("select distinct r from Review r left join fetch r.themes where r.id = ?1", id).singleResultOptional();
    }

    public Theme addTheme(String number, String title) {
        Theme theme = new Theme();
        theme.review = this;
        theme.number = number;
        theme.title = title;
        theme.position = themes.size();
        themes.add(theme);
        return theme;
    }
}
