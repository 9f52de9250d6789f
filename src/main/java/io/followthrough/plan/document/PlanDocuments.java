package io.followthrough.plan.document;

import io.followthrough.plan.document.ActionPlanTable.ActionRow;
import io.followthrough.plan.document.ActionPlanTable.Column;
import io.followthrough.plan.spreadsheet.PlanSheets;
import io.followthrough.plan.spreadsheet.PlanSheets.SheetColumn;
import io.followthrough.plan.spreadsheet.PlanSheets.SheetTable;
import io.followthrough.platform.pdf.PdfRenderer;
import io.followthrough.platform.pdf.WordRenderer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Renders the action plan document in the three forms councils circulate it: the accessible PDF and the Word file,
 * both from one template (whose table is appendix 1's), and an Excel workbook with the same columns to filter.
 * The last few renderings are kept, so the page that lists the downloads and the download itself render once.
 */
@ApplicationScoped
public class PlanDocuments {

    public static final String PDF = "application/pdf";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel widths are in characters; the table's are shares of a landscape page about 220 characters wide. */
    private static final double CHARACTERS_PER_PERCENT = 2.2;
    private static final int KEPT = 12;

    @CheckedTemplate(basePath = "PlanDocuments")
    static class Templates {
        static native TemplateInstance document(PlanDocument doc);
    }

    /** The three forms of the document. */
    public enum Format {
        PDF("pdf", PlanDocuments.PDF, "PDF"),
        DOCX("docx", WordRenderer.MEDIA_TYPE, "Word"),
        XLSX("xlsx", PlanDocuments.XLSX, "Excel");

        private final String extension;
        private final String mediaType;
        private final String label;

        Format(String extension, String mediaType, String label) {
            this.extension = extension;
            this.mediaType = mediaType;
            this.label = label;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String label() {
            return label;
        }
    }

    private record Rendering(PlanDocument doc, Format format) {
    }

    private final PdfRenderer pdf;
    private final WordRenderer word;
    private final Map<Rendering, byte[]> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Rendering, byte[]> eldest) {
            return size() > KEPT;
        }
    };

    public PlanDocuments(PdfRenderer pdf, WordRenderer word) {
        this.pdf = pdf;
        this.word = word;
    }

    public String html(PlanDocument doc) {
        return Templates.document(doc).render();
    }

    public byte[] render(PlanDocument doc, Format format) {
        Rendering key = new Rendering(doc, format);
        synchronized (kept) {
            byte[] done = kept.get(key);
            if (done != null) {
                return done;
            }
        }
        byte[] content = switch (format) {
            case PDF -> pdf.renderHtml(html(doc));
            case DOCX -> word.render(html(doc));
            case XLSX -> xlsx(doc);
        };
        synchronized (kept) {
            kept.put(key, content);
        }
        return content;
    }

    /**
     * The workbook: a cover sheet with the plan's record, then one sheet of every action with its theme in a column
     * of its own, so an officer filters by theme, lead or RAG instead of moving between sheets.
     */
    static byte[] xlsx(PlanDocument doc) {
        List<List<Object>> cover = new ArrayList<>();
        doc.about().forEach(fact -> cover.add(List.of(fact.label(), fact.text())));
        List<PlanDocument.Fact> endorsement = doc.endorsementFacts();
        if (endorsement.isEmpty()) {
            cover.add(List.of("Endorsement", doc.notEndorsed()));
        } else {
            endorsement.forEach(fact -> cover.add(List.of(fact.label(), fact.text())));
        }
        List<SheetColumn> columns = new ArrayList<>();
        columns.add(new SheetColumn("Theme", 30));
        for (Column column : Column.values()) {
            columns.add(new SheetColumn(column.heading(),
                    Math.max(10, (int) Math.round(column.widthPercent() * CHARACTERS_PER_PERCENT))));
            if (column == Column.TARGET_DATE) {
                columns.add(new SheetColumn("Term", 14));
            }
        }
        List<List<Object>> rows = doc.table().rows().stream().map(PlanDocuments::cells).toList();
        return PlanSheets.workbook(doc.title(), List.of(
                new SheetTable("Cover", List.of(new SheetColumn("About this plan", 22), new SheetColumn("Detail", 90)),
                        cover, false),
                new SheetTable("Action plan", columns, rows, true)));
    }

    private static List<Object> cells(ActionRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.theme());
        for (Column column : Column.values()) {
            cells.add(cell(row, column));
            if (column == Column.TARGET_DATE) {
                cells.add(row.term());
            }
        }
        return cells;
    }

    private static Object cell(ActionRow row, Column column) {
        Function<String, String> text = value -> value == null ? "" : value;
        return switch (column) {
            case REFERENCE -> text.apply(row.reference());
            case AREAS -> String.join("\n", row.areas());
            case ACTION -> text.apply(row.title());
            case LEAD -> text.apply(row.lead());
            case TARGET_DATE -> row.targetDate() == null ? "" : row.targetDate();
            case SUCCESS_CRITERIA -> text.apply(row.successCriteria());
            case STATUS -> row.status().label();
            case RAG -> row.rag().label();
            case LATEST_PROGRESS -> text.apply(row.latestProgress());
        };
    }
}
