package io.followthrough.platform.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** HTML error pages in the service's layout: never a stack trace, always what to do next. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);

        static native TemplateInstance unavailable();
    }

    public String render(int status, String title, String detail) {
        return Templates.error(status, title, detail).render();
    }

    /** GOV.UK's "Sorry, the service is unavailable" page, for while the database cannot be reached. */
    public String unavailable() {
        return Templates.unavailable().render();
    }
}
