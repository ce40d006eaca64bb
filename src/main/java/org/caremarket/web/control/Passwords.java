package org.caremarket.web.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.caremarket.web.entity.Secrets;

/**
 * Passwords are kept as Jakarta Security's PBKDF2 hashes (Liberty's appSecurity feature provides the
 * implementation): HMAC-SHA-256, 210,000 iterations (OWASP's figure for it), a 32-byte random salt each.
 */
@ApplicationScoped
public class Passwords {

    /** The shortest and longest password taken. */
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password no one has, checked when the email is unknown so that the answer takes as long. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(Secrets.random().toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return password != null && pbkdf2.verify(password.toCharArray(), hash == null ? decoy : hash) && hash != null;
    }

    /** What is wrong with a new password, or null. */
    public static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return "Enter a password";
        }
        if (password.length() < MIN_LENGTH) {
            return "Password must be " + MIN_LENGTH + " characters or more";
        }
        if (password.length() > MAX_LENGTH) {
            return "Password must be " + MAX_LENGTH + " characters or fewer";
        }
        return null;
    }
}
