package io.followthrough.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReviewingBodyNameTest {

    private static final Map<String, String> KNOWN =
            Map.of("NAVSH", "the National Association of Virtual School Heads (NAVSH)");

    @Test
    void aBodyImportedWithItsNameAndAbbreviationIsNamedAsProseNamesIt() {
        assertEquals("the National Association of Virtual School Heads (NAVSH)",
                ReportService.fullName(KNOWN, "National Association of Virtual School Heads (NAVSH)"));
        assertEquals("the National Association of Virtual School Heads (NAVSH)", ReportService.fullName(KNOWN, "NAVSH"));
    }

    @Test
    void anUnknownBodyKeepsItsOwnName() {
        assertEquals("Ofsted", ReportService.fullName(KNOWN, "Ofsted"));
        assertEquals("Local Government Association (LGA)",
                ReportService.fullName(KNOWN, "Local Government Association (LGA)"));
    }
}
