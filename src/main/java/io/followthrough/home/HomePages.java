package io.followthrough.home;

import io.followthrough.plan.PlanJson;
import io.followthrough.platform.Clocks;
import io.followthrough.platform.security.CurrentUser;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.Formats;
import io.followthrough.platform.web.Html;
import io.followthrough.report.PublishedReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The home page. A councillor's front door: the committee reports and termly reviews published for members, newest
 * first, then the plans. Everyone else sees the plans first, and what has been published below them.
 */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class HomePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeView view, boolean councillor);
    }

    /** A published committee report or a signed-off termly review, as the home page lists it. */
    public record Published(String title, String subject, String meeting, String dateLabel, Instant date,
                            String href) {

        /** The date it was published or signed off, as pages write dates. */
        public String day() {
            return Formats.date(date.atZone(Clocks.UK).toLocalDate());
        }
    }

    /** What members look for first, newest first, then the plans. */
    public record HomeView(List<Published> published, List<PlanJson> plans) {

        static HomeView of(HomeService.Home home) {
            List<Published> published = new ArrayList<>();
            for (PublishedReport report : home.reports()) {
                published.add(new Published("Committee report: " + report.kind().label(), report.subject(),
                        report.body() + ", " + Formats.date(report.meetingDate()), "Published", report.publishedAt(),
                        "/reports/" + report.reportId()));
            }
            for (HomeService.SignedOffReview review : home.reviews()) {
                published.add(new Published("Termly review, " + review.termName(), review.subject(),
                        review.body() + ", " + Formats.date(review.meetingDate()), "Signed off",
                        review.signedOffAt(), "/termly-reviews/" + review.id()));
            }
            published.sort(Comparator.comparing(Published::date, Comparator.nullsLast(Comparator.reverseOrder())));
            return new HomeView(published, home.plans());
        }
    }

    private final HomeService home;
    private final CurrentUser user;

    public HomePages(HomeService home, CurrentUser user) {
        this.home = home;
        this.user = user;
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(HomeView.of(home.home()), user.isCouncillorOnly());
    }
}
