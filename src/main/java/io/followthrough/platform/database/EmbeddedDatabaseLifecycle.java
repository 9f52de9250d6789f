package io.followthrough.platform.database;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Stops the embedded PostgreSQL with the application, so a live reload in dev mode starts it afresh on the same data. */
@ApplicationScoped
class EmbeddedDatabaseLifecycle {

    void stop(@Observes ShutdownEvent event) {
        EmbeddedDatabase.stop();
    }
}
