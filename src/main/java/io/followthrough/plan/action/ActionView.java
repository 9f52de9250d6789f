package io.followthrough.plan.action;

import io.followthrough.plan.datechange.DateChangeJson;
import io.followthrough.platform.AuditJson;

import java.time.Instant;
import java.util.List;

/**
 * The action page: the action, what it answers, who supports it, one page of its progress history (the newest
 * {@link #HISTORY_PAGE_SIZE} updates unless an older page is asked for), its date changes and, for the plan lead and
 * SLT, its audit trail. A withdrawn action says when, by whom and why; a carried one links to the other plan's action.
 */
public record ActionView(ActionJson action, String planTitle, String themeHeading, List<LinkedFinding> findings,
                         List<String> partners, List<ProgressUpdateJson> updates, History history, boolean canUpdate,
                         List<DateChangeJson> dateChanges, boolean dateChangePending, List<AuditJson> audit,
                         boolean showAudit, boolean planClosed, Withdrawal withdrawal, CarryLink carriedTo, CarryLink carriedFrom,
                         boolean mayWithdraw) {

    /** When, by whom and why the action was withdrawn. */
    public record Withdrawal(Instant at, String by, String reason) {
    }

    /** The action at the other end of a carry-forward, in its own plan. */
    public record CarryLink(long actionId, String reference, String title, long planId, String planTitle) {

        static CarryLink of(Action action) {
            return action == null ? null
                    : new CarryLink(action.id, action.reference, action.title, action.plan.id, action.plan.title);
        }
    }

    /** A long-running action gathers hundreds of updates; the page shows them this many at a time. */
    public static final int HISTORY_PAGE_SIZE = 20;

    /** Which page of the history is shown: numbered from 1, newest first. */
    public record History(int page, int pageCount, long total) {

        public static History of(int page, long total) {
            int pageCount = (int) Math.max(1, (total + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE);
            return new History(Math.min(Math.max(page, 1), pageCount), pageCount, total);
        }

        public int offset() {
            return (page - 1) * HISTORY_PAGE_SIZE;
        }

        /** The number of the first update shown, counting the oldest as 1, for the reversed list. */
        public long start() {
            return total - offset();
        }

        public long first() {
            return offset() + 1L;
        }

        public long last() {
            return Math.min(total, (long) page * HISTORY_PAGE_SIZE);
        }

        public boolean hasOlder() {
            return page < pageCount;
        }

        public boolean hasNewer() {
            return page > 1;
        }

        public int olderPage() {
            return page + 1;
        }

        public int newerPage() {
            return page - 1;
        }

        public boolean paged() {
            return pageCount > 1;
        }
    }

    public record LinkedFinding(long id, long reviewId, String themeHeading, String text) {
    }
}
