package org.caremarket.oruk.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.caremarket.geo.entity.Coordinate;
import org.caremarket.platform.control.FollowingIndex;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.DirectoryEntry;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.control.MarketChanged;
import org.caremarket.register.control.ProviderListing;
import org.caremarket.register.control.Providers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The register as the feed serves it, in memory, each list item already written as JSON, so that a page is a copy
 * of bytes and a filter a walk over at most every service (R13.9). Kept fresh from the database by a
 * {@link FollowingIndex}, as matching's index is: every change of a service's record, rating or vacancies stamps its
 * row; this instance's own changes are read before its next answer, other instances' within
 * {@code caremarket.oruk.refresh-millis}; everything is read again every {@code caremarket.oruk.rebuild-minutes}
 * (which also moves services whose latest vacancy report has grown stale to "not reported recently"). A provider is
 * read again whenever one of its services is; a provider with no service yet appears at the next rebuild.
 */
@ApplicationScoped
public class DirectoryFeed {

    /** A service as lists find it: its sort and search keys, its taxonomy terms and its list items as JSON. */
    record Listed(DirectoryEntry entry, String sortName, String searchText, Set<String> termIds, Set<String> taxonomyIds,
                  byte[] serviceJson, byte[] serviceAtLocationJson) {
    }

    record ListedOrganization(ProviderListing provider, String sortName, String searchText, byte[] json) {
    }

    /** The feed at one moment. */
    record Snapshot(List<Listed> services, Map<String, Listed> byId, Map<String, Listed> byServiceAtLocationId,
                    Map<String, ProviderListing> providers, List<ListedOrganization> organizations,
                    Map<String, ListedOrganization> organizationsById, Instant freshSince, Listed[] byLatitude,
                    double[] latitudes) {

        /** The services between two latitudes: where a search within a distance starts, before the exact test. */
        List<Listed> band(double minLatitude, double maxLatitude) {
            int from = lowerBound(minLatitude);
            int to = lowerBound(Math.nextUp(maxLatitude));
            return Arrays.asList(byLatitude).subList(from, Math.max(from, to));
        }

        private int lowerBound(double latitude) {
            int low = 0;
            int high = latitudes.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (latitudes[middle] < latitude) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    private record Placed(Listed listed, double metres) {
    }

    private static final Comparator<Listed> BY_NAME = Comparator.comparing(Listed::sortName)
            .thenComparing(l -> l.entry().id());
    private static final Comparator<ListedOrganization> ORGANIZATIONS_BY_NAME = Comparator
            .comparing(ListedOrganization::sortName).thenComparing(o -> o.provider().id());

    static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES));

    @Inject
    CareServices services;

    @Inject
    Providers providers;

    @Inject
    Freshness freshness;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.oruk.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    @Inject
    @ConfigProperty(name = "caremarket.oruk.rebuild-minutes", defaultValue = "10")
    long rebuildMinutes;

    private FollowingIndex<DirectoryEntry, Snapshot> index;
    private java.util.function.Supplier<Snapshot> current;

    @PostConstruct
    void start() {
        index = new FollowingIndex<>("ORUK feed", new Source(), clock, System::nanoTime,
                Duration.ofMillis(refreshMillis), Duration.ofSeconds(5), Duration.ofMinutes(rebuildMinutes));
        current = index::current;
    }

    /** A feed of these records that never changes, outside a server: for the benchmark. */
    public static DirectoryFeed standalone(List<DirectoryEntry> services, List<ProviderListing> providers, Instant freshSince) {
        Map<String, ProviderListing> byId = new HashMap<>();
        providers.forEach(p -> byId.put(p.id(), p));
        Snapshot fixed = snapshot(services, byId, freshSince);
        DirectoryFeed feed = new DirectoryFeed();
        feed.current = () -> fixed;
        return feed;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarketChanged change) {
        index.changed(change.serviceId());
    }

    /** The services that match, by name (R13.4). */
    public FeedPage services(FeedQuery query) {
        return page(filter(current.get(), query), query, Listed::serviceJson);
    }

    /** The service-at-locations that match: by name, or nearest first from {@code near} (R13.5). */
    public FeedPage servicesAtLocations(FeedQuery query) {
        Snapshot now = current.get();
        List<Listed> found = filter(now, query);
        if (query.near() != null) {
            Coordinate near = query.near();
            List<Placed> placed = new ArrayList<>(found.size());
            found.forEach(l -> placed.add(new Placed(l, metres(near, l.entry()))));
            placed.sort(Comparator.comparingDouble(Placed::metres).thenComparing(Placed::listed, BY_NAME));
            found = placed.stream().map(Placed::listed).toList();
        }
        return page(found, query, Listed::serviceAtLocationJson);
    }

    public FeedPage organizations(FeedQuery query) {
        Snapshot now = current.get();
        String words = words(query.search());
        List<ListedOrganization> found = words == null ? now.organizations()
                : now.organizations().stream().filter(o -> o.searchText().contains(words)).toList();
        return slice(found.stream().map(ListedOrganization::json).toList(), query);
    }

