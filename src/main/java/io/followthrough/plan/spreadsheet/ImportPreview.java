package io.followthrough.plan.spreadsheet;

import io.quarkus.qute.TemplateEnum;

import java.util.List;

/** What importing a spreadsheet would change, and every row it cannot use; nothing is written yet. */
public record ImportPreview(long id, long planId, String fileName, List<Change> changes, List<RowError> errors,
                            long newActions, long changedActions, long newUpdates) {

    @TemplateEnum
    public enum Kind { NEW_ACTION, CHANGED_FIELD, NEW_UPDATE }

    public record Change(int row, String reference, Kind kind, String field, String oldValue, String newValue) {
    }

    public record RowError(int row, String column, String message) {
    }

    public boolean canConfirm() {
        return errors.isEmpty() && !changes.isEmpty();
    }
}
