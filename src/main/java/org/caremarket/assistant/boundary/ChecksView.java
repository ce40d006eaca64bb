package org.caremarket.assistant.boundary;

import java.time.LocalDate;
import org.caremarket.assistant.entity.CheckStatus;
import org.caremarket.assistant.entity.Checks;
import org.caremarket.assistant.entity.DbsLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssistantChecks", description = "How the PA's checks stand today. CURRENT: in date; EXPIRED: given but out of "
        + "date (insurance past its expiry; a DBS certificate older than caremarket.assistant.dbs-renewal-years and not on "
        + "the update service); NONE: not given. verified: a council has seen the documents.")
public record ChecksView(CheckStatus dbs, DbsLevel dbsLevel, boolean rightToWorkChecked, CheckStatus insurance,
                         boolean verified, LocalDate verifiedOn, boolean allCurrent) {

    static ChecksView of(Checks c) {
        return new ChecksView(c.dbs(), c.dbsLevel(), c.rightToWorkChecked(), c.insurance(), c.verified(), c.verifiedOn(),
                c.verifiedAndCurrent());
    }
}
