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
    }

    public String render(int status, String title, String detail) {
        return Templates.error(status, title, detail).render();
    }
}
