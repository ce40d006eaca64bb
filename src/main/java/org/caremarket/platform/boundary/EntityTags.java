package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/** ETags are the record's version; If-Match is read back into one. */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @return empty when the header is absent (the caller answers 428); a version that can never
     *         match when the header is present but is not one of our ETags (the caller answers 412)
     */
    public static OptionalLong parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException notOurs) {
            return OptionalLong.of(Long.MIN_VALUE);
        }
    }
}
