package org.caremarket.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.web.entity.Account;
import org.caremarket.web.entity.OneTimeToken;
import org.caremarket.web.entity.Secrets;
import org.caremarket.web.entity.SignInFailure;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's accounts: sign up with an email address and a password, confirm the address by a one-time link,
 * sign in (failures in a row lock sign-in for that address a while), reset a forgotten password by the same mail
 * route. No answer tells anyone whether an address has an account: signing up with a known address sends its owner
 * a note instead, and a reset for an unknown one sends nothing, with the same page either way.
 */
@ApplicationScoped
public class Accounts {

    /** How sign-in went. */
    public enum Outcome { SIGNED_IN, WRONG, LOCKED, UNCONFIRMED }

    public record SignIn(Outcome outcome, Account account, Instant lockedUntil) {
    }

    static final Duration CONFIRM_LIFETIME = Duration.ofHours(24);
    static final Duration RESET_LIFETIME = Duration.ofHours(1);

    @PersistenceContext(unitName = "caremarket")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "caremarket.web.sign-in.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "caremarket.web.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    /** A new PERSON account, unconfirmed, and the link to confirm it sent to the address. */
    @Transactional
    public void signUp(String email, String password, String baseUrl) {
        String address = Account.normalise(email);
        Optional<Account> existing = byEmail(address);
        if (existing.isPresent()) {
            mailer.send(address, "You already have a CareMarket account",
                    "Someone, probably you, tried to create a CareMarket account with this email address, which already "
                            + "has one.\n\nSign in: " + baseUrl + "/sign-in\n\nForgotten your password? Reset it: "
                            + baseUrl + "/password-reset\n\nIf it was not you, you need do nothing.");
            return;
        }
        Account account = new Account(address, passwords.hash(password), Role.PERSON, null, null, null, clock.instant());
        em.persist(account);
        em.flush(); // a simultaneous sign-up with the address fails here, before any email (Writes.againOnClash)
        sendConfirmation(account, baseUrl);
    }

    private void sendConfirmation(Account account, String baseUrl) {
        String token = Secrets.random();
        em.persist(new OneTimeToken(token, account.id(), OneTimeToken.Purpose.CONFIRM, clock.instant(), CONFIRM_LIFETIME));
        mailer.send(account.email(), "Confirm your email address for CareMarket",
                "Confirm your email address to finish creating your CareMarket account:\n\n" + baseUrl + "/confirm/"
                        + token + "\n\nThe link works once, for 24 hours. If you did not ask for an account, you need do nothing.");
    }

    /** Confirms the address whose link this is; empty when the link is unknown, used or expired. */
    @Transactional
    public Optional<Account> confirm(String token) {
        return usable(token, OneTimeToken.Purpose.CONFIRM).map(t -> {
            t.use(clock.instant());
            Account account = em.find(Account.class, t.accountId());
            account.confirm(clock.instant());
            return account;
        });
    }

    /** Whether a one-time link is still good for this purpose (for the page before the button). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean usableLink(String token, OneTimeToken.Purpose purpose) {
        return usable(token, purpose).isPresent();
    }

    @Transactional
    public SignIn signIn(String email, String password, String baseUrl) {
        String address = Account.normalise(email);
        String key = Secrets.sha256(address);
        Instant now = clock.instant();
        SignInFailure failure = em.find(SignInFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (failure != null && failure.isLocked(now)) {
            return new SignIn(Outcome.LOCKED, null, failure.lockedUntil());
        }
        Optional<Account> account = byEmail(address);
        boolean right = passwords.matches(password, account.map(Account::passwordHash).orElse(null));
        if (!right) {
            if (failure == null) {
                failure = new SignInFailure(key, now);
                em.persist(failure);
                em.flush(); // a simultaneous first failure for the address fails here (Writes.againOnClash)
            }
            failure.failed(now, maxFailures, Duration.ofMinutes(lockMinutes));
            return failure.isLocked(now) ? new SignIn(Outcome.LOCKED, null, failure.lockedUntil())
                    : new SignIn(Outcome.WRONG, null, null);
        }
        if (failure != null) {
            em.remove(failure);
        }
        if (!account.get().isConfirmed()) {
            sendConfirmation(account.get(), baseUrl);
            return new SignIn(Outcome.UNCONFIRMED, account.get(), null);
        }
        return new SignIn(Outcome.SIGNED_IN, account.get(), null);
    }

    /** Sends a reset link to the address when it has an account; nothing otherwise. */
    @Transactional
    public void requestReset(String email, String baseUrl) {
        byEmail(Account.normalise(email)).ifPresent(account -> {
            String token = Secrets.random();
            em.persist(new OneTimeToken(token, account.id(), OneTimeToken.Purpose.RESET, clock.instant(), RESET_LIFETIME));
            mailer.send(account.email(), "Reset your CareMarket password",
                    "To choose a new password for your CareMarket account, open this link:\n\n" + baseUrl
                            + "/password-reset/" + token + "\n\nThe link works once, for 1 hour. If you did not ask to "
                            + "reset your password, you need do nothing: your password has not changed.");
        });
    }

    /**
     * Sets a new password with a reset link, confirms the address (the link proves it) and ends every session of the
     * account; false when the link is unknown, used or expired.
     */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        Optional<OneTimeToken> found = usable(token, OneTimeToken.Purpose.RESET);
        found.ifPresent(t -> {
            Instant now = clock.instant();
            t.use(now);
            Account account = em.find(Account.class, t.accountId());
            account.changePassword(passwords.hash(newPassword));
            account.confirm(now);
            em.createQuery("DELETE FROM WebSession s WHERE s.accountId = :account")
                    .setParameter("account", account.id()).executeUpdate();
        });
        return found.isPresent();
    }

    /** The caller a signed-in account is: the same role and scope as an API key. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Caller> caller(String accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId)).filter(Account::isConfirmed).map(Accounts::callerOf);
    }

    public static Caller callerOf(Account a) {
        return new Caller(a.id(), "web account", a.role(), a.providerId(), a.councilCode(), a.subjectId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> find(String accountId) {
        return Optional.ofNullable(em.find(Account.class, accountId));
    }

    /** An account with a given role and scope, already confirmed (demo accounts; later, staff accounts). */
    @Transactional
    public Account createConfirmed(String email, String password, Role role, String providerId, String councilCode,
                                   String subjectId) {
        Account account = new Account(email, passwords.hash(password), role, providerId, councilCode, subjectId, clock.instant());
        account.confirm(clock.instant());
        em.persist(account);
        return account;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Account> byEmail(String email) {
        return em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", Account.normalise(email))
                .getResultStream().findFirst();
    }

    private Optional<OneTimeToken> usable(String token, OneTimeToken.Purpose purpose) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(OneTimeToken.class, Secrets.sha256(token)))
                .filter(t -> t.usableFor(purpose, clock.instant()));
    }
}
