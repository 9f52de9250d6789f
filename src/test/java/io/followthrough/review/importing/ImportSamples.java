package io.followthrough.review.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Review documents of every kind the importer reads, for tests outside this package that need real files to start
 * from (the reliability suite mutates them): the PDFs made by the programs councils use, Word documents written the
 * way people write them, the seed letter as Markdown and as plain text.
 */
public final class ImportSamples {

    /** A document as a council would upload it: its file name (which says its kind) and its bytes. */
    public record Sample(String fileName, byte[] bytes) {
    }

    private ImportSamples() {
    }

    public static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String pdf : List.of(Renderings.SEED_CHROMIUM, Renderings.SEED_LIBREOFFICE,
                Renderings.SEED_LIBREOFFICE_LIST_STYLES, "lga-peer-challenge.pdf", "internal-audit.pdf",
                "navsh-core-themes.pdf", "ofsted-ilacs.pdf")) {
            samples.add(new Sample(pdf, resource(Renderings.FOLDER + pdf)));
        }
        samples.add(new Sample("seed-letter.docx", WordDocuments.seedLetter()));
        samples.add(new Sample("seed-letter-numbered.docx", WordDocuments.seedLetterWithListNumbering()));
        samples.add(new Sample("seed-letter-list-styles.docx", WordDocuments.seedLetterWithListStyles()));
        byte[] markdown = resource("nottinghamshire-peer-challenge.md");
        samples.add(new Sample("nottinghamshire-peer-challenge.md", markdown));
        samples.add(new Sample("nottinghamshire-peer-challenge.txt",
                new String(markdown, StandardCharsets.UTF_8).replace("#", "").getBytes(StandardCharsets.UTF_8)));
        return samples;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ImportSamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
