package io.followthrough.platform;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

public class Clocks {

    /** English councils work in UK time; "overdue" and terms are judged by the local date. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(UK);
    }
}
