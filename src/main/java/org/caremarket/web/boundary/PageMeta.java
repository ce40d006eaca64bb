package org.caremarket.web.boundary;

import java.util.List;

/**
 * What the layout needs of a page: its title, which part of the service it belongs to (for the navigation), and the
 * errors on it, which put "Error: " before the title and the error summary at the top (GOV.UK's pattern).
 */
public record PageMeta(String title, Section section, List<FieldProblem> errors, String signedInAs, String csrf) {

    /** The parts of the service in the navigation. */
    public enum Section { HOME, FIND_CARE, ACCOUNT, ABOUT, COUNCIL }

    /** A page that knows nothing of the visitor (an error page). */
    public static PageMeta of(String title, Section section) {
        return new PageMeta(title, section, List.of(), null, null);
    }

    /** A page for this request: who is signed in, and the session's CSRF token when it has one. */
    public static PageMeta of(jakarta.servlet.http.HttpServletRequest request, String title, Section section) {
        return new PageMeta(title, section, List.of(), WebSessions.email(request),
                WebSessions.current(request).map(s -> s.csrfToken()).orElse(null));
    }

    /** The same page, with the CSRF token of a session just started for its forms. */
    public PageMeta withCsrf(String token) {
        return new PageMeta(title, section, errors, signedInAs, token);
    }

    public PageMeta withErrors(List<FieldProblem> problems) {
        return new PageMeta(title, section, List.copyOf(problems), signedInAs, csrf);
    }

    public boolean signedIn() {
        return signedInAs != null;
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

    /** Whether the visitor works for a council (or is an ADMIN): the navigation then offers the council's pages. */
    public boolean councilStaff() {
        try {
            var who = jakarta.enterprise.inject.spi.CDI.current().select(org.caremarket.access.control.CurrentCaller.class).get().get();
            return who.is(org.caremarket.platform.entity.Role.COMMISSIONER) || who.is(org.caremarket.platform.entity.Role.BROKER)
                    || who.is(org.caremarket.platform.entity.Role.ADMIN);
        } catch (RuntimeException noRequest) {
            return false;
        }
    }
}
