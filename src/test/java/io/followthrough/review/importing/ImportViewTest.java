package io.followthrough.review.importing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImportViewTest {

    @Test
    void aTextBoxIsAsTallAsItsTextWithARowToSpareWithinLimits() {
        assertEquals(3, ImportView.rowsFor("Hold all partners to account."));
        assertEquals(3, ImportView.rowsFor(""));
        assertEquals(4, ImportView.rowsFor("x".repeat(150)));
        assertEquals(4, ImportView.rowsFor("First line\n- a sub-bullet\n- another"));
        assertEquals(20, ImportView.rowsFor("A long paragraph. ".repeat(200)));
    }
}
