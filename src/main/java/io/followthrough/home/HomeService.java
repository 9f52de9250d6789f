package io.followthrough.home;

import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.platform.Clocks;
import io.followthrough.platform.web.Formats;
import io.followthrough.report.PublishedReport;
import io.followthrough.report.PublishedReports;
import io.followthrough.term.review.TermlyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the home page shows: what has been published for members, then the plans. */
@ApplicationScoped
public class HomeService {

    /** A published committee report or a signed-off termly review, as the home page lists it. */
    public record Published(String title, String subject, String meeting, String dateLabel, Instant date,
                            String href) {

        /** The date it was published or signed off, as pages write dates. */
        public String day() {
            return Formats.date(date.atZone(Clocks.UK).toLocalDate());
        }
    }

    public record HomeView(List<Published> published, List<PlanJson> plans) {
    }

    private final PlanService plans;
    private final PublishedReports reports;

    public HomeService(PlanService plans, PublishedReports reports) {
        this.plans = plans;
        this.reports = reports;
    }

    @Transactional
    public HomeView view() {
        List<PlanJson> all = plans.all();
        List<Published> published = new ArrayList<>();
        for (PublishedReport report : reports.latest()) {
            published.add(new Published("Committee report: " + report.kind().label(), report.subject(),
                    report.body() + ", " + Formats.date(report.meetingDate()), "Published", report.publishedAt(),
                    "/reports/" + report.reportId()));
        }
        // A council has a handful of plans: one query for each plan's signed-off reviews, the term fetched with them.
        for (PlanJson plan : all) {
            for (TermlyReview review : TermlyReview.signedOff(plan.id())) {
                published.add(new Published("Termly review, " + review.term.name(),
                        review.planTitle != null ? review.planTitle : plan.title(),
                        review.body + ", " + Formats.date(review.meetingDate), "Signed off", review.signedOffAt,
                        "/termly-reviews/" + review.id));
            }
        }
        published.sort(Comparator.comparing(Published::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new HomeView(published, all);
    }
}
