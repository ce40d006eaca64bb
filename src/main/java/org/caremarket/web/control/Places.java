package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.geo.entity.Postcode;

/**
 * Where a person means when they type a place: a full postcode, a postcode district (LS6), or the name of an
 * English town or city that has a council of its own (Leeds, Leicester, Harrogate), located at the council's
 * centre. Counties are not towns: "Leicestershire" is not a place to measure distance from.
 */
@ApplicationScoped
public class Places {

    /** A place found, with the words to show for it. */
    public record Place(String label, Coordinate coordinate) {
    }

    @Inject
    Geocoder geocoder;

    @Inject
    Councils councils;

    public Optional<Place> find(String text) {
        String given = text == null ? "" : text.strip();
        if (given.isEmpty() || given.length() > 60) {
            return Optional.empty();
        }
        Optional<Postcode> postcode = Postcode.parse(given);
        if (postcode.isPresent()) {
            return geocoder.locate(postcode.get()).map(l -> new Place(postcode.get().toString(), l.coordinate()));
        }
        Optional<String> district = Postcode.parseDistrict(given);
        if (district.isPresent()) {
            return geocoder.district(district.get()).map(c -> new Place(district.get(), c));
        }
        String name = given.toLowerCase(Locale.ROOT);
        return councils.all().stream()
                .filter(c -> !"CTY".equals(c.type()) && c.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst()
                .flatMap(c -> councils.centre(c.code()).map(centre -> new Place(c.name(), centre)));
    }

    /** Whether the text looks like a postcode or a district, so that "not found" can say which. */
    public static boolean looksLikePostcode(String text) {
        String given = text == null ? "" : text.strip();
        return Postcode.parse(given).isPresent() || Postcode.parseDistrict(given).isPresent();
    }
}
