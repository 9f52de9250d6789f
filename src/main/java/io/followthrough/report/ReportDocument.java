package io.followthrough.report;

import io.followthrough.plan.action.ActionStatus;
import io.followthrough.plan.action.Rag;

import java.time.LocalDate;
import java.util.List;

/**
 * A committee report as one record, assembled from the plan, its review and the author's narrative, ready to render.
 * Paragraph numbers are given here, continuously from 1, so no renderer numbers by hand.
 */
public record ReportDocument(String councilName, String title, ReportKind kind, String body, LocalDate meetingDate,
                             String subject, ReportFront front, List<Section> sections, List<ActionRow> actionPlan,
                             String planTitle, List<ThemeFindings> findings, String reviewTitle, Progress progress,
                             StrategicPlan strategicPlan, Logo logo) {

    /** The council's logo as a data URI, with its alternative text; null when the council has not set one. */
    public record Logo(String dataUri, String mediaType, byte[] content, String alt) {
    }

    /** The council's Strategic Plan headings, from configuration: Middlesbrough's are People, Place and Business. */
    public record StrategicPlan(String first, String second, String third) {

        public static StrategicPlan of(List<String> headings) {
            return new StrategicPlan(headings.get(0), headings.get(1), headings.get(2));
        }
    }

    /** What a progress report adds: the plan by theme, movement since the last termly review, exceptions, reprogramming. */
    public record Progress(List<ThemeRow> themes, String chartImage, String chartDescription, String lastReviewTerm,
                           long improved, long same, long worse, List<ExceptionRow> exceptions,
                           List<ReprogrammedRow> reprogrammed) {
    }

    /** Counts as published: small numbers already suppressed ("c"). */
    public record ThemeRow(String heading, String actions, String red, String amber, String green, String notYetRated,
                           String complete) {
    }

    public record ExceptionRow(String reference, String title, String why, Rag rag, String reasonAndMitigation) {
    }

    public record ReprogrammedRow(String reference, String title, LocalDate from, LocalDate to, String reason) {
    }

    public record Section(String key, String heading, boolean impact, boolean firstImpact, List<Paragraph> paragraphs) {
    }

    /** One numbered paragraph; lines of the text that begin with "- " become a list inside it. */
    public record Paragraph(int number, String text, List<String> items) {
    }

    public record ActionRow(String reference, String theme, String title, String lead, LocalDate targetDate,
                            String term, ActionStatus status, Rag rag) {
    }

    public record ThemeFindings(String heading, List<String> strengths, List<String> areas) {
    }
}
