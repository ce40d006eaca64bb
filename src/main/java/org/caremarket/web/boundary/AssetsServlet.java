package org.caremarket.web.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The pages' files, served by the application itself (no CDN, no Node build): GOV.UK Frontend's CSS, JavaScript,
 * images and fonts from its webjar, at the root-absolute {@code /assets/…} paths its CSS asks for, and CareMarket's
 * own stylesheet and script. Only names made of plain path segments are looked up, and only inside those two folders;
 * anything else is a 404. Files are read once and kept; each carries an ETag and may be cached for a day.
 */
@WebServlet(name = "Assets", urlPatterns = "/assets/*")
public class AssetsServlet extends HttpServlet {

    static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/" + govukVersion() + "/dist/govuk/";
    private static final String OWN = "web/assets/";
    private static final Pattern NAME = Pattern.compile("^(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,100}){1,3}$");
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "text/javascript;charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "woff2", "font/woff2", "woff", "font/woff", "json", "application/manifest+json");

    private record Asset(byte[] bytes, String type, String etag) {
    }

    /** Only files that exist are kept, so that asking for made-up names fills nothing. */
    private final Map<String, Asset> cache = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<Asset> asset = path != null && NAME.matcher(path).matches() && !path.contains("..")
                ? find(path) : Optional.empty();
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Asset found = asset.get();
        response.setHeader("ETag", found.etag());
        response.setHeader("Cache-Control", "public, max-age=86400");
        if (found.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(found.type());
        response.setContentLength(found.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(found.bytes());
        }
    }

    private Optional<Asset> find(String path) {
        Asset known = cache.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Asset> loaded = load(path);
        loaded.ifPresent(a -> cache.put(path, a));
        return loaded;
    }

    /** Own files first (caremarket.css, caremarket.js), then GOV.UK Frontend's bundles and its assets folder. */
    private Optional<Asset> load(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null) {
            return Optional.empty();
        }
        String name = path.substring(1);
        String[] candidates = name.equals("govuk-frontend.min.css") || name.equals("govuk-frontend.min.js")
                ? new String[] {GOVUK + name} : new String[] {OWN + name, GOVUK + "assets/" + name};
        for (String candidate : candidates) {
            try (InputStream in = AssetsServlet.class.getClassLoader().getResourceAsStream(candidate)) {
                if (in != null) {
                    byte[] bytes = name.equals("govuk-frontend.min.css") ? withoutGdsTransport(in.readAllBytes()) : in.readAllBytes();
                    return Optional.of(new Asset(bytes, type, "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes))
                            + "-" + bytes.length + "\""));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    /**
     * GOV.UK Frontend's CSS with Arial in place of GDS Transport, whose licence is for GOV.UK only: its two
     * {@code @font-face} rules go, and the font stack starts at Arial, as GOV.UK Frontend's own Sass setting
     * {@code $govuk-font-family: arial, sans-serif} would build it. No font file is then ever asked for.
     */
    static byte[] withoutGdsTransport(byte[] css) {
        String text = new String(css, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("@font-face\\{font-family:\"?GDS Transport\"?;[^}]*\\}", "")
                .replace("font-family:GDS Transport,arial,sans-serif", "font-family:arial,sans-serif")
                .replace("font-family:\"GDS Transport\",arial,sans-serif", "font-family:arial,sans-serif");
        if (text.contains("GDS Transport")) {
            throw new IllegalStateException("GOV.UK Frontend's CSS names GDS Transport in a way not replaced");
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String govukVersion() {
        try (InputStream in = AssetsServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "5.14.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
