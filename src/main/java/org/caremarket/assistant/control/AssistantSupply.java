package org.caremarket.assistant.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caremarket.access.control.CurrentCaller;
import org.caremarket.access.entity.Caller;
import org.caremarket.platform.entity.Role;
import org.caremarket.assistant.entity.Listing;
import org.caremarket.assistant.entity.Skill;
import org.caremarket.geo.control.Councils;
import org.caremarket.platform.entity.Forbidden;
import org.caremarket.platform.entity.InvalidInput;

/**
 * PA supply against demand, for a council's market position statement: listed PAs (and how many are
 * verified with checks in date) by home postcode district and by skill, against the introductions
 * waiting for an answer by the person's district and the skills they asked for.
 */
@ApplicationScoped
public class AssistantSupply {

    @Inject
    AssistantIndex index;

    @Inject
    Introductions introductions;

    @Inject
    CurrentCaller caller;

    @Inject
    Councils councils;

    @Inject
    AssistantSettings settings;

    @Inject
    Clock clock;

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssistantsByDistrict")
    public record ByDistrict(String district, int assistants, int verified, int openIntroductions) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AssistantsBySkill")
    public record BySkill(Skill skill, int assistants, int openIntroductionsNeeding) {
    }

    public record Figures(String councilCode, int assistants, int verified, int openIntroductions,
                          List<ByDistrict> byDistrict, List<BySkill> bySkill) {
    }

    public Figures of(String council) {
        Caller who = caller.require(Role.COMMISSIONER, Role.ADMIN);
        if (who.is(Role.COMMISSIONER)) {
            String own = who.council().orElseThrow(() -> new Forbidden("This COMMISSIONER key acts for no council."));
            if (council != null && !council.equals(own)) {
                throw new Forbidden("This key reads the market of council " + own + ", not " + council + ".");
            }
            council = own;
        } else if (council != null && councils.socialCareCouncil(council).isEmpty()) {
            throw InvalidInput.of("council", council + " is not an English council with social care duties");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, int[]> districts = new TreeMap<>(AssistantSupply::byDistrictName);
        int[][] skills = new int[Skill.values().length][2];
        int total = 0;
        int verified = 0;
        for (Listing l : index.listings()) {
            if (council != null && !council.equals(l.councilCode())) {
                continue;
            }
            boolean ok = l.checks(today, settings.dbsRenewalYears()).verifiedAndCurrent();
            total++;
            verified += ok ? 1 : 0;
            int[] d = districts.computeIfAbsent(l.district(), x -> new int[3]);
            d[0]++;
            d[1] += ok ? 1 : 0;
            for (Skill s : Skill.of(l.skills())) {
                skills[s.ordinal()][0]++;
            }
        }
        int open = 0;
        for (Object[] row : introductions.open()) {
            if (council != null && !council.equals(row[2])) {
                continue;
            }
            open++;
            districts.computeIfAbsent((String) row[0], x -> new int[3])[2]++;
            for (Skill s : Skill.of(((Number) row[1]).longValue())) {
                skills[s.ordinal()][1]++;
            }
        }
        List<ByDistrict> byDistrict = new ArrayList<>();
        districts.forEach((d, n) -> byDistrict.add(new ByDistrict(d, n[0], n[1], n[2])));
        List<BySkill> bySkill = new ArrayList<>();
        for (Skill s : Skill.values()) {
            bySkill.add(new BySkill(s, skills[s.ordinal()][0], skills[s.ordinal()][1]));
        }
        return new Figures(council, total, verified, open, byDistrict, bySkill);
    }

    /** LS2 before LS10: by area, then by number. */
    static int byDistrictName(String a, String b) {
        String areaA = a.replaceAll("\\d.*", "");
        String areaB = b.replaceAll("\\d.*", "");
        int byArea = areaA.compareTo(areaB);
        if (byArea != 0) {
            return byArea;
        }
        return Integer.compare(number(a), number(b)) != 0 ? Integer.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static int number(String district) {
        String digits = district.replaceAll("^[A-Z]+", "").replaceAll("[A-Z]$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
