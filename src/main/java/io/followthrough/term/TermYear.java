package io.followthrough.term;

import java.util.List;

/** The recorded terms of one academic year, in the order they fall. */
public record TermYear(String academicYear, List<TermJson> terms) {
}
