package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.caremarket.register.control.MarketChanged;

/**
 * A hook in the transactions that write vacancy reports, which fire {@link MarketChanged} as they note a service's
 * availability: it counts the writes of each service (committed or not) and can hold the one writing a chosen
 * service until the test lets it go, so that other reports queue behind it. Only the in-container tests' deployment
 * holds this bean.
 */
@ApplicationScoped
public class HeldWrite {

    private final List<String> written = new CopyOnWriteArrayList<>();
    private volatile String held;
    private volatile CountDownLatch entered = new CountDownLatch(1);
    private volatile CountDownLatch released = new CountDownLatch(0);

    void writing(@Observes MarketChanged change) throws InterruptedException {
        written.add(String.valueOf(change.serviceId()));
        if (change.serviceId() != null && change.serviceId().equals(held)) {
            entered.countDown();
            if (!released.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the test never let the write of " + held + " go");
            }
        }
    }

    /** The next transaction that writes this service waits, inside, until {@link #release}. */
    public void hold(String serviceId) {
        entered = new CountDownLatch(1);
        released = new CountDownLatch(1);
        held = serviceId;
    }

    /** Waits until the held write has begun, and is waiting. */
    public boolean awaitHeld() throws InterruptedException {
        return entered.await(1, TimeUnit.MINUTES);
    }

    public void release() {
        held = null;
        released.countDown();
    }

    /** How many transactions have written this service's availability, whether they committed or not. */
    public long writes(String serviceId) {
        return written.stream().filter(serviceId::equals).count();
    }
}
