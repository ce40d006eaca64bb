package org.caremarket.cqc.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.caremarket.register.entity.RatingValue;
import org.caremarket.register.entity.ServiceKind;
import org.caremarket.register.entity.Specialism;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CqcVocabularyTest {

    @Test
    @DisplayName("R8.1 CQC's service types, by directory name or API description, map to the register's kinds; others to none")
    void kinds() {
        assertEquals(Set.of(ServiceKind.CARE_HOME_NURSING, ServiceKind.CARE_HOME_RESIDENTIAL),
                CqcVocabulary.kinds("Nursing homes|Residential homes"));
        assertEquals(Set.of(ServiceKind.HOMECARE, ServiceKind.EXTRA_CARE), CqcVocabulary.kinds("Extra Care housing services|Homecare agencies"));
        assertEquals(Optional.of(ServiceKind.HOMECARE), CqcVocabulary.kind("Domiciliary care service"));
        assertEquals(Optional.of(ServiceKind.CARE_HOME_RESIDENTIAL), CqcVocabulary.kind("care home service without nursing"));
        assertEquals(Optional.of(ServiceKind.SHARED_LIVES), CqcVocabulary.kind("Shared Lives"));
        assertEquals(Optional.of(ServiceKind.SUPPORTED_LIVING), CqcVocabulary.kind("Supported living service"));
        assertTrue(CqcVocabulary.kinds("Doctors/GPs|Dentist|Hospitals").isEmpty());
        assertTrue(CqcVocabulary.kinds(null).isEmpty());
    }

    @Test
    @DisplayName("R8.1 specialisms map to service-user groups; children's services have none")
    void specialisms() {
        assertEquals(Optional.of(Specialism.OLDER_PEOPLE), CqcVocabulary.specialism("Caring for adults over 65 yrs"));
        assertEquals(Optional.of(Specialism.DETAINED_UNDER_MENTAL_HEALTH_ACT),
                CqcVocabulary.specialism("Caring for people whose rights are restricted under the Mental Health Act"));
        assertEquals(Optional.of(Specialism.SENSORY_IMPAIRMENT), CqcVocabulary.specialism("Sensory impairments"));
        assertEquals(Optional.empty(), CqcVocabulary.specialism("Caring for children (0 - 18yrs)"));
    }

    @Test
    @DisplayName("R8.5 CQC's rating words; 'Insufficient evidence to rate' is not yet rated; an unknown word is refused")
    void ratings() {
        assertEquals(Optional.of(RatingValue.REQUIRES_IMPROVEMENT), CqcVocabulary.rating("Requires improvement"));
        assertEquals(Optional.of(RatingValue.NOT_YET_RATED), CqcVocabulary.rating("Insufficient evidence to rate"));
        assertEquals(Optional.of(RatingValue.NOT_YET_RATED), CqcVocabulary.rating(null));
        assertEquals(Optional.empty(), CqcVocabulary.rating("Splendid"));
    }

    @Test
    @DisplayName("R8.1 the directory's dates, September included (which the UK locale spells Sept)")
    void dates() {
        assertEquals(Optional.of(LocalDate.of(2018, 1, 9)), CqcVocabulary.checkedOn("09/Jan/2018 - 00:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 14)), CqcVocabulary.checkedOn("14/Sep/2024 - 00:00"));
        assertEquals(Optional.of(LocalDate.of(2024, 9, 14)), CqcVocabulary.checkedOn("14/09/2024"));
        assertEquals(Optional.empty(), CqcVocabulary.checkedOn(" "));
        assertThrows(IllegalArgumentException.class, () -> CqcVocabulary.checkedOn("last Tuesday"));
    }
}
