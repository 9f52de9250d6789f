package io.followthrough.platform.pdf;

import java.util.List;

/** The document could not be turned into an accessible PDF; the message lists every problem found. */
public class PdfRenderingException extends RuntimeException {

    private final List<String> problems;

    public PdfRenderingException(List<String> problems) {
        this(problems, null);
    }

    public PdfRenderingException(List<String> problems, Throwable cause) {
        super("Cannot render the PDF: " + String.join("; ", problems), cause);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
