package io.followthrough.platform;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Locale;

/**
 * Production always runs on the council's own PostgreSQL: the embedded database is for dev, demo and tests only. The
 * app refuses to start in the prod profile unless QUARKUS_DATASOURCE_JDBC_URL names the database.
 */
@ApplicationScoped
public class ProductionDatabaseGuard {

    void check(@Observes StartupEvent event) {
        if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        ConfigValue url = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigValue("quarkus.datasource.jdbc.url");
        if (url.getValue() == null || isEmbedded(url)) {
            throw new IllegalStateException("Production needs its own PostgreSQL: set QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD (or start with QUARKUS_PROFILE=demo "
                    + "for the demo on an embedded database).");
        }
    }

    private static boolean isEmbedded(ConfigValue url) {
        String source = url.getSourceName() == null ? "" : url.getSourceName().toLowerCase(Locale.ROOT);
        return source.contains("embedded") || source.contains("default");
    }
}
