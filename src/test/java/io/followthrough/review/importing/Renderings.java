package io.followthrough.review.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * PDFs made by the programs councils use, kept as test resources so the suite needs neither Chromium nor
 * LibreOffice. Regenerate them (both programs on the path) with:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=io.followthrough.review.importing.Renderings -Dexec.classpathScope=test
 * </pre>
 *
 * <p>Chromium prints the seed letter's web page with its own running header (date and title) and footer (address
 * and "1/9"), drawing the list bullets as graphics; LibreOffice converts Word documents written by POI, with
 * their list numbering, as a council's Office would.
 */
public final class Renderings {

    static final String FOLDER = "renderings/";
    static final String SEED_CHROMIUM = "nottinghamshire-chromium.pdf";
    static final String SEED_LIBREOFFICE = "nottinghamshire-libreoffice.pdf";
    static final String SEED_LIBREOFFICE_LIST_STYLES = "nottinghamshire-libreoffice-list-styles.pdf";

    /** Word documents and the name of the PDF LibreOffice makes of each. */
    static Map<String, Supplier<byte[]>> wordSources() {
        Map<String, Supplier<byte[]>> sources = new LinkedHashMap<>();
        sources.put(SEED_LIBREOFFICE, WordDocuments::seedLetterWithListNumbering);
        sources.put(SEED_LIBREOFFICE_LIST_STYLES, WordDocuments::seedLetterWithListStyles);
        ReviewShapes.wordDocuments().forEach((name, word) -> sources.put(name + ".pdf", word));
        return sources;
    }

    private Renderings() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Renderings.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + FOLDER + name + "; see Renderings to make it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args.length > 0 ? args[0]
                : "src/test/resources/io/followthrough/review/importing/" + FOLDER);
        Files.createDirectories(target);
        Path work = Files.createTempDirectory("renderings");
        Path html = work.resolve("nottinghamshire-letter.html");
        Files.writeString(html, SeedLetterHtml.page());
        run(work, "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--user-data-dir=" + work.resolve("profile"),
                "--print-to-pdf=" + target.resolve(SEED_CHROMIUM), html.toUri().toString());
        List<String> convert = new ArrayList<>(List.of("soffice", "--headless",
                "-env:UserInstallation=" + work.resolve("office").toUri(), "--convert-to", "pdf", "--outdir",
                target.toString()));
        for (Map.Entry<String, Supplier<byte[]>> source : wordSources().entrySet()) {
            Path docx = work.resolve(source.getKey().replaceFirst("\\.pdf$", ".docx"));
            Files.write(docx, source.getValue().get());
            convert.add(docx.toString());
        }
        run(work, convert.toArray(String[]::new));
        System.out.println("Wrote " + (wordSources().size() + 1) + " PDFs to " + target);
    }

    private static void run(Path work, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(work.resolve("out.log").toFile()).redirectErrorStream(true).start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(command[0] + " failed; see " + work.resolve("out.log"));
        }
    }
}
