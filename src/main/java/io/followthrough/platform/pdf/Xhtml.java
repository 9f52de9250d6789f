package io.followthrough.platform.pdf;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings.Syntax;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities.EscapeMode;

/**
 * Turns HTML5 as Qute renders it into the well-formed XHTML openhtmltopdf parses, so PDF templates can be
 * written as ordinary HTML (void elements without a slash, named entities, unquoted attributes).
 */
public final class Xhtml {

    static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

    private Xhtml() {
    }

    public static String fromHtml(String html) {
        Document document = Jsoup.parse(html);
        Element root = document.selectFirst("html");
        if (root != null && !root.hasAttr("xmlns")) {
            root.attr("xmlns", NAMESPACE);
        }
        document.outputSettings()
                .syntax(Syntax.xml)
                .escapeMode(EscapeMode.xhtml)
                .charset("UTF-8")
                .prettyPrint(false);
        return document.outerHtml();
    }
}
