package io.followthrough.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** How a plan was closed: the lead's closing statement, who closed it and when. */
@Embeddable
public class Closure {

    @Column(name = "closing_statement")
    public String statement;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;
}
