package org.caremarket.cqc.control;

/** A row the import cannot take, with the field at fault (CQC's column or JSON name) and why. */
public class RowProblem extends RuntimeException {

    private final String field;

    public RowProblem(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