    public FeedPage taxonomies(FeedQuery query) {
        return slice(Vocabulary.INSTANCE.taxonomies().stream()
                .map(t -> new Hsds.Taxonomy(t.id(), t.name(), t.description(), t.uri(), t.version(), null))
                .map(DirectoryFeed::json).toList(), query);
    }

    public FeedPage taxonomyTerms(FeedQuery query) {
        return slice(Vocabulary.INSTANCE.terms().stream()
                .filter(t -> query.taxonomyId() == null || t.taxonomyId().equals(query.taxonomyId()))
                .map(DirectoryFeed::json).toList(), query);
    }

    public Optional<byte[]> service(String id) {
        Snapshot now = current.get();
        return Optional.ofNullable(now.byId().get(id)).map(l -> json(HsdsMapping.serviceFull(l.entry(),
                now.providers().get(l.entry().providerId()), now.freshSince(), true)));
    }

    public Optional<byte[]> serviceAtLocation(String id) {
        Snapshot now = current.get();
        return Optional.ofNullable(now.byServiceAtLocationId().get(id)).map(l -> json(HsdsMapping.serviceAtLocationFull(
                l.entry(), now.providers().get(l.entry().providerId()), now.freshSince())));
    }

    public Optional<byte[]> organization(String id) {
        Snapshot now = current.get();
        ListedOrganization found = now.organizationsById().get(id);
        if (found == null) {
            return Optional.empty();
        }
        List<Hsds.Service> own = now.services().stream().filter(l -> l.entry().providerId().equals(id))
                .map(l -> HsdsMapping.serviceItem(l.entry())).toList();
        return Optional.of(json(HsdsMapping.organization(found.provider(), own)));
    }

    public Optional<byte[]> taxonomy(String id) {
        return Vocabulary.INSTANCE.taxonomy(id).map(DirectoryFeed::json);
    }

    public Optional<byte[]> taxonomyTerm(String id) {
        return Vocabulary.INSTANCE.term(id).map(DirectoryFeed::json);
    }

