package org.caremarket.register.boundary;

import org.caremarket.platform.boundary.CouncilCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Postcode;
import org.caremarket.platform.boundary.OneOf;
import org.caremarket.platform.boundary.OneOfValidator;
import org.caremarket.platform.boundary.Paging;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.ServiceFilter;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.caremarket.register.entity.VacancyType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The directory search's query parameters. Numbers arrive as text so that "abc" is a 400 naming
 * the parameter, not the 404 JAX-RS gives a query parameter it cannot convert.
 */
public class ServiceQuery {

    @QueryParam("kind")
    @Parameter(description = "Kind of service; repeat for several.", schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceKind.class))
    @Size(max = 6, message = "must list at most 6 kinds")
    List<@NotNull @OneOf(ServiceKind.class) String> kind;

    @QueryParam("council")
    @Parameter(description = "GSS code of the council responsible.", example = "E08000035")
    @Pattern(regexp = CouncilCode.PATTERN, message = CouncilCode.MESSAGE)
    String council;

    @QueryParam("district")
    @Parameter(description = "Postcode district (outward code).", example = "LS6")
    @Size(max = 8, message = "must be a postcode district such as LS6")
    String district;

    @QueryParam("near")
    @Parameter(description = "A postcode or postcode district to search around; results carry distanceKm.", example = "LS1 4AP")
    @Size(max = 16, message = "must be a postcode such as LS1 4AP or a district such as LS6")
    String near;

    @QueryParam("radiusKm")
    @Parameter(description = "Radius around 'near' in km (default 10, at most 200).", schema = @Schema(type = SchemaType.NUMBER))
    @Pattern(regexp = "^\\d{1,3}(\\.\\d{1,3})?$", message = "must be a number of kilometres, e.g. 5 or 2.5")
    String radiusKm;

    @QueryParam("minRating")
    @Parameter(description = "Lowest acceptable overall CQC rating; services not yet rated are left out when given.",
            schema = @Schema(implementation = RatingValue.class))
    @OneOf(RatingValue.class)
    String minRating;

    @QueryParam("specialism")
    @Parameter(description = "Specialism the service must have; repeat to require several.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = Specialism.class))
    @Size(max = 12, message = "must list at most 12 specialisms")
    List<@NotNull @OneOf(Specialism.class) String> specialism;

    @QueryParam("q")
    @Parameter(description = "Text the service's or provider's name contains (any case), e.g. 'grange'.")
    @Size(max = 100, message = "must be at most 100 characters")
    String q;

    @QueryParam("status")
    @Parameter(description = "Registration status; repeat for several. Default REGISTERED.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = RegistrationStatus.class))
    @Size(max = 3, message = "must list at most 3 statuses")
    List<@NotNull @OneOf(RegistrationStatus.class) String> status;

    @QueryParam("hasVacancy")
    @Parameter(description = "true: only services whose latest report has something available now and that are accepting; "
            + "false: only those without.", schema = @Schema(type = SchemaType.BOOLEAN))
    @Pattern(regexp = "^(true|false)$", message = "must be true or false")
    String hasVacancy;

    @QueryParam("bedType")
    @Parameter(description = "Only services with this bed, unit or placement type available now (RESIDENTIAL, NURSING, "
            + "RESIDENTIAL_DEMENTIA, NURSING_DEMENTIA, LEARNING_DISABILITY, MENTAL_HEALTH, YOUNGER_PHYSICALLY_DISABLED, "
            + "RESPITE, DISCHARGE_TO_ASSESS; ONE_BED, TWO_BED; LONG_TERM, SHORT_BREAK, DAY_SUPPORT).", example = "NURSING_DEMENTIA",
            schema = @Schema(implementation = VacancyType.class))
    @OneOf(VacancyType.class)
    String bedType;

    @QueryParam("fresh")
    @Parameter(description = "true: only services whose vacancy report is recent (see caremarket.vacancy.stale-after-days); "
            + "false: only those whose report is stale or missing.", schema = @Schema(type = SchemaType.BOOLEAN))
    @Pattern(regexp = "^(true|false)$", message = "must be true or false")
    String fresh;

    @QueryParam("sort")
    @Parameter(description = "distance (needs near; the default with near), rating (best first), or name (the default otherwise).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"distance", "rating", "name"}))
    @Pattern(regexp = "^(distance|rating|name)$", message = "must be distance, rating or name")
    String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 0.", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Pattern(regexp = Paging.PAGE, message = Paging.PAGE_MESSAGE)
    String page;

    @QueryParam("size")
    @Parameter(description = "Results per page, 1 to 100.", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Pattern(regexp = Paging.SIZE, message = Paging.SIZE_MESSAGE)
    String size;

    /** The filter this query asks for, with its place geocoded; a 400 naming the parameter when it cannot be. */
    ServiceFilter toFilter(Geocoder geocoder, double defaultRadiusKm, double maxRadiusKm) {
        Coordinate place = near == null || near.isBlank() ? null : geocoder.place("near", near);
        double radius = radiusKm == null ? defaultRadiusKm : Double.parseDouble(radiusKm);
        if (radiusKm != null && place == null) {
            throw InvalidInput.of("radiusKm", "needs near: the postcode or district to measure from");
        }
        if (radius <= 0 || radius > maxRadiusKm) {
            throw InvalidInput.of("radiusKm", "must be more than 0 and at most " + maxRadiusKm + " km");
        }
        if ("distance".equals(sort) && place == null) {
            throw InvalidInput.of("sort", "sorting by distance needs near: the postcode or district to measure from");
        }
        String districtCode = null;
        if (district != null && !district.isBlank()) {
            districtCode = Postcode.parseDistrict(district).orElseThrow(() ->
                    InvalidInput.of("district", "must be a postcode district such as LS6 or LE11"));
        }
        ServiceFilter.Sort order = sort != null ? ServiceFilter.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT))
                : place != null ? ServiceFilter.Sort.DISTANCE : ServiceFilter.Sort.NAME;
        Set<RegistrationStatus> statuses = status == null || status.isEmpty() ? EnumSet.of(RegistrationStatus.REGISTERED)
                : enums(RegistrationStatus.class, status);
        return new ServiceFilter(enums(ServiceKind.class, kind), council, districtCode, place, radius,
                OneOfValidator.parse(RatingValue.class, minRating), enums(Specialism.class, specialism), q, statuses,
                hasVacancy == null ? null : Boolean.valueOf(hasVacancy), bedType, fresh == null ? null : Boolean.valueOf(fresh), order,
                Paging.page(page), Paging.size(size, 20));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (names != null) {
            names.forEach(n -> set.add(Enum.valueOf(type, n)));
        }
        return set;
    }
}
