package org.caremarket.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Writes the HTML page for an error outside {@code /api} in the pages' own layout. The pages' capability (web)
 * provides it; without one, {@link ServerPages} writes its own plain page. Platform depends on no capability, so the
 * pages plug in here rather than platform calling them.
 */
public interface HtmlErrorPage {

    /** Writes the page's body (status, headers and content type are already set). */
    void write(HttpServletResponse response, int status, String heading, String detail) throws IOException;
}
