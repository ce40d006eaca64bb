package org.caremarket.cqc.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Why one row (a line of a file, or one record) was not imported. */
@Embeddable
public class RowError {

    @Column(name = "seq", nullable = false)
    private int seq;

    /** The line of the file (1 is the first line, preamble included); null for a record fetched from CQC's API. */
    @Column(name = "line")
    private Integer line;

    @Column(name = "location_id", length = 40)
    private String locationId;

    @Column(name = "field", length = 60)
    private String field;

    @Column(name = "message", length = 500, nullable = false)
    private String message;

    protected RowError() {
    }

    public RowError(int seq, Integer line, String locationId, String field, String message) {
        this.seq = seq;
        this.line = line;
        this.locationId = locationId == null || locationId.length() <= 40 ? locationId : locationId.substring(0, 40);
        this.field = field;
        this.message = message.length() <= 500 ? message : message.substring(0, 497) + "...";
    }

    public Integer line() {
        return line;
    }

    public String locationId() {
        return locationId;
    }

    public String field() {
        return field;
    }

    public String message() {
        return message;
    }
}
