package io.followthrough.plan.leaving;

import io.followthrough.people.PersonJson;

import java.util.List;

/** The person as they are after leaving, and every action that passed to someone else. */
public record LeavingJson(PersonJson person, List<Reassigned> reassigned) {

    public record Reassigned(long actionId, String reference, String title, long fromId, String from, long toId,
                             String to) {
    }
}
