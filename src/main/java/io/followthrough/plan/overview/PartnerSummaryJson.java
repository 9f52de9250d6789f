package io.followthrough.plan.overview;

import io.followthrough.plan.action.ActionJson;
import io.followthrough.plan.action.Rag;

import java.util.List;
import java.util.Map;

/** What one partner is accountable for in a plan: the actions its people lead and those it supports. */
public record PartnerSummaryJson(long partnerId, String partner, List<ActionJson> leads, List<ActionJson> supports,
                                 Map<Rag, Long> rag) {
}
