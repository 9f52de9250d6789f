package io.followthrough.reminder;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.DayOfWeek;

@ConfigMapping(prefix = "followthrough.reminders")
public interface ReminderConfig {

    /** The address people reach the service at; links in e-mails and calendar entries start with it. */
    String publicUrl();

    /** When the daily run sends what is due (a Quartz cron expression), or "off". */
    String cron();

    /** An action with no progress update for this many weeks gets an "update due" reminder. */
    @WithDefault("4")
    int updateDueAfterWeeks();

    /** How many days before its target date an action's lead is reminded. */
    @WithDefault("14")
    int targetDateNoticeDays();

    /** How many working days before a termly review its action leads are reminded to update. */
    @WithDefault("10")
    int termlyReviewNoticeWorkingDays();

    /** The day of the week from which the weekly digest goes out (once a week, at the first run on or after it). */
    @WithDefault("MONDAY")
    DayOfWeek digestDay();
}
