package io.followthrough.reminder;

import jakarta.enterprise.context.ApplicationScoped;

/** Where people reach the service: links in e-mails and calendar entries must work outside a request. */
@ApplicationScoped
public class PublicUrl {

    private final String base;

    public PublicUrl(ReminderConfig config) {
        String base = config.publicUrl();
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute URL of a page, from its path ("/actions/12"). */
    public String of(String path) {
        return base + path;
    }

    public String host() {
        return java.net.URI.create(base).getHost();
    }
}
