package org.caremarket.register.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caremarket.platform.control.KnownRecords;

/** The register vouches for its providers: a PROVIDER key can only be issued for one it holds. */
@ApplicationScoped
public class ProviderRecords implements KnownRecords {

    @Inject
    Providers providers;

    @Override
    public Kind kind() {
        return Kind.PROVIDER;
    }

    @Override
    public Optional<String> whyNot(String id) {
        return providers.find(id).isPresent() ? Optional.empty() : Optional.of("no provider has the id " + id);
    }
}
