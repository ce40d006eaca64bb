package org.caremarket.cqc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.caremarket.geo.control.Councils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CouncilNamesTest {

    private static CouncilNames names() {
        CouncilNames names = new CouncilNames();
        names.councils = new Councils();
        names.index();
        return names;
    }

    @Test
    @DisplayName("R8.1 CQC's local authority names, in CQC's and ONS's spellings, give the social-care council's GSS code")
    void byName() {
        CouncilNames n = names();
        assertEquals(Optional.of("E08000035"), n.codeOf("Leeds"));
        assertEquals(Optional.of("E10000018"), n.codeOf("Leicestershire"));
        assertEquals(Optional.of("E06000023"), n.codeOf("Bristol, City of"));
        assertEquals(Optional.of("E06000010"), n.codeOf("Kingston upon Hull, City of"));
        assertEquals(Optional.of("E06000019"), n.codeOf("Herefordshire, County of"));
        assertEquals(Optional.of("E06000047"), n.codeOf("Durham"));
        assertEquals(Optional.of("E08000013"), n.codeOf("St Helens"));
        assertEquals(Optional.of("E09000033"), n.codeOf("Westminster"));
        assertEquals(Optional.of("E06000020"), n.codeOf("Telford & Wrekin"));
        assertEquals(Optional.empty(), n.codeOf("Exeter"), "a district, not a council with social care duties");
        assertEquals(Optional.empty(), n.codeOf("Atlantis"));
    }
}
