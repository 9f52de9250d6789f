package io.followthrough.termlyreview;

import io.followthrough.people.PeopleService;
import io.followthrough.plan.PlanJson;
import io.followthrough.plan.PlanService;
import io.followthrough.plan.action.Rag;
import io.followthrough.platform.ConflictException;
import io.followthrough.platform.InvalidInputException;
import io.followthrough.platform.NotFoundException;
import io.followthrough.platform.security.Roles;
import io.followthrough.platform.web.FormDates;
import io.followthrough.platform.web.FormErrors;
import io.followthrough.platform.web.Html;
import io.followthrough.platform.web.Notice;
import io.followthrough.platform.web.Option;
import io.followthrough.term.TermService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The termly review: scheduling, the pack, meeting mode, sign-off, amendment and the term-on-term view. */
@Path("/")
@Produces(Html.TYPE)
@RolesAllowed({Roles.LEAD, Roles.OFFICER, Roles.SLT, Roles.COUNCILLOR})
public class TermlyReviewPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(PlanJson plan, List<TermlyReviewJson> reviews, List<Option> terms,
                                            List<Option> chairs, List<Option> members, ScheduleForm form,
                                            FormErrors errors);

        static native TemplateInstance pack(Pack pack, FormErrors errors);

        static native TemplateInstance meeting(Pack pack, Pack.Row row, int position, Long previous, Long next,
                                               List<Option> jump, List<Option> rags, FormErrors errors);

        static native TemplateInstance trend(PlanJson plan, TermTrend trend, RawString chart);

        static native TemplateInstance summary(Summary summary);

        static native TemplateInstance signOff(SignOffView view, FormErrors errors);

        static native TemplateInstance finished(Pack pack, List<Pack.Row> missing);
    }

    /** The schedule form as posted. */
    public static class ScheduleForm {
        @RestForm
        public String termId;
        @RestForm("meetingDate-day")
        public String day;
        @RestForm("meetingDate-month")
        public String month;
        @RestForm("meetingDate-year")
        public String year;
        @RestForm
        public String body = "Virtual School SLT";
        @RestForm
        public String chairId;
        @RestForm
        public List<Long> memberIds = new ArrayList<>();
    }

    private final TermlyReviewService reviews;
    private final PlanService plans;
    private final TermService terms;
    private final PeopleService people;

    public TermlyReviewPages(TermlyReviewService reviews, PlanService plans, TermService terms, PeopleService people) {
        this.reviews = reviews;
        this.plans = plans;
        this.terms = terms;
        this.people = people;
    }

    @GET
    @Path("plans/{id}/termly-reviews")
    public TemplateInstance list(@RestPath long id) {
        return renderList(id, new ScheduleForm(), FormErrors.none());
    }

    @POST
    @Path("plans/{id}/termly-reviews")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@RestPath long id, @jakarta.ws.rs.BeanParam ScheduleForm form) {
        FormErrors errors = FormErrors.none();
        LocalDate date = FormDates.read(form.day, form.month, form.year, "meetingDate", "meeting date", true, errors);
        Long termId = parse(form.termId);
        Long chairId = parse(form.chairId);
        if (termId == null) {
            errors.add("termId", "Choose the term being reviewed");
        }
        if (chairId == null) {
            errors.add("chairId", "Choose the chair");
        }
        if (errors.isAny()) {
            return Html.invalid(renderList(id, form, errors));
        }
        try {
            TermlyReviewJson review = reviews.schedule(id, new ScheduleInput(termId, date, form.body, chairId,
                    form.memberIds));
            return Html.seeOther("/termly-reviews/" + review.id(), Notice.REVIEW_SCHEDULED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(renderList(id, form, FormErrors.of(e)));
        }
    }

    @GET
    @Path("termly-reviews/{id}")
    public TemplateInstance pack(@RestPath long id) {
        return Templates.pack(reviews.pack(id), FormErrors.none());
    }

    @GET
    @Path("termly-reviews/{id}/meeting")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    public TemplateInstance meeting(@RestPath long id, @RestQuery Long action) {
        return renderMeeting(reviews.pack(id), action, FormErrors.none());
    }

    /** Saves what the meeting agreed about one action, then moves to the next. */
    @POST
    @Path("termly-reviews/{id}/meeting/{actionId}")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestPath long id, @RestPath long actionId, @RestForm String agreedRag,
                           @RestForm String comment, @RestForm String decision, @RestForm String decisionOwner,
                           @RestForm String version, @RestForm String go) {
        Rag rag = java.util.Arrays.stream(Rag.values()).filter(r -> r.name().equals(agreedRag)).findFirst().orElse(null);
        try {
            reviews.record(id, actionId, new EntryInput(rag, comment, decision, decisionOwner, parse(version)));
        } catch (InvalidInputException e) {
            return Html.invalid(renderMeeting(reviews.pack(id), actionId, FormErrors.of(e)));
        } catch (ConflictException e) {
            return Html.conflict(renderMeeting(reviews.pack(id), actionId, FormErrors.none().add("agreedRag", e.getMessage())));
        }
        if ("finish".equals(go)) {
            return Html.seeOther("/termly-reviews/" + id + "/meeting/finished", Notice.ENTRY_SAVED);
        }
        Long next = parse(go);
        return Html.seeOther("/termly-reviews/" + id + (next == null ? "#recorded" : "/meeting?action=" + next),
                Notice.ENTRY_SAVED);
    }

    /** The end of meeting mode: every action recorded, or the ones still to agree, and the way on to sign-off. */
    @GET
    @Path("termly-reviews/{id}/meeting/finished")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    public TemplateInstance finished(@RestPath long id) {
        SignOffView view = reviews.signOffView(id);
        return Templates.finished(view.pack(), view.missing());
    }

    /** What signing off will freeze, and a button to confirm it once nothing stops it. */
    @GET
    @Path("termly-reviews/{id}/sign-off")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    public Response confirmSignOff(@RestPath long id) {
        SignOffView view = reviews.signOffView(id);
        if (view.pack().review().state() != TermlyReviewState.SCHEDULED) {
            return Html.seeOther("/termly-reviews/" + id);
        }
        return Html.page(Templates.signOff(view, FormErrors.none()));
    }

    @POST
    @Path("termly-reviews/{id}/sign-off")
    @RolesAllowed({Roles.SLT, Roles.LEAD})
    public Response signOff(@RestPath long id) {
        try {
            reviews.signOff(id);
            return Html.seeOther("/termly-reviews/" + id, Notice.REVIEW_SIGNED_OFF);
        } catch (InvalidInputException e) {
            return Html.invalid(Templates.signOff(reviews.signOffView(id), FormErrors.of(e)));
        } catch (ConflictException e) {
            return Html.conflict(Templates.signOff(reviews.signOffView(id), FormErrors.none().add("sign-off", e.getMessage())));
        } catch (ForbiddenException e) {
            return Response.status(Response.Status.FORBIDDEN).type(Html.TYPE)
                    .entity(Templates.signOff(reviews.signOffView(id), FormErrors.none().add("sign-off", e.getMessage())))
                    .build();
        }
    }

    @POST
    @Path("termly-reviews/{id}/amendments")
    @RolesAllowed(Roles.LEAD)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@RestPath long id, @RestForm String reason) {
        try {
            return Html.seeOther("/termly-reviews/" + reviews.amend(id, new AmendmentInput(reason)).id(),
                    Notice.REVIEW_AMENDMENT_STARTED);
        } catch (InvalidInputException | ConstraintViolationException e) {
            return Html.invalid(Templates.pack(reviews.pack(id), FormErrors.of(e)));
        } catch (ConflictException e) {
            return Html.conflict(Templates.pack(reviews.pack(id), FormErrors.none().add("reason", e.getMessage())));
        }
    }

    @GET
    @Path("termly-reviews/{id}/summary")
    public TemplateInstance summary(@RestPath long id) {
        return Templates.summary(reviews.summary(id));
    }

    @GET
    @Path("plans/{id}/term-trend")
    public TemplateInstance trend(@RestPath long id) {
        PlanJson plan = plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
        TermTrend trend = reviews.trend(id);
        return Templates.trend(plan, trend, new RawString(TrendChart.svg(trend, "RAG agreed each term: " + plan.title())))
                ;
    }

    private TemplateInstance renderList(long planId, ScheduleForm form, FormErrors errors) {
        PlanJson plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        List<Option> termOptions = new ArrayList<>();
        termOptions.add(new Option("", "Choose a term", form.termId == null || form.termId.isBlank()));
        terms.all().forEach(t -> termOptions.add(new Option(String.valueOf(t.id()), t.name(),
                String.valueOf(t.id()).equals(form.termId))));
        List<Option> chairs = new ArrayList<>();
        chairs.add(new Option("", "Choose the chair", form.chairId == null || form.chairId.isBlank()));
        List<Option> members = new ArrayList<>();
        people.all().forEach(p -> {
            String label = p.name() + ", " + p.jobTitle();
            chairs.add(new Option(String.valueOf(p.id()), label, String.valueOf(p.id()).equals(form.chairId)));
            members.add(new Option(String.valueOf(p.id()), label, form.memberIds.contains(p.id())));
        });
        return Templates.list(plan, reviews.ofPlan(planId), termOptions, chairs, members, form, errors);
    }

    private TemplateInstance renderMeeting(Pack pack, Long actionId, FormErrors errors) {
        List<Pack.Row> rows = pack.rows();
        if (rows.isEmpty()) {
            throw new NotFoundException("The plan has no actions to review.");
        }
        int index = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (actionId != null && rows.get(i).actionId() == actionId) {
                index = i;
            }
        }
        Pack.Row row = rows.get(index);
        List<Option> jump = new ArrayList<>();
        for (Pack.Row r : rows) {
            jump.add(new Option(String.valueOf(r.actionId()), r.reference() + " " + r.title(), r.actionId() == row.actionId()));
        }
        Rag agreed = row.entry() != null && row.entry().agreedRag() != null ? row.entry().agreedRag() : row.proposedRag();
        List<Option> rags = new ArrayList<>();
        for (Rag rag : Rag.values()) {
            rags.add(new Option(rag.name(), rag.label(), rag == agreed));
        }
        return Templates.meeting(pack, row, index + 1, index > 0 ? rows.get(index - 1).actionId() : null,
                index + 1 < rows.size() ? rows.get(index + 1).actionId() : null, jump, rags, errors);
    }

    private static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
