package org.caremarket.web.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** What every page shares that code must also know: the service's name and the one inline script. */
public final class Layout {

    public static final String SERVICE_NAME = "CareMarket";

    /**
     * GOV.UK Frontend's snippet that marks the body when JavaScript runs, so that components enhance themselves. It is
     * the only inline script; the Content-Security-Policy allows it by its hash ({@link #snippetHash()}), not by
     * 'unsafe-inline'.
     */
    public static final String BODY_SNIPPET = "document.body.className += ' js-enabled' + ('noModule' in "
            + "HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    private static final String HASH = sha256(BODY_SNIPPET);

    private Layout() {
    }

    /** The CSP source for the snippet: 'sha256-…'. */
    public static String snippetHash() {
        return "'sha256-" + HASH + "'";
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
