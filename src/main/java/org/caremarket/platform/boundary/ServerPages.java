package org.caremarket.platform.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the server says for itself, outside the JAX-RS resources: every path outside {@code /api} that nothing
 * serves (this servlet is the application's default servlet, so no file is ever served from the war), and every
 * error the web container raises before the application sees the request (web.xml sends them all here: a
 * protected folder, an encoded slash or NUL in the path, an exception in the container). Outside {@code /api} the
 * answer is a small HTML page of the product's own; under {@code /api} it is problem+json like every other API
 * error. Neither names a Java class or shows a stack: an unexpected exception is logged with a reference, and the
 * reference is all the client gets.
 */
@WebServlet(name = "ServerPages", urlPatterns = {"/", ServerPages.PATH})
public class ServerPages extends HttpServlet {

    /** Where web.xml's error pages point. */
    static final String PATH = "/errors";

    private static final Logger LOG = Logger.getLogger(ServerPages.class.getName());

    /** The pages' own error page, when the pages' capability is there. */
    @Inject
    Instance<HtmlErrorPage> htmlPages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int status = code instanceof Integer given && given >= 400 && given <= 599 ? given : failure != null ? 500 : 404;
        String path = original instanceof String uri ? uri : request.getRequestURI();
        String reference = null;
        if (status >= 500) {
            reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "The web container failed a request, reference " + reference,
                    failure instanceof Throwable t ? t : null);
        }
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setStatus(status);
        response.setHeader("$WSEP", null); // Liberty's marker for an error it dispatched here: not for clients
        String requestId = request.getHeader(RequestIds.HEADER);
        response.setHeader(RequestIds.HEADER, RequestIds.sensible(requestId) ? requestId : UUID.randomUUID().toString());
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        boolean api = path != null && (path.equals("/api") || path.startsWith("/api/")
                || path.equals("/oruk") || path.startsWith("/oruk/")); // the ORUK feed's clients read JSON too
        response.setContentType(api ? Problems.MEDIA_TYPE : "text/html;charset=UTF-8");
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        Text text = Text.of(status, reference);
        if (!api && htmlPages != null && htmlPages.isResolvable()) {
            htmlPages.get().write(response, status, text.heading(), text.detail());
            return;
        }
        PrintWriter out = response.getWriter();
        if (api) {
            JsonObjectBuilder problem = Json.createObjectBuilder()
                    .add("type", text.type()).add("title", text.title()).add("status", status).add("detail", text.detail());
            if (path != null) {
                problem.add("instance", path);
            }
            out.print(problem.build().toString());
        } else {
            out.print(page(text));
        }
    }

    /** What each status says, in words: the same for the HTML page and the problem. */
    record Text(String type, String title, String heading, String detail) {

        static Text of(int status, String reference) {
            return switch (status) {
                case 400 -> new Text("/problems/invalid-request", "The request is not valid", "The address is not valid",
                        "The request's address or headers cannot be read: check it holds no encoded slash, backslash, "
                                + "dot, # or NUL character (%2F, %5C, %2E, %23, %00).");
                case 401, 403 -> new Text("about:blank", "Forbidden", "You cannot see this page",
                        "There is nothing here that this request may see.");
                case 404 -> new Text("about:blank", "Not found", "Page not found",
                        "There is nothing at this address. If you typed it, check it is correct.");
                case 405 -> new Text("about:blank", "Method not allowed", "This page cannot do that",
                        "This address does not accept the method used.");
                case 413, 414, 431 -> new Text("/problems/request-too-large", "The request is too large",
                        "The request is too large", "The request's address, headers or body are larger than the server accepts.");
                case 503 -> new Text("/problems/unavailable", "Service unavailable", "Sorry, the service is unavailable",
                        "The service cannot answer at the moment. Try again in a few minutes.");
                default -> status >= 500
                        ? new Text("/problems/internal-error", "Something went wrong on our side",
                        "Sorry, there is a problem with the service", "The request could not be completed."
                                + (reference == null ? "" : " Quote reference " + reference + " when reporting it."))
                        : new Text("about:blank", "The request cannot be answered", "The request cannot be answered",
                        "The server cannot answer this request as it was sent.");
            };
        }
    }

    static String page(Text text) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(text.heading()) + " – CareMarket</title>\n</head>\n<body>\n<main>\n"
                + "<h1>" + escape(text.heading()) + "</h1>\n<p>" + escape(text.detail()) + "</p>\n"
                + "<p>The API is described at <a href=\"/openapi/ui/\">/openapi/ui</a>.</p>\n</main>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
