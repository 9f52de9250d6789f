package io.followthrough.support;

import io.followthrough.platform.Clocks;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The application's clock in tests: a test can say what "today" is. Replaces the system clock bean. */
@Singleton
public class TestClock extends Clock {

    private volatile Instant now;

    public TestClock() {
        reset();
    }

    public void setToday(LocalDate today) {
        now = today.atTime(12, 0).atZone(Clocks.UK).toInstant();
    }

    public void reset() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return Clocks.UK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed != null ? fixed : Instant.now();
    }
}
