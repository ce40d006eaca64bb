package org.caremarket.platform.boundary;

/**
 * The one rule for paged lists: {@code page} from 0, {@code size} from 1 to 100. Numbers arrive as
 * text so that "abc" is a 400 naming the parameter, not the 404 JAX-RS gives a query parameter it
 * cannot convert.
 */
public final class Paging {

    public static final String PAGE = "^\\d{1,5}$";
    public static final String PAGE_MESSAGE = "must be a whole number from 0 to 99999";
    public static final String SIZE = "^([1-9]|[1-9][0-9]|100)$";
    public static final String SIZE_MESSAGE = "must be a whole number from 1 to 100";

    private Paging() {
    }

    public static int page(String page) {
        return page == null ? 0 : Integer.parseInt(page);
    }

    public static int size(String size, int otherwise) {
        return size == null ? otherwise : Integer.parseInt(size);
    }
}
