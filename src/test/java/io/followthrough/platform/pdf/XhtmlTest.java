package io.followthrough.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class XhtmlTest {

    @Test
    void html5AsQuteWritesItBecomesXmlThatKeepsWhatScreenReadersNeed() throws Exception {
        String xhtml = Xhtml.fromHtml("""
                <!DOCTYPE html>
                <html lang="en-GB"><head><meta charset="utf-8"><title>Pack &ndash; Spring</title></head>
                <body><p>Due 31&nbsp;March<br>Overdue
                <img src="chart.png" alt="RAG chart">
                <table><caption>Actions</caption><tr><th scope=col>Ref</th></tr></table>
                </body></html>""");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));

        assertTrue(document.getDocumentElement().getAttribute("lang").equals("en-GB"), xhtml);
        assertTrue(Xhtml.NAMESPACE.equals(document.getDocumentElement().getNamespaceURI()), xhtml);
        assertTrue(document.getElementsByTagName("title").item(0).getTextContent().equals("Pack \u2013 Spring"), xhtml);
        assertTrue(document.getElementsByTagName("p").item(0).getTextContent().startsWith("Due 31\u00a0March"), xhtml);
        assertTrue(xhtml.contains("<br />"), xhtml);
        assertTrue(xhtml.contains("alt=\"RAG chart\""), xhtml);
        assertTrue(xhtml.contains("<th scope=\"col\">Ref</th>"), xhtml);
        assertTrue(AccessibleMarkup.problems(document).isEmpty(), () -> AccessibleMarkup.problems(document).toString());
    }
}
