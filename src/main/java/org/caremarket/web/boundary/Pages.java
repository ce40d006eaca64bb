package org.caremarket.web.boundary;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the pages' templates (src/main/jte), which jte compiled to Java classes at build time: a template with a
 * wrong type or a missing parameter fails the build, and every {@code ${…}} is HTML-escaped for where it stands.
 */
@ApplicationScoped
public class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "gg.jte.generated.precompiled");

    /** Writes a page: its status, an HTML content type, no caching of anything personal, and the template's output. */
    public void render(HttpServletResponse response, int status, String template, PageMeta meta, Map<String, Object> model)
            throws IOException {
        Map<String, Object> parameters = new HashMap<>(model);
        parameters.put("meta", meta);
        StringOutput output = new StringOutput(8192);
        engine.render(template, parameters, output);
        byte[] page = output.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(page.length);
        try {
            response.getOutputStream().write(page);
        } catch (IllegalStateException writerInUse) { // an error page after the failed page had taken the writer
            response.getWriter().write(output.toString());
        }
    }

    public void render(HttpServletResponse response, String template, PageMeta meta) throws IOException {
        render(response, HttpServletResponse.SC_OK, template, meta, Map.of());
    }
}
