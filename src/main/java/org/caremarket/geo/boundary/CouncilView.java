package org.caremarket.geo.boundary;

import org.caremarket.geo.entity.Council;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CouncilView", description = "An English local authority.")
public record CouncilView(
        @Schema(description = "GSS code.", example = "E08000035") String code,
        @Schema(example = "Leeds") String name,
        @Schema(example = "Leeds City Council") String officialName,
        @Schema(description = "CTY county, UA unitary, MD metropolitan district, LBO London borough, NMD district, CC City of London, SRA Isles of Scilly.")
        String type,
        String region,
        @Schema(description = "True when the council has adult social care duties.") boolean socialCare,
        @Schema(description = "GSS code of the council with social care duties for this area.") String socialCareCouncilCode) {

    static CouncilView of(Council c) {
        return new CouncilView(c.code(), c.name(), c.officialName(), c.type(), c.region(), c.socialCare(),
                c.socialCareCouncilCode());
    }
}
