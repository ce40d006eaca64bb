package org.caremarket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;

/** Work done as a caller in a thread of its own, as a request of that caller would do it. */
@ApplicationScoped
public class Callers {

    @Inject
    CurrentCaller current;

    @ActivateRequestContext
    public <T> T as(Caller caller, Supplier<T> work) {
        current.set(caller);
        return work.get();
    }
}
