package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.caremarket.register.control.Freshness;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyReport;

/**
 * Care homes' current state in the NHS Capacity Tracker's field names, so that a report made here
 * once can feed the Tracker and councils' own spreadsheets.
 */
@ApplicationScoped
public class CapacityTrackerExport {

    static final List<String> HEADER = List.of("cqcid", "name", "postcode", "localauthority", "maxcapacity", "usedbeds",
            "declaredvacancies", "heldbeds", "closedbeds", "residentialvacancies", "nursingvacancies",
            "dementiavacancies", "isacceptingadmissions", "notacceptingreason", "lastupdatedutc", "stale");

    private static final Set<BedType> NURSING = EnumSet.of(BedType.NURSING, BedType.NURSING_DEMENTIA);
    private static final Set<BedType> DEMENTIA = EnumSet.of(BedType.RESIDENTIAL_DEMENTIA, BedType.NURSING_DEMENTIA);

    @Inject
    Vacancies vacancies;

    @Inject
    Freshness freshness;

    public String csv(String councilCode) {
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (Vacancies.Current c : vacancies.inCouncil(councilCode,
                EnumSet.of(ServiceKind.CARE_HOME_NURSING, ServiceKind.CARE_HOME_RESIDENTIAL))) {
            var s = c.service();
            String updated = c.state().map(v -> v.reportedAt().truncatedTo(ChronoUnit.SECONDS).toString()).orElse("");
            if (c.state().isEmpty()) {
                row(out, s.cqcLocationId(), s.name(), s.postcode(), s.councilName(), s.capacity(), "", "", "", "", "", "",
                        "", "", "", "", true);
                continue;
            }
            VacancyReport r = c.state().get().report().forKind(s.kind());
            int used = Math.max(0, s.capacity() - r.available() - r.held() - r.closed());
            row(out, s.cqcLocationId(), s.name(), s.postcode(), s.councilName(), s.capacity(), used, r.available(), r.held(),
                    r.closed(), available(r, t -> !NURSING.contains(t)), available(r, NURSING::contains),
                    available(r, DEMENTIA::contains), r.accepting() ? "Yes" : "No",
                    r.notAcceptingReason() == null ? "" : r.notAcceptingReason(), updated,
                    freshness.isStale(c.state().get().reportedAt()));
        }
        return out.toString();
    }

    private static int available(VacancyReport report, Predicate<BedType> which) {
        return report.lines().stream().filter(l -> which.test(BedType.valueOf(l.type()))).mapToInt(VacancyLine::available).sum();
    }

    private static void row(StringBuilder out, Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields[i] == null ? "" : fields[i].toString()));
        }
        out.append("\r\n");
    }

    /** RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection. */
    static String quote(String field) {
        String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
