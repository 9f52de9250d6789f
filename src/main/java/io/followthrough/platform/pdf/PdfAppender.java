package io.followthrough.platform.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends another PDF's own pages to a document we rendered, as a facsimile: a committee report's appendix 2 is the
 * review as received.
 * <p>
 * The appended pages are marked as artifacts (PDF/UA-1, ISO 14289-1 7.1): the review's words are already in the report
 * as tagged text, so assistive technology reads them there, and a received PDF, often untagged, cannot make the report
 * fail PDF/UA. Their links and other annotations are dropped, since untagged annotations would break PDF/UA too.
 */
public final class PdfAppender {

    private PdfAppender() {
    }

    /** The number of pages of a PDF, or -1 when it cannot be read. */
    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return -1;
        }
    }

    public static byte[] append(byte[] rendered, byte[] received) {
        try (PDDocument target = Loader.loadPDF(rendered); PDDocument source = Loader.loadPDF(received)) {
            for (PDPage page : source.getPages()) {
                PDPage copy = target.importPage(page);
                copy.setAnnotations(List.of());
                copy.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                asArtifact(target, copy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new PdfRenderingException(List.of("The review's PDF cannot be appended to the report: " + e.getMessage()), e);
        }
    }

    /** Wraps everything the page draws in one artifact sequence. */
    private static void asArtifact(PDDocument document, PDPage page) throws IOException {
        List<PDStream> streams = new ArrayList<>();
        page.getContentStreams().forEachRemaining(s -> streams.add(new PDStream(s.getCOSObject())));
        PDStream open = new PDStream(document);
        try (var out = open.createOutputStream()) {
            out.write("/Artifact BMC\nq\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        PDStream close = new PDStream(document);
        try (var out = close.createOutputStream()) {
            out.write("\nQ\nEMC\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        List<PDStream> all = new ArrayList<>();
        all.add(open);
        all.addAll(streams);
        all.add(close);
        page.setContents(all);
    }
}
