package io.followthrough.review.importing;

import io.followthrough.review.importing.ImportRefusedException.Reason;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The kinds of document a review can be imported from, told apart by their content rather than their name. */
public enum DocumentFormat {
    PDF("application/pdf"),
    WORD("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT("text/plain");

    /** A PDF's header may come after up to this many bytes of other matter. */
    private static final int PDF_HEADER_SEARCH = 1024;
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};
    private static final byte[] WORD_BODY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OPEN_DOCUMENT = "application/vnd.oasis.opendocument".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLD_OFFICE_HEADER = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
            (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] RTF_HEADER = "{\\rtf".getBytes(StandardCharsets.US_ASCII);
    private static final List<byte[]> IMAGE_HEADERS = List.of(
            new byte[]{(byte) 0x89, 'P', 'N', 'G'},
            new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "GIF8".getBytes(StandardCharsets.US_ASCII),
            "II*\0".getBytes(StandardCharsets.US_ASCII),
            "MM\0*".getBytes(StandardCharsets.US_ASCII));
    private static final String WHAT_WE_READ = "Upload the review as a Word document (.docx), a PDF, or a text file "
            + "(.txt or .md).";

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format of an uploaded file, from its content; the name only makes the message clearer.
     *
     * @throws ImportRefusedException when the content is none of the formats we read
     */
    public static DocumentFormat of(String fileName, byte[] content) {
        if (indexOf(content, PDF_HEADER, PDF_HEADER_SEARCH) >= 0) {
            return PDF;
        }
        if (startsWith(content, ZIP_HEADER)) {
            if (indexOf(content, WORD_BODY, content.length) >= 0) {
                return WORD;
            }
            if (indexOf(content, OPEN_DOCUMENT, PDF_HEADER_SEARCH) >= 0) {
                throw refused("The file is an OpenDocument file. Save it from your word processor as a Word "
                        + "document (.docx) or PDF and upload that.");
            }
            throw refused("The file is a zip archive, not a Word document. " + WHAT_WE_READ);
        }
        if (startsWith(content, OLD_OFFICE_HEADER)) {
            throw refused("The file is an older Word document (.doc) or a password-protected Office document. "
                    + "Save it from Word as .docx without a password, or as PDF, and upload that.");
        }
        if (startsWith(content, RTF_HEADER)) {
            throw refused("The file is in Rich Text Format. Save it from Word as .docx or PDF and upload that.");
        }
        if (IMAGE_HEADERS.stream().anyMatch(header -> startsWith(content, header))) {
            throw refused("The file is a picture, not a document. " + WHAT_WE_READ);
        }
        if (TextDocumentReader.decode(content).isPresent()) {
            return TEXT;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.UK);
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            throw refused("The file is named as text but does not contain readable text: it may be a different "
                    + "kind of file renamed, or damaged. " + WHAT_WE_READ);
        }
        throw refused("We do not recognise this kind of file. " + WHAT_WE_READ);
    }

    List<DocumentLine> read(byte[] content) {
        return switch (this) {
            case PDF -> PdfDocumentReader.read(content);
            case WORD -> WordDocumentReader.read(content);
            case TEXT -> TextDocumentReader.read(content);
        };
    }

    private static ImportRefusedException refused(String message) {
        return new ImportRefusedException(Reason.UNSUPPORTED_TYPE, message);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] content, byte[] wanted, int searchLength) {
        int last = Math.min(content.length, searchLength + wanted.length) - wanted.length;
        for (int i = 0; i <= last; i++) {
            int j = 0;
            while (j < wanted.length && content[i + j] == wanted[j]) {
                j++;
            }
            if (j == wanted.length) {
                return i;
            }
        }
        return -1;
    }
}
