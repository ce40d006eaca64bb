package org.caremarket.vacancy.entity;

/** What a vacant care home room offers or requires, as brokers ask. */
public enum RoomFeature {
    EN_SUITE, GROUND_FLOOR, FEMALE_ONLY, MALE_ONLY, SHARED_ROOM, HOIST_AVAILABLE, BARIATRIC
}
