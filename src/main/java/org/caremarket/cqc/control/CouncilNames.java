package org.caremarket.cqc.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.caremarket.geo.control.Councils;
import org.caremarket.geo.entity.Council;

/**
 * The council CQC names as a location's "Local authority" — the council with social care duties, named in CQC's
 * way ("Bristol, City of", "Kingston upon Hull, City of", "Durham", "St Helens") — by its GSS code. Names are
 * compared without case, punctuation, word order or the words city, county, council, borough, metropolitan,
 * royal, corporation, of and the, against both the short and the official name of each council.
 */
@ApplicationScoped
public class CouncilNames {

    private static final Set<String> NOISE = Set.of("city", "county", "council", "borough", "metropolitan", "royal",
            "corporation", "of", "the", "district");

    @Inject
    Councils councils;

    private final Map<String, String> codes = new HashMap<>();

    @PostConstruct
    void index() {
        Set<String> ambiguous = new HashSet<>();
        for (Council council : councils.all()) {
            if (!council.socialCare() || !council.code().startsWith("E")) {
                continue;
            }
            for (String name : new String[] {council.name(), council.officialName()}) {
                String key = key(name);
                if (key.isEmpty()) {
                    continue;
                }
                String before = codes.putIfAbsent(key, council.code());
                if (before != null && !before.equals(council.code())) {
                    ambiguous.add(key);
                }
            }
        }
        ambiguous.forEach(codes::remove);
    }

    public Optional<String> codeOf(String localAuthority) {
        return localAuthority == null ? Optional.empty() : Optional.ofNullable(codes.get(key(localAuthority)));
    }

    static String key(String name) {
        if (name == null) {
            return "";
        }
        String words = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
        return Arrays.stream(words.split(" ")).filter(w -> !w.isEmpty() && !NOISE.contains(w))
                .map(w -> w.equals("st") ? "saint" : w).sorted().collect(Collectors.joining(" "));
    }
}
