package io.followthrough.plan;

import io.followthrough.people.Person;
import io.followthrough.platform.AuditedEntity;
import io.followthrough.review.Review;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The action plan that answers one or more reviews, or a standing improvement plan. */
@Entity
public class Plan extends AuditedEntity {

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanKind kind;

    @ManyToMany
    @JoinTable(name = "plan_review", joinColumns = @JoinColumn(name = "plan_id"),
            inverseJoinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("id")
    public Set<Review> reviews = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Person lead;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status = PlanStatus.DRAFT;

    /** See {@link PlanStatus#isEndorsed()}. */
    public boolean isEndorsed() {
        return status.isEndorsed();
    }

    /** The title as a file name for downloads: letters, digits and dashes. */
    public String fileName() {
        String name = title.replaceAll("[^A-Za-z0-9 –-]", "").strip().replaceAll("\\s+", "-");
        return name.isBlank() ? "action-plan" : name;
    }

    public static PanacheQuery<Plan> byTitle() {
        return find("order by title");
    }

    public static List<Plan> allByTitle() {
        return list("from Plan p join fetch p.lead order by p.title");
    }

    public static List<Plan> answering(long reviewId) {
        return list("select p from Plan p join p.reviews r where r.id = ?1 order by p.title", reviewId);
    }
}
