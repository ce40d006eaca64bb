package org.caremarket.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The absolute URLs the API hands out ({@code Location} of a new record or a started import), built from the
 * address the product is published at, {@code caremarket.public-url}, never from the request's {@code Host} header:
 * any client can send {@code Host: evil.example}, and behind a load balancer that terminates TLS the request's own
 * scheme, host and port are not what clients use anyway.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "caremarket.public-url")
    String configured;

    private String base;

    @PostConstruct
    void check() {
        base = normalise(configured);
    }

    /** {@code <public-url>/api/<segments…>}, each segment percent-encoded. */
    public URI api(String... segments) {
        StringBuilder url = new StringBuilder(base).append("/api");
        for (String segment : segments) {
            url.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return URI.create(url.toString());
    }

    /** {@code <public-url>/<path>}: an address outside the API, such as the OpenAPI document. */
    public URI at(String path) {
        return URI.create(base + "/" + path);
    }

    /** The configured address without a trailing slash; refused unless it is an absolute http(s) URL without query. */
    static String normalise(String value) {
        URI uri;
        try {
            uri = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("caremarket.public-url is not a URL: " + value);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalStateException("caremarket.public-url must be an absolute http or https URL without query, "
                    + "e.g. https://caremarket.example.gov.uk: " + value);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
