package io.followthrough.review;

import org.jboss.resteasy.reactive.RestForm;

import java.util.List;

/** The theme form as posted. */
public class ThemeForm {

    static final List<String> FIELDS = List.of("number", "title");

    @RestForm
    public String number;

    @RestForm
    public String title;

    static ThemeForm of(ReviewJson.ThemeJson theme) {
        ThemeForm form = new ThemeForm();
        form.number = theme.number();
        form.title = theme.title();
        return form;
    }

    ThemeInput toInput() {
        return new ThemeInput(number, title);
    }
}
