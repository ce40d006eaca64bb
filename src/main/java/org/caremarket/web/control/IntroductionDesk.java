package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.caremarket.assistant.control.Introductions;
import org.caremarket.platform.control.Page;

/**
 * The signed-in person's introductions to PAs, through the assistant capability's {@code Introductions} (which decides
 * whose they are from the session's caller, as from a key). A PA's phone and email are in the read model only once
 * the PA has accepted.
 */
@ApplicationScoped
@Transactional
public class IntroductionDesk {

    public static final int PAGE_SIZE = 20;

    @Inject
    Introductions introductions;

    /** One introduction as its requester sees it; {@code phone} and {@code email} null unless accepted. */
    public record Mine(String id, String assistantId, String assistantName, String district, String status, Instant requestedAt,
                       String answer, boolean shared, String phone, String email) {
    }

    public Page<Mine> mine(int page) {
        return introductions.list(page, PAGE_SIZE).map(seen -> {
            var i = seen.introduction();
            var pa = seen.assistant();
            boolean shared = i.contactsShared();
            return new Mine(i.id(), i.assistantId(), pa == null ? "A PA who has left" : pa.displayName(), i.district(),
                    i.status().name(), i.createdAt(), i.answer(), shared && pa != null,
                    shared && pa != null ? pa.phone() : null, shared && pa != null ? pa.email() : null);
        });
    }
}
