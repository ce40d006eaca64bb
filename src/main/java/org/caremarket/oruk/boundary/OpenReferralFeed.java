package org.caremarket.oruk.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.caremarket.geo.control.Geocoder;
import org.caremarket.oruk.control.DirectoryFeed;
import org.caremarket.oruk.control.FeedPage;
import org.caremarket.oruk.control.FeedQuery;
import org.caremarket.oruk.control.Hsds;
import org.caremarket.platform.boundary.EntityTags;
import org.caremarket.platform.boundary.Problems;
import org.caremarket.platform.boundary.PublicUrl;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;

/**
 * The register as an Open Referral UK feed at {@code /oruk} (R13.1): public, read-only, answerable from any origin.
 * A servlet of its own rather than a JAX-RS resource, because the JSON API's application is {@code /api} and an ORUK
 * feed is given to other councils' systems as a base URL of its own, whose errors they read as JSON: every error
 * here is an RFC 9457 problem, as under {@code /api}. Each answer carries a strong ETag made from its bytes, so two
 * instances give the same tag for the same answer, and a GET naming it in {@code If-None-Match} is a 304 (R13.8).
 */
@WebServlet(name = "OpenReferralFeed", urlPatterns = {"/oruk", "/oruk/*"})
public class OpenReferralFeed extends HttpServlet {

    static final String VERSION = "HSDS-UK-3.0";
    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
    /** Other systems poll the feed: a minute's reuse without asking, then a conditional GET. */
    static final String CACHE = "public, max-age=60";

    private static final Logger LOG = Logger.getLogger(OpenReferralFeed.class.getName());
    private static final byte[] OPEN = "{\"total_items\":".getBytes(StandardCharsets.UTF_8);

    @Inject
    DirectoryFeed feed;

    @Inject
    Geocoder geocoder;

