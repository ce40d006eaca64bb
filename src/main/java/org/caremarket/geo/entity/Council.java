package org.caremarket.geo.entity;

/**
 * An English local authority. {@code socialCare} is true for the councils with adult social care
 * duties under the Care Act; a district council names the county that has them.
 */
public record Council(String code, String name, String officialName, String type, String region,
                      String socialCareCouncilCode, boolean socialCare) {
}
