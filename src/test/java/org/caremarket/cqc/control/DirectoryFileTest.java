package org.caremarket.cqc.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.caremarket.register.entity.Address;
import org.caremarket.register.entity.Ownership;
import org.caremarket.register.entity.RegistrationStatus;
import org.caremarket.register.entity.ServiceKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DirectoryFileTest {

    private static final String HEADER = "Name,Also known as,Address,Postcode,Phone number,Service's website (if available),"
            + "Service types,Date of latest check,Specialisms/services,Provider name,Local authority,Region,Location URL,"
            + "CQC Location ID (for office use only),CQC Provider ID (for office use only)";
    private static final String PREAMBLE = "CQC Locations data\n\nThis data was produced on 01 November 2026\n\n";
    private static final String ROW = "\"Oak Lodge, the (demo)\",,\"1 Example Walk, Cross Gates, Leeds\",LS15 0LU,0113 496 0001,,"
            + "Nursing homes|Residential homes,09/Jan/2025 - 00:00,Dementia,Fictional Care (demo),Leeds,"
            + "Yorkshire and The Humber,https://www.cqc.org.uk/location/1-800001,1-800001,1-700001";

    @Test
    @DisplayName("R8.1 a directory row: quoted name and address, several service types, CQC ids, registered")
    void row() {
        DirectoryFile file = DirectoryFile.read(PREAMBLE + HEADER + "\r\n" + ROW + "\r\n");
        assertEquals(1, file.rows().size());
        assertEquals(6, file.rows().get(0).line());
        CqcRecord r = file.record(file.rows().get(0));
        assertEquals("Oak Lodge, the (demo)", r.name());
        assertEquals(new Address("1 Example Walk", "Cross Gates", "Leeds"), r.address());
        assertEquals(java.util.Set.of(ServiceKind.CARE_HOME_NURSING, ServiceKind.CARE_HOME_RESIDENTIAL), r.kinds());
        assertEquals("1-800001", r.locationId());
        assertEquals("1-700001", r.providerId());
        assertEquals(RegistrationStatus.REGISTERED, r.status());
        assertNull(r.capacity(), "the directory gives no bed count");
        assertNull(r.rating(), "nor ratings");
        assertEquals(Ownership.PRIVATE, r.ownership());
    }

    @Test
    @DisplayName("R8.2 a malformed file is refused, naming the line: no header, a missing column, an open quote, a short line")
    void malformed() {
        assertEquals(1, assertThrows(DirectoryFile.Malformed.class, () -> DirectoryFile.read("a,b\n1,2\n")).line());
        assertEquals(5, assertThrows(DirectoryFile.Malformed.class,
                () -> DirectoryFile.read(PREAMBLE + HEADER.replace(",Region", "") + "\n")).line());
        assertEquals(7, assertThrows(DirectoryFile.Malformed.class,
                () -> DirectoryFile.read(PREAMBLE + HEADER + "\n" + ROW + "\n" + ROW.replace("Leeds\",LS15", "Leeds,LS15") + "\n")).line());
        assertEquals(6, assertThrows(DirectoryFile.Malformed.class,
                () -> DirectoryFile.read(PREAMBLE + HEADER + "\n" + "Oak,,x,LS1 1AA\n")).line());
        assertThrows(DirectoryFile.Malformed.class, () -> DirectoryFile.read(""));
    }

    @Test
    @DisplayName("R8.2 a row that cannot be read names the column: a bad location id, a missing provider name, a bad date")
    void badRow() {
        DirectoryFile file = DirectoryFile.read(PREAMBLE + HEADER + "\n" + ROW.replace(",1-800001,1-700001", ",X-1,1-700001")
                + "\n" + ROW.replace("Fictional Care (demo)", "") + "\n" + ROW.replace("09/Jan/2025 - 00:00", "soon") + "\n");
        assertEquals(DirectoryFile.LOCATION_ID, assertThrows(RowProblem.class, () -> file.record(file.rows().get(0))).field());
        assertEquals(DirectoryFile.PROVIDER_NAME, assertThrows(RowProblem.class, () -> file.record(file.rows().get(1))).field());
        assertEquals(DirectoryFile.CHECKED, assertThrows(RowProblem.class, () -> file.record(file.rows().get(2))).field());
    }

    @Test
    @DisplayName("R8.1 a provider's ownership from its name, until its own record says")
    void ownership() {
        assertEquals(Ownership.COUNCIL, DirectoryFile.ownership("Leeds City Council"));
        assertEquals(Ownership.NHS, DirectoryFile.ownership("Leeds and York Partnership NHS Foundation Trust"));
        assertEquals(Ownership.PRIVATE, DirectoryFile.ownership("Councillor Homes Ltd"));
    }
}
