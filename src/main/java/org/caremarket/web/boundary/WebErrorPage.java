package org.caremarket.web.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.caremarket.platform.boundary.HtmlErrorPage;

/**
 * Every error outside {@code /api} in the pages' layout: a page that does not exist (404), one the visitor may not
 * see (403), the web container's own refusals (an encoded slash or NUL in the path: 400) and a failure (500, with the
 * reference the log holds). Platform's ServerPages decides the status and the words; this only lays them out.
 */
@ApplicationScoped
public class WebErrorPage implements HtmlErrorPage {

    @Inject
    Pages pages;

    @Override
    public void write(HttpServletResponse response, int status, String heading, String detail) throws IOException {
        SecurityHeaders.apply(response);
        pages.render(response, status, "error.jte", PageMeta.of(heading, PageMeta.Section.ABOUT),
                Map.of("status", status, "heading", heading, "detail", detail));
    }
}
