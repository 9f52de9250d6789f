package io.followthrough.report;

import io.followthrough.plan.endorsement.EndorsementReports;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** The report feature's side of recording an endorsement: the plan asks through {@link EndorsementReports}. */
@ApplicationScoped
public class EndorsementReportsOfPlans implements EndorsementReports {

    @Override
    public List<Version> published(long planId, Long reportId, int number) {
        var query = ReportVersion.getEntityManager().createQuery("""
                select v.report.id, v.number, r.subject, r.body, r.meetingDate, v.publishedAt
                from ReportVersion v join v.report r
                where r.plan.id = :plan and r.kind = :kind and v.number = :number"""
                + (reportId == null ? "" : " and r.id = :report") + " order by r.id", Object[].class)
                .setParameter("plan", planId).setParameter("kind", ReportKind.ENDORSEMENT)
                .setParameter("number", number);
        if (reportId != null) {
            query.setParameter("report", reportId);
        }
        return query.getResultList().stream().map(EndorsementReportsOfPlans::version).toList();
    }

    @Override
    public Optional<Version> version(long reportId, int number) {
        return ReportVersion.getEntityManager().createQuery("""
                select v.report.id, v.number, r.subject, r.body, r.meetingDate, v.publishedAt
                from ReportVersion v join v.report r where r.id = :report and v.number = :number""", Object[].class)
                .setParameter("report", reportId).setParameter("number", number)
                .getResultList().stream().map(EndorsementReportsOfPlans::version).findFirst();
    }

    private static Version version(Object[] row) {
        return new Version((Long) row[0], (Integer) row[1], (String) row[2], (String) row[3],
                (java.time.LocalDate) row[4], (java.time.Instant) row[5]);
    }
}
