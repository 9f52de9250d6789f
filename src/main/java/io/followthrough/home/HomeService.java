package io.followthrough.home;

import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.report.PublishedReport;
import io.followthrough.report.PublishedReports;
import io.followthrough.termlyreview.TermlyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What the home page is made of: the latest published committee reports, signed-off termly reviews, the plans. */
@ApplicationScoped
public class HomeService {

    /** A signed-off termly review of a plan, with what was frozen at its sign-off. */
    public record SignedOffReview(long id, String termName, String subject, String body, LocalDate meetingDate,
                                  Instant signedOffAt) {
    }

    public record Home(List<PublishedReport> reports, List<SignedOffReview> reviews, List<PlanJson> plans) {
    }

    private final PlanService plans;
    private final PublishedReports reports;

    public HomeService(PlanService plans, PublishedReports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    @Transactional
    public Home home() {
        List<PlanJson> all = plans.all();
        List<SignedOffReview> reviews = new ArrayList<>();
        // A council has a handful of plans: one query for each plan's signed-off reviews, the term fetched with them.
        for (PlanJson plan : all) {
            for (TermlyReview review : TermlyReview.signedOff(plan.id())) {
                reviews.add(new SignedOffReview(review.id, review.term.name(),
                        review.planTitle != null ? review.planTitle : plan.title(), review.body, review.meetingDate,
                        review.signedOffAt));
            }
        }
        return new Home(reports.latest(), reviews, all);
    }
}
