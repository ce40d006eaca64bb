package org.caremarket.brokerage.entity;

/** A request's lifecycle: open → offered → awarded, cancelled or unsourced (the last three are final). */
public enum PackageStatus {
    OPEN, OFFERED, AWARDED, CANCELLED, UNSOURCED;

    public boolean isClosed() {
        return this == AWARDED || this == CANCELLED || this == UNSOURCED;
    }
}
