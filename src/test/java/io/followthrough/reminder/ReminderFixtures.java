package io.followthrough.reminder;

import io.followthrough.people.Person;
import io.followthrough.plan.Plan;
import io.followthrough.term.AcademicYear;
import io.followthrough.term.Season;
import io.followthrough.term.Term;
import io.followthrough.termlyreview.TermlyReview;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalDate;

/** Termly reviews scheduled straight into the database, for the reminders that come before them. */
final class ReminderFixtures {

    private ReminderFixtures() {
    }

    static TermlyReview termlyReview(Plan plan, Person chair, LocalDate meeting) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String year = AcademicYear.containing(meeting).toString();
            Season season = meeting.getMonthValue() >= 9 ? Season.AUTUMN
                    : meeting.getMonthValue() >= 4 ? Season.SUMMER : Season.SPRING;
            Term term = Term.containing(meeting).or(() -> Term.of(year, season)).orElseGet(() -> {
                Term t = new Term();
                t.academicYear = year;
                t.season = season;
                t.startDate = meeting.withDayOfMonth(1);
                t.endDate = meeting.withDayOfMonth(meeting.lengthOfMonth());
                t.persist();
                return t;
            });
            TermlyReview review = new TermlyReview();
            review.plan = Plan.findById(plan.id);
            review.term = term;
            review.meetingDate = meeting;
            review.body = "Virtual School SLT";
            review.chair = Person.findById(chair.id);
            review.chairName = review.chair.name;
            review.persist();
            return review;
        });
    }
}
