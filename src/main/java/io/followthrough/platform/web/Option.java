package io.followthrough.platform.web;

/** One choice of a select or radio group. */
public record Option(String value, String label, boolean selected) {
}
