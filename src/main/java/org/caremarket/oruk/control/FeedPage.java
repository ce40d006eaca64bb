package org.caremarket.oruk.control;

import java.util.List;

/**
 * One page of a list, its items already written as JSON: {@code total} items matched; {@code page} counts from 1.
 */
public record FeedPage(List<byte[]> items, long total, int page, int perPage) {

    public int totalPages() {
        return (int) ((total + perPage - 1) / perPage);
    }

    public Hsds.Page envelope() {
        int pages = totalPages();
        return new Hsds.Page(total, pages, page, items.size(), page == 1, page >= pages, items.isEmpty());
    }
}
