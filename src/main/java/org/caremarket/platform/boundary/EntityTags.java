package org.caremarket.platform.boundary;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.platform.entity.InvalidInput;

/**
 * ETags are the record's version, as a strong entity tag ({@code "4"}). Conditional headers are read by RFC 9110:
 * a list of entity tags, or {@code *}.
 */
public final class EntityTags {

    private static final String FORM = "must be * or a list of entity tags in double quotes, such as \"4\" "
            + "(the ETag header of the record as you read it)";

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * {@code If-Match} as the write will check it: absent (428), {@code *}, or the versions among its strong tags
     * (a weak tag, or a tag that is not one of our versions, can never match: 412).
     *
     * @throws InvalidInput when the header is not a list of entity tags (an unquoted {@code 4}, say)
     */
    public static IfMatch parseIfMatch(String header) {
        if (header == null || header.isBlank()) {
            return IfMatch.ABSENT;
        }
        if (header.strip().equals("*")) {
            return IfMatch.ANY;
        }
        List<Long> versions = new ArrayList<>();
        for (Tag tag : tags(header, "If-Match")) {
            if (!tag.weak() && tag.opaque().matches("0|[1-9][0-9]{0,17}")) {
                versions.add(Long.parseLong(tag.opaque()));
            }
        }
        return IfMatch.versions(versions.stream().mapToLong(Long::longValue).toArray());
    }

    /**
     * Whether {@code If-None-Match} names the record's current tag, compared weakly (RFC 9110, section 13.1.2), or
     * is {@code *}.
     */
    public static boolean noneMatchHits(String header, String currentTag) {
        if (header == null || header.isBlank() || currentTag == null) {
            return false;
        }
        if (header.strip().equals("*")) {
            return true;
        }
        List<Tag> current = tags(currentTag, "ETag");
        return current.size() == 1 && tags(header, "If-None-Match").stream()
                .anyMatch(tag -> tag.opaque().equals(current.get(0).opaque()));
    }

    record Tag(boolean weak, String opaque) {
    }

    /** The entity tags of a header: {@code 1#entity-tag}, where entity-tag = [ W/ ] DQUOTE *etagc DQUOTE. */
    static List<Tag> tags(String header, String name) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = header.length();
        while (i < n) {
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t' || header.charAt(i) == ',')) {
                i++;
            }
            if (i == n) {
                break;
            }
            boolean weak = header.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i >= n || header.charAt(i) != '"') {
                throw InvalidInput.of(name, FORM);
            }
            int close = header.indexOf('"', i + 1);
            if (close < 0) {
                throw InvalidInput.of(name, FORM);
            }
            String opaque = header.substring(i + 1, close);
            for (char c : opaque.toCharArray()) {
                if (c < 0x21 || c == 0x7F) {
                    throw InvalidInput.of(name, FORM);
                }
            }
            tags.add(new Tag(weak, opaque));
            i = close + 1;
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && header.charAt(i) != ',') {
                throw InvalidInput.of(name, FORM);
            }
        }
        if (tags.isEmpty()) {
            throw InvalidInput.of(name, FORM);
        }
        return tags;
    }
}
