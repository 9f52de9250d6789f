package io.followthrough.platform.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL with the application, so a live reload in dev mode starts it afresh on the same data,
 * and tells a developer where that data is kept.
 */
@ApplicationScoped
class EmbeddedDatabaseLifecycle {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseLifecycle.class);

    private final EmbeddedDatabaseConfig config;

    EmbeddedDatabaseLifecycle(EmbeddedDatabaseConfig config) {
        this.config = config;
    }

    void started(@Observes StartupEvent event) {
        if (EmbeddedDatabase.isRunning()) {
            config.dataDir().ifPresent(dir -> LOG.infof(
                    "The embedded database keeps its data in %s; delete that folder to start again from the demo data", dir));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        EmbeddedDatabase.stop();
    }
}
