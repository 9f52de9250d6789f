package io.followthrough.plan.action;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.ArrayList;

import java.util.Arrays;
import java.util.List;

/** The progress update form as posted; evidence links come one per line. */
public class ProgressForm {

    @RestForm
    public String narrative;

    @RestForm
    public String status;

    @RestForm
    public String rag;

    @RestForm
    public String reason;

    @RestForm
    public String impact;

    @RestForm
    public String evidenceLinks;

    @RestForm
    public List<FileUpload> evidenceFiles = new ArrayList<>();

    /** The earlier update this one corrects, if any: updates are never edited, so corrections name what they fix. */
    @RestForm
    public String correctsId;

    private Long corrects() {
        try {
            return correctsId == null || correctsId.isBlank() ? null : Long.valueOf(correctsId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    List<EvidenceUpload> uploads() {
        return EvidenceUpload.from(evidenceFiles);
    }

    ProgressUpdateInput toInput() {
        List<String> links = evidenceLinks == null ? List.of()
                : Arrays.stream(evidenceLinks.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new ProgressUpdateInput(narrative, ActionForm.parse(ActionStatus.class, status),
                ActionForm.parse(Rag.class, rag), reason, impact, links, corrects());
    }
}
