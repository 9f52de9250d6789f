package io.followthrough.plan.coverage;

import java.util.List;

/** How many areas for consideration of a plan's reviews are not yet answered, and every area with its answer. */
public record Coverage(long planId, int uncovered, List<AreaCoverage> areas) {

    public List<AreaCoverage> uncoveredAreas() {
        return areas.stream().filter(a -> !a.covered()).toList();
    }
}
