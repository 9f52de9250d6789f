package io.followthrough.plan.spreadsheet;

import io.followthrough.platform.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.nio.ByteBuffer;

/** Writes plan rows as XLSX or CSV, and reads them back from either, as Excel or LibreOffice saved them. */
public final class PlanSheets {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final Set<String> DATE_COLUMNS = Set.of(PlanColumns.START, PlanColumns.TARGET, PlanColumns.UPDATED_ON);

    private PlanSheets() {
    }

    /** A column of a written sheet: its heading and its width in characters. */
    public record SheetColumn(String heading, int width) {
    }

    /**
     * One sheet of a workbook: its name, columns and rows. A cell is text or a {@link LocalDate} (written as an Excel
     * date). A sheet that lists rows to work through ({@code table}) has its heading row frozen and filters on it.
     */
    public record SheetTable(String name, List<SheetColumn> columns, List<List<Object>> rows, boolean table) {
    }

    /** The plan in the columns an export writes and an import reads back. */
    public static byte[] xlsx(String title, List<Map<String, String>> rows) {
        int[] widths = {8, 30, 40, 40, 20, 20, 20, 11, 11, 12, 40, 14, 12, 40, 50, 11};
        List<SheetColumn> columns = new ArrayList<>();
        for (int c = 0; c < PlanColumns.ALL.size(); c++) {
            columns.add(new SheetColumn(PlanColumns.ALL.get(c), widths[c]));
        }
        List<List<Object>> cells = rows.stream().map(values -> PlanColumns.ALL.stream().<Object>map(column -> {
            String value = values.getOrDefault(column, "");
            return DATE_COLUMNS.contains(column) && !value.isEmpty() ? LocalDate.parse(value) : value;
        }).toList()).toList();
        return workbook(title, List.of(new SheetTable("Action plan", columns, cells, true)));
    }

    /**
     * Writes a workbook, its sheets in order. Every text cell is a string, never a formula; one that starts as a
     * formula would (= + - @) is also marked as text, so editing it in Excel keeps it text.
     */
    public static byte[] workbook(String title, List<SheetTable> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setTitle(title);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            CellStyle text = workbook.createCellStyle();
            text.cloneStyleFrom(wrap);
            text.setQuotePrefixed(true);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            for (SheetTable table : sheets) {
                Sheet sheet = workbook.createSheet(table.name());
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(table.columns().get(c).heading());
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, table.columns().get(c).width() * 256);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Cell cell = row.createCell(c);
                        Object value = values.get(c);
                        if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else {
                            String words = value == null ? "" : value.toString();
                            cell.setCellValue(words);
                            cell.setCellStyle(neutralised(words).equals(words) ? wrap : text);
                        }
                    }
                }
                if (table.table()) {
                    sheet.createFreezePane(0, 1);
                    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0,
                            table.columns().size() - 1));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a spreadsheet", e);
        }
    }

    public static byte[] csv(List<Map<String, String>> rows) {
        StringBuilder text = new StringBuilder("\uFEFF");
        appendCsvLine(text, PlanColumns.ALL);
        for (Map<String, String> values : rows) {
            appendCsvLine(text, PlanColumns.ALL.stream().map(c -> values.getOrDefault(c, "")).toList());
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendCsvLine(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String cell = neutralised(cells.get(i));
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                text.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                text.append(cell);
            }
        }
        text.append("\r\n");
    }

    /** Reads the rows of an uploaded sheet, XLSX or CSV by its content; refuses anything else with a clear message. */
    public static List<SheetRow> read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "The file is empty");
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return readXlsx(content);
        }
        return readCsv(decode(content));
    }

    private static List<SheetRow> readXlsx(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(java.util.Locale.UK);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            if (head == null) {
                throw new InvalidInputException("file", "The spreadsheet has no heading row");
            }
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < head.getLastCellNum(); c++) {
                Cell cell = head.getCell(c);
                columns.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            checkColumns(columns);
            List<SheetRow> rows = new ArrayList<>();
            for (int r = head.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    cells.put(columns.get(c), cellText(cell, formatter));
                }
                SheetRow sheetRow = new SheetRow(r + 1, cells);
                if (!sheetRow.isBlank()) {
                    rows.add(sheetRow);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "This is not a spreadsheet Followthrough can read. "
                    + "Upload the plan as an Excel workbook (.xlsx) or as CSV.");
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Excel on Windows saves CSV in the Windows code page.
            return new String(content, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    static List<SheetRow> readCsv(String text) {
        List<List<String>> lines = parseCsv(text);
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", "The file has no heading row");
        }
        List<String> columns = lines.get(0).stream().map(String::strip).toList();
        checkColumns(columns);
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            List<String> line = lines.get(i);
            for (int c = 0; c < columns.size(); c++) {
                cells.put(columns.get(c), c < line.size() ? restored(line.get(c)) : "");
            }
            SheetRow row = new SheetRow(i + 1, cells);
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A spreadsheet opening a CSV runs a cell that starts with = + - @ (or a tab or carriage return before one) as a
     * formula: the OWASP advice on CSV injection is to start such a cell with an apostrophe, which spreadsheets show as
     * text. Reading a CSV back takes the apostrophe off again, so an export imports unchanged.
     */
    static String neutralised(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }

    private static void checkColumns(List<String> columns) {
        List<String> missing = PlanColumns.REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", "The sheet has no column called " + String.join(", ", missing)
                    + ". Start from a plan exported from Followthrough and keep its heading row.");
        }
    }

    /** Dates as the export writes them (2027-03-31) or as people type them in the UK (31/03/2027). */
    static LocalDate parseDate(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d/M/uu"))) {
            try {
                return LocalDate.parse(value, format);
            } catch (java.time.format.DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        throw new IllegalArgumentException(value);
    }
}
