package io.followthrough.platform.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders well-formed XHTML into an A4 PDF that meets PDF/UA-1 (tagged, titled, language set) and PDF/A-3a.
 * Links resolve as the web server serves them, but from the classpath: the shared stylesheet is
 * {@code /documents/document.css} for the browser and for the PDF alike (the file is in
 * {@code META-INF/resources/documents/}). Nothing is fetched from the network or the file system, so a document
 * cannot pull in outside content.
 * Charts are SVG embedded as {@code <img src="data:image/svg+xml;base64,…" alt="…">}: they are drawn as vectors
 * and tagged as figures with the alt text, which passes PDF/UA-1.
 */
@ApplicationScoped
public class PdfRenderer {

    public static final String STYLESHEET = "/documents/document.css";

    static final String BASE_URI = "classpath:/documents/";

    /** Where Quarkus serves static files from, so a URL path means the same file here as in the browser. */
    private static final String WEB_ROOT = "META-INF/resources/";

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;

    private static final List<FontFace> DEJAVU_SANS = List.of(
            FontFace.dejaVuSans("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            FontFace.dejaVuSans("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            FontFace.dejaVuSans("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            FontFace.dejaVuSans("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private final Map<FontFace, byte[]> fonts;
    private final byte[] colourProfile;

    public PdfRenderer() {
        this(DEJAVU_SANS);
    }

    PdfRenderer(List<FontFace> faces) {
        Map<FontFace, byte[]> loaded = new LinkedHashMap<>();
        for (FontFace face : faces) {
            loaded.put(face, FontTables.withoutGlyphSubstitution(classpathBytes(face.resource())
                    .orElseThrow(() -> new IllegalStateException(
                            "PDF font " + face.resource() + " is missing from the classpath"))));
        }
        this.fonts = Map.copyOf(loaded);
        this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /** Renders HTML5 (as Qute produces it) after making it well-formed XHTML. */
    public byte[] renderHtml(String html) {
        return render(Xhtml.fromHtml(html));
    }

    public byte[] render(String xhtml) {
        Document document = parse(xhtml);
        List<String> accessibilityProblems = AccessibleMarkup.problems(document);
        if (!accessibilityProblems.isEmpty()) {
            throw new PdfRenderingException(accessibilityProblems);
        }
        describe(document);

        Set<String> diagnostics = new LinkedHashSet<>();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessbility(true)
                .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A)
                .useColorProfile(colourProfile)
                .useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
                .useUriResolver(PdfRenderer::resolveOnClasspath)
                .useProtocolsStreamImplementation(PdfRenderer::openOnClasspath, "classpath")
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .withDiagnosticConsumer(diagnostic -> collectFailure(diagnostic, diagnostics))
                .withW3cDocument(document, BASE_URI)
                .toStream(pdf);
        fonts.forEach((face, bytes) -> builder.useFont(
                () -> new ByteArrayInputStream(bytes), face.family(), face.weight(), face.style(), true));
        try {
            builder.run();
        } catch (MissingFont e) {
            diagnostics.add(e.getMessage());
            throw new PdfRenderingException(List.copyOf(diagnostics));
        } catch (IOException | RuntimeException e) {
            diagnostics.add(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw new PdfRenderingException(List.copyOf(diagnostics), e);
        }
        if (!diagnostics.isEmpty()) {
            throw new PdfRenderingException(List.copyOf(diagnostics));
        }
        return pdf.toByteArray();
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilder parser = xmlParserFactory().newDocumentBuilder();
            parser.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new PdfRenderingException(List.of("the XHTML is not well-formed at line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + e.getMessage()), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new PdfRenderingException(List.of("the XHTML cannot be read: " + e.getMessage()), e);
        }
    }

    private static DocumentBuilderFactory xmlParserFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    // Warnings that mean part of the document would be missing from the PDF or break PDF/UA.
    private static void collectFailure(Diagnostic diagnostic, Set<String> diagnostics) {
        Level level = diagnostic.getLevel();
        String id = diagnostic.getLogMessageId().getEnum().name();
        boolean lostContent = id.startsWith("EXCEPTION_")
                || id.startsWith("LOAD_UNABLE")
                || id.startsWith("LOAD_COULD_NOT")
                || id.startsWith("LOAD_URI_RESOLVER_REJECTED")
                || id.startsWith("RENDER_FONT")
                || id.equals("INIT_FONT_COULD_NOT_BE_LOADED")
                || id.startsWith("GENERAL_PDF_ACCESSIBILITY");
        if (level.intValue() >= Level.SEVERE.intValue()
                || level.intValue() >= Level.WARNING.intValue() && lostContent) {
            if (id.startsWith("RENDER_FONT")) {
                // Stop at the first such text: laying out the rest would only report the same fault for every word.
                throw new MissingFont();
            }
            diagnostics.add(diagnostic.getFormattedMessage());
        }
    }

    private static final class MissingFont extends RuntimeException {
        MissingFont() {
            super("some text asks for a font other than \"" + FontFace.DOCUMENT_FAMILY
                    + "\", the only one embedded, so it cannot be drawn", null, false, false);
        }
    }

    /**
     * openhtmltopdf takes the PDF's description (which PDF/UA asks for) from a {@code subject} meta element. Pages and
     * templates describe themselves with {@code description}, as HTML does; that (or else the title) becomes the
     * subject, so every document is described once, in its template.
     */
    private static void describe(Document document) {
        NodeList metas = document.getElementsByTagName("meta");
        String description = null;
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("subject".equals(meta.getAttribute("name"))) {
                return;
            }
            if ("description".equals(meta.getAttribute("name")) && !meta.getAttribute("content").isBlank()) {
                description = meta.getAttribute("content");
            }
        }
        NodeList titles = document.getElementsByTagName("title");
        if (description == null && titles.getLength() > 0) {
            description = titles.item(0).getTextContent().strip();
        }
        NodeList heads = document.getElementsByTagName("head");
        if (description == null || description.isEmpty() || heads.getLength() == 0) {
            return;
        }
        Element subject = document.createElementNS(document.getDocumentElement().getNamespaceURI(), "meta");
        subject.setAttribute("name", "subject");
        subject.setAttribute("content", description);
        heads.item(0).appendChild(subject);
    }

    private static String resolveOnClasspath(String baseUri, String uri) {
        if (uri.startsWith("data:")) {
            return uri;
        }
        try {
            URI resolved = new URI(baseUri == null ? BASE_URI : baseUri).resolve(new URI(uri));
            return "classpath".equals(resolved.getScheme()) ? resolved.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static FSStream openOnClasspath(String uri) {
        String resource = WEB_ROOT + URI.create(uri).getPath().replaceFirst("^/", "");
        byte[] bytes = classpathBytes(resource).orElse(null);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override
            public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
            }
        };
    }

    private static Optional<byte[]> classpathBytes(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource + " from the classpath", e);
        }
    }
}
