package io.followthrough.review;

import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;
import java.util.List;

/** The finding form as posted. */
public class FindingForm {

    static final List<String> FIELDS = List.of("kind", "text");

    @RestForm
    public String kind;

    @RestForm
    public String text;

    static FindingForm of(ReviewJson.FindingJson finding) {
        FindingForm form = new FindingForm();
        form.kind = finding.kind().name();
        form.text = finding.text();
        return form;
    }

    FindingInput toInput() {
        FindingKind chosen = Arrays.stream(FindingKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        return new FindingInput(chosen, text);
    }
}
