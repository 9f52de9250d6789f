package io.followthrough.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;

/** One TrueType file on the classpath and the CSS family, weight and style it answers to. */
record FontFace(String resource, String family, int weight, FontStyle style) {

    static final String DOCUMENT_FAMILY = "DejaVu Sans";

    static FontFace dejaVuSans(String file, int weight, FontStyle style) {
        return new FontFace("pdf/fonts/" + file, DOCUMENT_FAMILY, weight, style);
    }
}
