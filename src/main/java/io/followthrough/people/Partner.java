package io.followthrough.people;

import io.followthrough.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.util.List;
import java.util.Optional;

/** An organisation or service the Virtual School works with: Social Care, Schools, Health... */
@Entity
public class Partner extends AuditedEntity {

    @Column(nullable = false, unique = true)
    public String name;

    public static List<Partner> allByName() {
        return pageByName().list();
    }

    public static io.quarkus.hibernate.orm.panache.PanacheQuery<Partner> pageByName() {
        return find("order by name, id");
    }

    public static Optional<Partner> byName(String name) {
        return find("lower(name) = lower(?1)", name).firstResultOptional();
    }
}
