package io.followthrough.platform.database;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Production always runs on the council's own PostgreSQL: the embedded database is for dev, demo and tests only, and
 * is never started in the prod profile. Without QUARKUS_DATASOURCE_JDBC_URL the app refuses to start there, saying why.
 */
@ApplicationScoped
class ProductionDatabaseGuard {

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        if (ConfigProvider.getConfig().getOptionalValue(EmbeddedDatabaseConfigSourceFactory.URL, String.class).isEmpty()) {
            throw new IllegalStateException("Production needs its own PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD (or start with QUARKUS_PROFILE=demo "
                    + "for the demo on an embedded database).");
        }
    }
}
