package org.caremarket.assistant.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caremarket.assistant.entity.TravelGrid;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.SearchCriteria;
import org.caremarket.platform.control.FollowingIndex;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every listed PA in memory, as a {@link TravelGrid}, so that a search touches no database.
 *
 * <p>Follows the database, which is the only truth, by a {@link FollowingIndex}, as the matching index does: every
 * change of a profile stamps its {@code updated_at}. Before a search, if this instance committed a change (an
 * {@link AssistantChanged} event) or {@code caremarket.assistant.refresh-millis} have passed, the index reads the PAs
 * stamped since its last look, less {@code caremarket.assistant.overlap-seconds}; every
 * {@code caremarket.assistant.rebuild-minutes} it reads them all again. So with several instances on one database, a
 * search is at most about a second behind another instance's changes and never behind this instance's own.
 */
@ApplicationScoped
public class AssistantIndex {

    /** The listed PAs at one moment: by id, and as the directory a search reads. */
    record Listed(Map<String, Listing> byId, TravelGrid directory) {
    }

    @Inject
    Assistants assistants;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.refresh-millis", defaultValue = "1000")
    long refreshMillis;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.overlap-seconds", defaultValue = "5")
    long overlapSeconds;

    @Inject
    @ConfigProperty(name = "caremarket.assistant.rebuild-minutes", defaultValue = "10")
    long rebuildMinutes;

    private FollowingIndex<Assistants.ListingChange, Listed> index;

    @PostConstruct
    void start() {
        index = new FollowingIndex<>("PA search index", new Listings(), clock, System::nanoTime,
                Duration.ofMillis(refreshMillis), Duration.ofSeconds(overlapSeconds), Duration.ofMinutes(rebuildMinutes));
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssistantChanged change) {
        index.changed(change.assistantId());
    }

    public TravelGrid.Outcome search(SearchCriteria criteria, org.caremarket.assistant.entity.SearchWeights weights) {
        return index.current().directory().search(criteria, weights, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Every listed PA, for supply counts. */
    public Collection<Listing> listings() {
        return index.current().byId().values();
    }

    /** The PAs' listings as {@link Assistants} reads them; a PA not listed is left out. */
    private final class Listings implements FollowingIndex.Source<Assistants.ListingChange, Listed> {

        @Override
        public List<Assistants.ListingChange> changedSince(Instant since) {
            return assistants.changedSince(since);
        }

        @Override
        public List<Assistants.ListingChange> byIds(List<String> ids) {
            return assistants.byIds(ids);
        }

        @Override
        public String id(Assistants.ListingChange change) {
            return change.id();
        }

        /** An unlisted PA read again and still unlisted, or a listing whose stamp has not moved. */
        @Override
        public boolean holds(Listed listed, Assistants.ListingChange c) {
            Listing known = listed.byId().get(c.id());
            return known == null ? c.listing() == null : c.listing() != null && known.updatedAt().equals(c.updatedAt());
        }

        @Override
        public Listed build(List<Assistants.ListingChange> all) {
            return with(new HashMap<>(all.size() * 2), all);
        }

        @Override
        public Listed apply(Listed before, List<Assistants.ListingChange> changes) {
            return with(new HashMap<>(before.byId()), changes);
        }

        @Override
        public String describe(Listed listed) {
            return listed.byId().size() + " listed PAs";
        }

        private static Listed with(Map<String, Listing> byId, List<Assistants.ListingChange> changes) {
            for (Assistants.ListingChange c : changes) {
                if (c.listing() == null) {
                    byId.remove(c.id());
                } else {
                    byId.put(c.id(), c.listing());
                }
            }
            return new Listed(Map.copyOf(byId), new TravelGrid(byId.values()));
        }
    }
}
