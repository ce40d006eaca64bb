package org.caremarket.geo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.caremarket.platform.control.KnownRecords;

/** Geography vouches for councils with social care duties: only they have commissioners and brokers. */
@ApplicationScoped
public class CouncilRecords implements KnownRecords {

    @Inject
    Councils councils;

    @Override
    public Kind kind() {
        return Kind.SOCIAL_CARE_COUNCIL;
    }

    @Override
    public Optional<String> whyNot(String code) {
        if (councils.socialCareCouncil(code).filter(c -> c.code().equals(code)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(councils.byCode(code)
                .map(c -> c.name() + " (" + c.code() + ") has no adult social care duties"
                        + councils.socialCareCouncil(code).map(s -> ": " + s.name() + " (" + s.code() + ") has them there").orElse(""))
                .orElse("no English council has the code " + code));
    }
}
