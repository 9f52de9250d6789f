package io.followthrough.reminder;

import java.util.List;

/**
 * What one reminder says, before it is written out as plain text and as HTML by the same pair of templates. Only
 * action references and titles, plan titles, dates and links: never anything about a child.
 */
public record MailContent(String councilName, String serviceName, String subject, String greetingName,
                          List<String> paragraphs, List<Section> sections, Link mainLink, String footer,
                          Link footerLink) {

    public record Section(String heading, List<Link> items) {
    }

    public record Link(String text, String url) {
    }
}
