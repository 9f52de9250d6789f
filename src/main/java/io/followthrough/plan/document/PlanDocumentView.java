package io.followthrough.plan.document;

import java.util.List;

/** The action plan document's page: the document's record and its downloads. */
public record PlanDocumentView(PlanDocument doc, List<Download> downloads) {

    /** One download: where it is, its kind ("PDF", with its file type "PDF"), its size and, for a PDF, its pages. */
    public record Download(String href, String label, String fileType, long size, String pages) {
    }
}
