package org.caremarket.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.caremarket.platform.entity.Conflict;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.PreconditionFailed;

/**
 * Flushes a unit of work inside its transaction so that the database's own guards answer here,
 * as domain failures: a unique constraint (another record already has this CQC id) or a version
 * another writer moved on meanwhile. No check-then-act: the constraint decides.
 */
public final class Writes {

    private Writes() {
    }

    /** For changes that cannot clash with another record, only with a concurrent writer. */
    public static void flush(EntityManager em) {
        flush(em, null);
    }

    public static void flush(EntityManager em, Supplier<? extends DomainFailure> onDuplicate) {
        flush(em, onDuplicate, () -> new PreconditionFailed("Someone else changed this record while you were saving; "
                + "read it again."));
    }

    /**
     * For changes made without an ETag (offers, answers, awards): a concurrent writer of the same record
     * is {@code onConcurrent} (a 409), not a 412.
     */
    public static void flush(EntityManager em, Supplier<? extends DomainFailure> onDuplicate,
                             Supplier<? extends DomainFailure> onConcurrent) {
        try {
            em.flush();
        } catch (OptimisticLockException concurrent) {
            throw onConcurrent.get();
        } catch (PersistenceException failure) {
            if (onDuplicate != null && isUniqueViolation(failure)) {
                throw onDuplicate.get();
            }
            if (isTransactionConflict(failure)) {
                throw concurrentUpdate(DATABASE_CONFLICT);
            }
            throw failure;
        }
    }

    /**
     * Runs a unit of work that is a transaction of its own, and once more if it lost to a simultaneous one: its insert
     * met the other's row (a unique violation) or the database turned it away (a conflict). Done again, it finds what
     * the other wrote and takes that path (an address that now has an account, a count that now exists). For work that
     * decides by reading first, such as a sign-up, never for work that must fail on a duplicate.
     */
    public static <T> T againOnClash(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException clash) {
            if (isUniqueViolation(clash) || isTransactionConflict(clash)) {
                return work.get();
            }
            throw clash;
        }
    }

    /** What a client is told when the database turned its change away for a simultaneous one. */
    public static final String DATABASE_CONFLICT = "The database turned this change away because another one was being "
            + "saved at the same moment; read the record again and retry.";

    /** The one problem for a change that lost to a simultaneous one (409 {@code /problems/concurrent-update}). */
    public static Conflict concurrentUpdate(String detail) {
        return new Conflict("/problems/concurrent-update", "Another change got there first", detail);
    }

    /**
     * The database could not be reached: a connection failure (SQLState class 08), the server shutting down or not
     * accepting connections (PostgreSQL 57P01–57P03, or 55000 "not currently accepting connections"), or the
     * connection pool unable to give a connection. Not the client's fault, and not the application's: a 503.
     */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")
                        || ("55000".equals(state) && String.valueOf(sql.getMessage()).contains("accepting connections"))) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException || t.getClass().getName().startsWith("jakarta.resource.")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A concurrent writer won: SQLState class 40 (the database rolled the transaction back: deadlock,
     * serialization failure, lock timeout), or a version check that failed outside an explicit flush (at a
     * query's automatic flush, or at commit).
     */
    public static boolean isTransactionConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** SQLState 23505 is a unique violation in both Derby and PostgreSQL. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The cause, or for a JDBC batch that failed, the statement's own exception. */
    private static Throwable next(Throwable t) {
        if (t.getCause() == null && t instanceof SQLException sql) {
            return sql.getNextException();
        }
        return t.getCause();
    }
}