    static byte[] json(Object value) {
        return JSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private static List<Listed> filter(Snapshot now, FeedQuery query) {
        List<Predicate<Listed>> tests = new ArrayList<>();
        String words = words(query.search());
        if (words != null) {
            tests.add(l -> l.searchText().contains(words));
        }
        if (query.taxonomyTermId() != null) {
            tests.add(l -> l.termIds().contains(query.taxonomyTermId()));
        }
        if (query.taxonomyId() != null) {
            tests.add(l -> l.taxonomyIds().contains(query.taxonomyId()));
        }
        if (query.organizationId() != null) {
            tests.add(l -> l.entry().providerId().equals(query.organizationId()));
        }
        if (query.modifiedAfter() != null) {
            tests.add(l -> l.entry().changedAt() != null && l.entry().changedAt().isAfter(query.modifiedAfter()));
        }
        List<Listed> candidates = now.services();
        if (query.near() != null && query.proximityMetres() != null) {
            Coordinate near = query.near();
            Coordinate.BoundingBox box = near.boxAround(query.proximityMetres() / 1000.0);
            double limit = query.proximityMetres();
            // only the latitude band of the circle is read; the order is the caller's (by distance)
            candidates = now.band(box.minLatitude(), box.maxLatitude());
            tests.add(l -> l.entry().longitude() >= box.minLongitude() && l.entry().longitude() <= box.maxLongitude()
                    && metres(near, l.entry()) <= limit);
        }
        if (tests.isEmpty()) {
            return candidates;
        }
        Predicate<Listed> all = tests.stream().reduce(Predicate::and).orElseThrow();
        return candidates.stream().filter(all).toList();
    }

    private static double metres(Coordinate near, DirectoryEntry entry) {
        return Coordinate.distanceKm(near.latitude(), near.longitude(), entry.latitude(), entry.longitude()) * 1000;
    }

    private static String words(String search) {
        return search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
    }

    private static FeedPage page(List<Listed> found, FeedQuery query, java.util.function.Function<Listed, byte[]> json) {
        long from = (long) (query.page() - 1) * query.perPage();
        if (from >= found.size()) {
            return new FeedPage(List.of(), found.size(), query.page(), query.perPage());
        }
        List<Listed> items = found.subList((int) from, (int) Math.min(found.size(), from + query.perPage()));
        return new FeedPage(items.stream().map(json).toList(), found.size(), query.page(), query.perPage());
    }

    private static FeedPage slice(List<byte[]> all, FeedQuery query) {
        long from = (long) (query.page() - 1) * query.perPage();
        List<byte[]> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + query.perPage()));
        return new FeedPage(items, all.size(), query.page(), query.perPage());
    }

    /** How the index reads the register and holds it. */
    private final class Source implements FollowingIndex.Source<DirectoryEntry, Snapshot> {

        @Override
        public List<DirectoryEntry> changedSince(Instant since) {
            return services.directoryChangedSince(since);
        }

        @Override
        public List<DirectoryEntry> byIds(List<String> ids) {
            return services.directory(ids);
        }

        @Override
        public String id(DirectoryEntry change) {
            return change.id();
        }

        @Override
        public boolean holds(Snapshot state, DirectoryEntry change) {
            Listed known = state.byId().get(change.id());
            return known != null && Objects.equals(known.entry().changedAt(), change.changedAt());
        }

        @Override
        public Snapshot build(List<DirectoryEntry> all) {
            Map<String, ProviderListing> byId = new HashMap<>();
            providers.listings().forEach(p -> byId.put(p.id(), p));
            return snapshot(all, byId, freshness.freshSince());
        }

        @Override
        public Snapshot apply(Snapshot before, List<DirectoryEntry> changes) {
            Map<String, DirectoryEntry> entries = new HashMap<>();
            before.services().forEach(l -> entries.put(l.entry().id(), l.entry()));
            changes.forEach(c -> entries.put(c.id(), c));
            Map<String, ProviderListing> byId = new HashMap<>(before.providers());
            Set<String> owners = new HashSet<>();
            changes.forEach(c -> owners.add(c.providerId()));
            providers.listings(owners).forEach(p -> byId.put(p.id(), p));
            Map<String, Listed> reuse = new HashMap<>(before.byId());
            changes.forEach(c -> reuse.remove(c.id()));
            return snapshot(List.copyOf(entries.values()), byId, before.freshSince(), reuse, before.organizationsById());
        }

        @Override
        public String describe(Snapshot state) {
            return state.services().size() + " services of " + state.organizations().size() + " organizations";
        }
    }

    private static Snapshot snapshot(List<DirectoryEntry> all, Map<String, ProviderListing> providers, Instant freshSince) {
        return snapshot(all, providers, freshSince, Map.of(), Map.of());
    }

    /** A snapshot of these entries, reusing the list items already written for those that have not changed. */
    private static Snapshot snapshot(List<DirectoryEntry> all, Map<String, ProviderListing> providers, Instant freshSince,
                                     Map<String, Listed> reuse, Map<String, ListedOrganization> reuseOrganizations) {
        List<Listed> listed = new ArrayList<>(all.size());
        for (DirectoryEntry entry : all) {
            Listed known = reuse.get(entry.id());
            listed.add(known != null ? known : listed(entry, providers.get(entry.providerId()), freshSince));
        }
        listed.sort(BY_NAME);
        Map<String, Listed> byId = new HashMap<>(listed.size() * 2);
        Map<String, Listed> bySal = new HashMap<>(listed.size() * 2);
        for (Listed l : listed) {
            byId.put(l.entry().id(), l);
            bySal.put(HsdsMapping.serviceAtLocationId(l.entry().id()), l);
        }
        List<ListedOrganization> organizations = new ArrayList<>(providers.size());
        for (ProviderListing p : providers.values()) {
            ListedOrganization known = reuseOrganizations.get(p.id());
            organizations.add(known != null && known.provider().equals(p) ? known : new ListedOrganization(p,
                    p.name().toLowerCase(Locale.ROOT), p.name().toLowerCase(Locale.ROOT), json(HsdsMapping.organization(p, null))));
        }
        organizations.sort(ORGANIZATIONS_BY_NAME);
        Map<String, ListedOrganization> organizationsById = new HashMap<>();
        organizations.forEach(o -> organizationsById.put(o.provider().id(), o));
        Listed[] byLatitude = listed.toArray(Listed[]::new);
        Arrays.sort(byLatitude, Comparator.comparingDouble((Listed l) -> l.entry().latitude()));
        double[] latitudes = new double[byLatitude.length];
        for (int i = 0; i < byLatitude.length; i++) {
            latitudes[i] = byLatitude[i].entry().latitude();
        }
        return new Snapshot(List.copyOf(listed), byId, bySal, Map.copyOf(providers), List.copyOf(organizations),
                organizationsById, freshSince, byLatitude, latitudes);
    }

    private static Listed listed(DirectoryEntry entry, ProviderListing provider, Instant freshSince) {
        Set<String> terms = Set.copyOf(HsdsMapping.termIds(entry, freshSince));
        Set<String> taxonomies = new HashSet<>();
        terms.forEach(t -> Vocabulary.INSTANCE.term(t).ifPresent(term -> taxonomies.add(term.taxonomyId())));
        String search = (entry.name() + " " + (provider == null ? "" : provider.name()) + " "
                + Objects.requireNonNullElse(entry.town(), "") + " " + entry.postcode()).toLowerCase(Locale.ROOT);
        return new Listed(entry, entry.name().toLowerCase(Locale.ROOT), search, terms, Set.copyOf(taxonomies),
                json(HsdsMapping.serviceItem(entry)), json(HsdsMapping.serviceAtLocationItem(entry)));
    }
}
