package io.followthrough.platform.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The parts of PDF/UA that depend on the markup rather than the renderer: a document language and title,
 * text alternatives for images, and tables whose headers and purpose a screen reader can announce.
 * Checked before rendering so a template mistake fails with a plain message instead of an inaccessible PDF.
 */
final class AccessibleMarkup {

    private AccessibleMarkup() {
    }

    static List<String> problems(Document document) {
        List<String> problems = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (!"html".equals(localName(root))) {
            problems.add("the root element must be <html>, not <" + localName(root) + ">");
            return problems;
        }
        if (root.getAttribute("lang").isBlank() && root.getAttribute("xml:lang").isBlank()) {
            problems.add("<html> has no lang attribute");
        }
        List<Element> titles = elements(document, "title");
        if (titles.isEmpty() || titles.get(0).getTextContent().isBlank()) {
            problems.add("the document has no <title>");
        }
        for (Element image : elements(document, "img")) {
            if (!image.hasAttribute("alt")) {
                problems.add("an <img> has no alt attribute (src " + abbreviated(image.getAttribute("src")) + ")");
            }
        }
        if (!elements(document, "svg").isEmpty()) {
            problems.add("an inline <svg> has no way to carry alt text; embed the chart as"
                    + " <img src=\"data:image/svg+xml;base64,…\" alt=\"…\"> instead");
        }
        int tableNumber = 0;
        for (Element table : elements(document, "table")) {
            tableNumber++;
            if (elements(table, "caption").isEmpty()) {
                problems.add("table " + tableNumber + " has no <caption>");
            }
            for (Element header : elements(table, "th")) {
                if (header.getAttribute("scope").isBlank()) {
                    problems.add("table " + tableNumber + " has a <th> without scope: \""
                            + abbreviated(header.getTextContent().strip()) + "\"");
                }
            }
        }
        return problems;
    }

    private static List<Element> elements(Document document, String name) {
        return asList(document.getElementsByTagNameNS("*", name));
    }

    private static List<Element> elements(Element parent, String name) {
        return asList(parent.getElementsByTagNameNS("*", name));
    }

    private static List<Element> asList(NodeList nodes) {
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static String localName(Element element) {
        return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
