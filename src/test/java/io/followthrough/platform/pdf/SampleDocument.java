package io.followthrough.platform.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** A termly review pack as a Qute template would render it: HTML5, not XHTML. */
final class SampleDocument {

    static final String TITLE = "Virtual School action plan: Spring 2026 review pack";

    static final List<String> HEADINGS = List.of(
            "Virtual School action plan: Spring 2026 review pack",
            "Summary",
            "Exceptions",
            "Red and overdue actions",
            "Every action");

    static final int ACTIONS = 70;

    private static final String CHART = Base64.getEncoder().encodeToString("""
            <svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" viewBox="0 0 240 120">
            <rect x="10" y="105" width="60" height="5" fill="#aa2a16"/>
            <rect x="90" y="85" width="60" height="25" fill="#b45000"/>
            <rect x="170" y="10" width="60" height="100" fill="#005a30"/>
            </svg>""".getBytes(StandardCharsets.UTF_8));

    private static final List<String> RAGS = List.of("Red", "Amber", "Green");

    private SampleDocument() {
    }

    static String html() {
        StringBuilder rows = new StringBuilder();
        for (int n = 1; n <= ACTIONS; n++) {
            String rag = RAGS.get(n % RAGS.size());
            rows.append("<tr><th scope=row>A").append(n).append("</th>")
                    .append("<td>Raise attendance of children in care at secondary school &ndash; step ").append(n)
                    .append("</td><td>Headteacher, Virtual School</td><td>31&nbsp;March&nbsp;2026</td>")
                    .append("<td><span class=\"rag rag-").append(rag.toLowerCase()).append("\">").append(rag)
                    .append("</span></td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <title>%s</title>
                <meta name="description" content="Actions of the Virtual School improvement plan for SLT to review">
                <link rel="stylesheet" href="document.css">
                </head>
                <body>
                <h1>%s</h1>
                <p>Prepared for the Virtual School SLT meeting on 12 March 2026. The SIP is reviewed termly at SLT
                and progress is monitored; this pack gives SLT what it needs to judge effectiveness.</p>
                <h2>Summary</h2>
                <ul>
                <li><span class="rag rag-red">Red</span> 3 actions, up from 1 at the Autumn review</li>
                <li><span class="rag rag-amber">Amber</span> 12 actions</li>
                <li><span class="rag rag-green">Green</span> 55 actions</li>
                </ul>
                <figure>
                <img src="data:image/svg+xml;base64,%s" alt="Bar chart of RAG ratings: Red 3, Amber 12, Green 55" style="width: 60mm; height: 30mm">
                </figure>
                <h2>Exceptions</h2>
                <h3>Red and overdue actions</h3>
                <p>Three actions are <strong>Red</strong> and one is overdue by 12 days. <em>Officers propose</em>
                revised dates for two of them; the reasons are set out against each action.</p>
                <h2>Every action</h2>
                <table>
                <caption>All %d actions with their lead officer, target date and RAG rating</caption>
                <thead><tr><th scope=col>Ref</th><th scope=col>Action</th><th scope=col>Lead officer</th>
                <th scope=col>Target date</th><th scope=col>RAG</th></tr></thead>
                <tbody>
                %s</tbody>
                </table>
                </body>
                </html>
                """.formatted(TITLE, TITLE, CHART, ACTIONS, rows);
    }
}
