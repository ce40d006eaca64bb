package org.caremarket.web.boundary;

import java.util.List;

/**
 * What the layout needs of a page: its title, which part of the service it belongs to (for the navigation), and the
 * errors on it, which put "Error: " before the title and the error summary at the top (GOV.UK's pattern).
 */
public record PageMeta(String title, Section section, List<FieldProblem> errors) {

    /** The parts of the service in the navigation. */
    public enum Section { HOME, FIND_CARE, ABOUT }

    public static PageMeta of(String title, Section section) {
        return new PageMeta(title, section, List.of());
    }

    public PageMeta withErrors(List<FieldProblem> problems) {
        return new PageMeta(title, section, List.copyOf(problems));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The document's title: "Error: " when the page shows errors, the page, then the service. */
    public String documentTitle() {
        return (hasErrors() ? "Error: " : "") + title + " – " + Layout.SERVICE_NAME;
    }

    /** The message for one field, or null: for the inline message beside the field. */
    public String errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldProblem::message).findFirst().orElse(null);
    }
}
