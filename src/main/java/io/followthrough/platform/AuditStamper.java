package io.followthrough.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import java.time.Clock;
import java.time.Instant;

@ApplicationScoped
public class AuditStamper {

    private final Clock clock;
    private final Actor actor;

    public AuditStamper(Clock clock, Actor actor) {
        this.clock = clock;
        this.actor = actor;
    }

    @PrePersist
    void created(AuditedEntity entity) {
        // A row may arrive already dated when it records the past (history brought in from elsewhere).
        Instant when = entity.createdAt != null ? entity.createdAt : clock.instant();
        String who = actor.name();
        entity.createdAt = when;
        entity.createdBy = who;
        entity.updatedAt = when;
        entity.updatedBy = who;
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.updatedAt = clock.instant();
        entity.updatedBy = actor.name();
    }
}