    @Inject
    PublicUrl publicUrl;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        String method = request.getMethod();
        try {
            switch (method) {
                case "GET", "HEAD" -> get(request, response);
                case "OPTIONS" -> {
                    response.setStatus(204);
                    response.setHeader("Allow", "GET, HEAD, OPTIONS");
                    response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
                    response.setHeader("Access-Control-Allow-Headers", "If-None-Match");
                    response.setHeader("Access-Control-Max-Age", "86400");
                }
                default -> {
                    response.setHeader("Allow", "GET, HEAD, OPTIONS");
                    problem(request, response, 405, "about:blank", "Method not allowed",
                            "The feed is read-only: it answers GET, HEAD and OPTIONS.", List.of());
                }
            }
        } catch (InvalidInput invalid) {
            problem(request, response, 400, invalid.type(), invalid.title(), invalid.detail(), invalid.errors());
        } catch (RuntimeException failure) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "The ORUK feed failed a request, reference " + reference, failure);
            problem(request, response, 500, "/problems/internal-error", "Something went wrong on our side",
                    "The request could not be completed. Quote reference " + reference + " when reporting it.", List.of());
        }
    }

    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length > 2 || (parts.length == 2 && parts[1].isEmpty())) {
            notFound(request, response);
            return;
        }
        String list = parts[0];
        if (parts.length == 2) {
            String id = parts[1];
            Optional<byte[]> found = !FeedRequest.UUID.matcher(id).matches() ? Optional.empty() : switch (list) {
                case "services" -> feed.service(id.toLowerCase(java.util.Locale.ROOT));
                case "service_at_locations" -> feed.serviceAtLocation(id.toLowerCase(java.util.Locale.ROOT));
                case "organizations" -> feed.organization(id.toLowerCase(java.util.Locale.ROOT));
                case "taxonomies" -> feed.taxonomy(id.toLowerCase(java.util.Locale.ROOT));
                case "taxonomy_terms" -> feed.taxonomyTerm(id.toLowerCase(java.util.Locale.ROOT));
                default -> null;
            };
            if (found == null || found.isEmpty()) {
                notFound(request, response);
                return;
            }
            FeedRequest.read(parameters(request), Set.of(), geocoder);
            send(request, response, found.get());
            return;
        }
        switch (list) {
            case "" -> {
                FeedRequest.read(parameters(request), Set.of(), geocoder);
                send(request, response, Json.createObjectBuilder().add("version", VERSION).add("profile", PROFILE)
                        .add("openapi_url", publicUrl.at("openapi").toString()).build().toString()
                        .getBytes(StandardCharsets.UTF_8));
            }
            case "services" -> page(request, response, FeedRequest.SERVICE_FILTERS, feed::services);
            case "service_at_locations" -> page(request, response, FeedRequest.PLACE_FILTERS, feed::servicesAtLocations);
            case "organizations" -> page(request, response, FeedRequest.ORGANIZATION_FILTERS, feed::organizations);
            case "taxonomies" -> page(request, response, FeedRequest.TAXONOMY_FILTERS, feed::taxonomies);
            case "taxonomy_terms" -> page(request, response, FeedRequest.TERM_FILTERS, feed::taxonomyTerms);
            default -> notFound(request, response);
        }
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Set<String> accepted,
                      Function<FeedQuery, FeedPage> lister) throws IOException {
        FeedQuery query = FeedRequest.read(parameters(request), accepted, geocoder);
        send(request, response, write(lister.apply(query)));
    }

    /** The query's parameters; a query string that is not valid percent-encoding (%ZZ) is a 400, not a failure. */
    private static java.util.Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (IllegalArgumentException malformed) {
            throw InvalidInput.of("query", "is not valid percent-encoding: a % must be followed by two hexadecimal digits");
        }
    }

    /** The paging envelope with every field ORUK names, then the items as they were written. */
    public static byte[] write(FeedPage page) {
        Hsds.Page envelope = page.envelope();
        int length = 200;
        for (byte[] item : page.items()) {
            length += item.length + 1;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(OPEN);
        out.writeBytes(("" + envelope.totalItems() + ",\"total_pages\":" + envelope.totalPages() + ",\"page_number\":"
                + envelope.pageNumber() + ",\"size\":" + envelope.size() + ",\"first_page\":" + envelope.firstPage()
                + ",\"last_page\":" + envelope.lastPage() + ",\"empty\":" + envelope.empty() + ",\"contents\":[")
                .getBytes(StandardCharsets.US_ASCII));
        boolean first = true;
        for (byte[] item : page.items()) {
            if (!first) {
                out.write(',');
            }
            out.writeBytes(item);
            first = false;
        }
        out.write(']');
        out.write('}');
        return out.toByteArray();
    }

    /** A 200 with the body's own ETag, or a 304 when If-None-Match already names it. */
    private static void send(HttpServletRequest request, HttpServletResponse response, byte[] body) throws IOException {
        String tag = tag(body);
        response.setHeader("ETag", tag);
        response.setHeader("Cache-Control", CACHE);
        boolean unchanged;
        try {
            unchanged = EntityTags.noneMatchHits(request.getHeader("If-None-Match"), tag);
        } catch (InvalidInput malformed) {
            unchanged = false; // as a cache would: a header it cannot read asks for the whole answer
        }
        if (unchanged) {
            response.setStatus(304);
            return;
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** A strong entity tag from the bytes themselves (64 bits of two checksums and the length). */
    public static String tag(byte[] body) {
        CRC32C c = new CRC32C();
        c.update(body);
        CRC32 d = new CRC32();
        d.update(body);
        return "\"" + Integer.toHexString(body.length) + "-" + Long.toHexString(c.getValue()) + Long.toHexString(d.getValue()) + "\"";
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problem(request, response, 404, "about:blank", "Not found", "There is nothing at this path of the feed: it serves "
                + "/, /services, /service_at_locations, /organizations, /taxonomies and /taxonomy_terms, and each of "
                + "their records by id.", List.of());
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                        String detail, List<FieldError> errors) throws IOException {
        JsonObjectBuilder problem = Json.createObjectBuilder().add("type", type).add("title", title).add("status", status)
                .add("detail", detail).add("instance", request.getRequestURI());
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            problem.add("errors", list);
        }
        byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
