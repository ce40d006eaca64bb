package org.caremarket.geo.boundary;

import org.caremarket.geo.entity.Precision;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PostcodeView", description = "Where a postcode is and how exactly that is known.")
public record PostcodeView(
        @Schema(example = "LS1 4AP") String postcode,
        @Schema(description = "The postcode district (outward code).", example = "LS1") String district,
        double latitude,
        double longitude,
        @Schema(description = "EXACT when the postcode itself is in the loaded ONS data; DISTRICT_CENTROID when only its district is.")
        Precision precision,
        @Schema(description = "GSS code of the council with social care duties there, when a full NSPL file is loaded.")
        String councilCode) {
}
