package org.caremarket.cqc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A client of CQC's syndication API ({@code /changes/location}, {@code /locations/{id}}, {@code /providers/{id}}),
 * coping with its known quirks: throttling answered as HTTP 200 with {@code {"statusCode":429}} (or as a real 429),
 * ids in its change feed that then answer 404, and ids the API only knows in upper case. The subscription key is
 * sent in the {@code Ocp-Apim-Subscription-Key} header and never logged.
 */
@ApplicationScoped
public class CqcApi {

    private static final Logger LOG = Logger.getLogger(CqcApi.class.getName());

    /** CQC's API refuses requests without a User-Agent. */
    private static final String USER_AGENT = "CareMarket (open-source care market software; CQC syndication client)";

    /** CQC's API is down, refusing the key, or still throttling after every retry: the import fails with this. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    @Inject
    @ConfigProperty(name = "caremarket.cqc.api-base-url", defaultValue = "https://api.service.cqc.org.uk/public/v1")
    String baseUrl;

    @Inject
    @ConfigProperty(name = "caremarket.cqc.subscription-key")
    Optional<String> subscriptionKey;

    /** The first wait after a throttled answer; each retry waits twice as long, unless CQC says how long. */
    @Inject
    @ConfigProperty(name = "caremarket.cqc.retry-millis", defaultValue = "2000")
    long retryMillis;

    @Inject
    @ConfigProperty(name = "caremarket.cqc.retries", defaultValue = "5")
    int retries;

    @Inject
    @ConfigProperty(name = "caremarket.cqc.page-size", defaultValue = "1000")
    int pageSize;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** Ids of the locations CQC says changed between the two instants, every page followed, upper case, each once. */
    public List<String> changedLocations(Instant from, Instant to) {
        List<String> ids = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int page = 1;
        int pages = 1;
        while (page <= pages) {
            String path = "/changes/location?startTimestamp=" + stamp(from) + "&endTimestamp=" + stamp(to)
                    + "&page=" + page + "&perPage=" + pageSize;
            JsonObject answer = get(path).orElseThrow(() -> new Unavailable("CQC's change feed answered 404 for " + path));
            if (answer.get("totalPages") instanceof JsonNumber total) {
                pages = total.intValue();
            }
            if (answer.get("changes") instanceof JsonArray changes) {
                for (JsonValue v : changes) {
                    if (v instanceof JsonString s && !s.getString().isBlank()) {
                        String id = s.getString().strip().toUpperCase(Locale.ROOT);
                        if (seen.add(id)) {
                            ids.add(id);
                        }
                    }
                }
            }
            page++;
        }
        return ids;
    }

    /** A location's record; empty when CQC does not know the id (its feed names some it then answers 404 for). */
    public Optional<JsonObject> location(String id) {
        return get("/locations/" + URLEncoder.encode(id.strip().toUpperCase(Locale.ROOT), StandardCharsets.UTF_8));
    }

    public Optional<JsonObject> provider(String id) {
        return get("/providers/" + URLEncoder.encode(id.strip().toUpperCase(Locale.ROOT), StandardCharsets.UTF_8));
    }

    private Optional<JsonObject> get(String path) {
        URI uri = URI.create(baseUrl.replaceAll("/+$", "") + path);
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").header("User-Agent", USER_AGENT);
            subscriptionKey.filter(k -> !k.isBlank()).ifPresent(k -> request.header("Ocp-Apim-Subscription-Key", k));
            HttpResponse<String> response;
            try {
                response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt < retries) {
                    pause(attempt, null);
                    continue;
                }
                throw new Unavailable("CQC's API could not be reached (" + e.getClass().getSimpleName() + ") for " + path);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Unavailable("interrupted while waiting for CQC's API");
            }
            int status = response.statusCode();
            if (status == 404 || (status == 400 && !path.startsWith("/changes"))) {
                // ids in the change feed that CQC then does not know; 400 is what it answers for ids it cannot read
                return Optional.empty();
            }
            JsonObject body = status == 200 ? parse(response.body(), path) : null;
            boolean throttled = status == 429 || (body != null && body.get("statusCode") instanceof JsonNumber code
                    && code.intValue() == 429);
            if (throttled || status >= 500) {
                if (attempt < retries) {
                    LOG.info(() -> "CQC's API " + (throttled ? "throttled" : "answered " + status) + " " + uri.getPath()
                            + "; retrying");
                    pause(attempt, response.headers().firstValue("Retry-After").orElse(null));
                    continue;
                }
                throw new Unavailable("CQC's API " + (throttled ? "is still throttling" : "still answers " + status)
                        + " after " + retries + " retries, for " + path);
            }
            if (status == 401 || status == 403) {
                throw new Unavailable("CQC's API refused the request (" + status
                        + "): check caremarket.cqc.subscription-key");
            }
            if (status != 200) {
                throw new Unavailable("CQC's API answered " + status + " for " + path);
            }
            if (body.get("statusCode") instanceof JsonNumber code && code.intValue() == 404) {
                return Optional.empty();
            }
            return Optional.of(body);
        }
    }

    private static JsonObject parse(String body, String path) {
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject o) {
                return o;
            }
        } catch (JsonParsingException | IllegalStateException e) {
            // fall through
        }
        throw new Unavailable("CQC's API answered something that is not a JSON object, for " + path);
    }

    private void pause(int attempt, String retryAfter) {
        long millis = retryMillis << Math.min(attempt, 10);
        if (retryAfter != null && retryAfter.strip().matches("\\d{1,4}")) {
            millis = Math.max(millis, Long.parseLong(retryAfter.strip()) * 1000);
        }
        try {
            Thread.sleep(Math.min(millis, 120_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while waiting for CQC's API");
        }
    }

    private static String stamp(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
