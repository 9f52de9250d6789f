package io.followthrough.review.importing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the median time to draft the seed letter from each format and rendering (Chromium and LibreOffice PDFs,
 * Word with list numbering and list styles), after warm-up, the other review shapes as Word and PDF, and a 200-page
 * PDF made from the letter. Run with:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.followthrough.review.importing.ImportBenchmark -Dexec.classpathScope=test
 * </pre>
 */
public final class ImportBenchmark {

    private static final int LONG_PDF_PAGES = 200;
    /** Warm-up runs and then measured runs, for each document. */
    private static final int LETTER_RUNS = 30;
    private static final int LONG_PDF_RUNS = 5;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        ReviewImporter importer = TestImportConfig.importer(TestImportConfig.DEFAULT_MAX_BYTES, Duration.ofMinutes(2));
        byte[] markdown = SeedLetter.markdownBytes();
        byte[] text = SeedLetter.plainText();
        byte[] word = WordDocuments.seedLetter();
        byte[] pdf = PdfDocuments.seedLetter();
        byte[] longPdf = PdfDocuments.seedLetterRepeated(LONG_PDF_PAGES);

        System.out.printf(Locale.UK, "%-36s %10s %12s %10s%n", "Document", "Size (KB)", "Median (ms)", "Budget (ms)");
        report(importer, "Seed letter, Markdown", "letter.md", markdown, 200, LETTER_RUNS);
        report(importer, "Seed letter, text (Windows-1252)", "letter.txt", text, 200, LETTER_RUNS);
        report(importer, "Seed letter, Word", "letter.docx", word, 1000, LETTER_RUNS);
        report(importer, "Seed letter, PDF", "letter.pdf", pdf, 1000, LETTER_RUNS);
        report(importer, "Seed letter, Word list numbering", "letter.docx", WordDocuments.seedLetterWithListNumbering(),
                1000, LETTER_RUNS);
        report(importer, "Seed letter, Word list styles", "letter.docx", WordDocuments.seedLetterWithListStyles(),
                1000, LETTER_RUNS);
        report(importer, "Seed letter, Chromium PDF", "letter.pdf", Renderings.resource(Renderings.SEED_CHROMIUM),
                1000, LETTER_RUNS);
        report(importer, "Seed letter, LibreOffice PDF", "letter.pdf", Renderings.resource(Renderings.SEED_LIBREOFFICE),
                1000, LETTER_RUNS);
        for (String shape : ReviewShapes.wordDocuments().keySet()) {
            report(importer, shape + ", Word", shape + ".docx", ReviewShapes.wordDocuments().get(shape).get(), 1000,
                    LETTER_RUNS);
            report(importer, shape + ", PDF", shape + ".pdf", Renderings.resource(shape + ".pdf"), 1000, LETTER_RUNS);
        }
        report(importer, "Seed letter, " + LONG_PDF_PAGES + "-page PDF", "long.pdf", longPdf, 10_000, LONG_PDF_RUNS);
        importer.stop();
    }

    private static void report(ReviewImporter importer, String name, String fileName, byte[] content, long budget,
                               int runs) {
        for (int i = 0; i < runs; i++) {
            importer.draft(fileName, content);
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            importer.draft(fileName, content);
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        double median = runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
        System.out.printf(Locale.UK, "%-36s %10d %12.1f %10d %s%n", name, content.length / 1024, median, budget,
                median < budget ? "" : "OVER BUDGET");
    }
}
