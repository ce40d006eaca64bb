package org.caremarket.sufficiency.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caremarket.assistant.control.AssistantSupply;
import org.caremarket.brokerage.control.PackageFact;
import org.caremarket.register.control.MarketService;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.sufficiency.entity.Population;
import org.caremarket.sufficiency.entity.ReferenceCode;
import org.caremarket.sufficiency.entity.ReferenceFigure;
import org.caremarket.vacancy.control.OccupancyPoint;

/**
 * Everything the sufficiency figures of one council are computed from, read once through the owners' control
 * layers: the register's services (every status), each service's latest vacancy report, a year of vacancy
 * history, a year of care-package requests, the PA register's supply, the council's population projection (null
 * when it has none) and the figures its commissioner entered. A value: the figures are pure functions of it.
 *
 * @param kind      the service kind the market is cut to, or null for all
 * @param locality  the locality's name, or null for the whole council
 * @param districts the postcode districts of the locality, or null for the whole council
 * @param staleBefore reports older than this are stale (counted, and said so)
 */
public record Market(String councilCode, String councilName, Instant now, Instant staleBefore,
                     List<MarketService> services, Map<String, OccupancyPoint> current, List<OccupancyPoint> history,
                     List<PackageFact> packages, AssistantSupply.Figures assistants, Population population,
                     Map<ReferenceCode, ReferenceFigure> references, ServiceKind kind, String locality,
                     Set<String> districts) {

    public LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** The same market cut to a kind of service and a locality (null: all). Population is by council only. */
    public Market cut(ServiceKind to, String localityName, Set<String> localityDistricts) {
        List<MarketService> kept = services.stream()
                .filter(s -> to == null || s.kind() == to)
                .filter(s -> localityDistricts == null || localityDistricts.contains(s.district())).toList();
        Set<String> ids = kept.stream().map(MarketService::id).collect(Collectors.toSet());
        return new Market(councilCode, councilName, now, staleBefore, kept,
                current.entrySet().stream().filter(e -> ids.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                history.stream().filter(p -> ids.contains(p.serviceId())).toList(),
                packages.stream().filter(p -> to == null || p.kind() == to)
                        .filter(p -> localityDistricts == null || localityDistricts.contains(p.district())).toList(),
                localityDistricts == null ? assistants : null, population, references, to, localityName, localityDistricts);
    }

    public String marketName() {
        return kind == null ? "ALL" : kind.name();
    }

    public String localityName() {
        return locality == null ? "ALL" : locality;
    }
}
