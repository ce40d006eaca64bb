package org.caremarket.platform.control.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.caremarket.vacancy.entity.BedType;
import org.caremarket.vacancy.entity.Days;
import org.caremarket.vacancy.entity.TimeBand;
import org.caremarket.vacancy.entity.VacancyLine;
import org.caremarket.vacancy.entity.VacancyLinesConverter;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VacancyLinesIntoReportsTest {

    private static final String URL = "jdbc:derby:memory:lines" + System.nanoTime() + ";create=true";

    @Test
    @DisplayName("R0.4 migration 7 moves every report's lines, in order, into the report's row and drops the line table")
    void migratesLines() throws Exception {
        Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            // the reports' services are beside the point here: the test writes reports alone
            sql.execute("ALTER TABLE vacancy_state DROP CONSTRAINT fk_vacancy_state_service");
            for (String service : List.of("home", "homecare", "silent")) {
                sql.execute("INSERT INTO vacancy_state (service_id, version, reported_at, accepting, double_handed_calls) "
                        + "VALUES ('" + service + "', 3, CURRENT_TIMESTAMP, 1, 0)");
            }
            sql.execute("INSERT INTO vacancy_line (service_id, line_position, line_kind, line_type, available, held, closed) "
                    + "VALUES ('home', 1, 'BED', 'NURSING_DEMENTIA', 0, 0, 2), ('home', 0, 'BED', 'NURSING', 2, 1, 0)");
            sql.execute("INSERT INTO vacancy_line (service_id, line_position, line_kind, district, time_band, days, available, "
                    + "held, closed) VALUES ('homecare', 0, 'HOMECARE_HOURS', 'LS6', 'MORNING', 'WEEKDAYS', 14, 0, 0)");
        }
        Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration")
                .javaMigrations(new VacancyLinesIntoReports()).load().migrate();
        VacancyLinesConverter converter = new VacancyLinesConverter();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT service_id, lines FROM vacancy_state ORDER BY service_id")) {
            assertEquals(true, rows.next());
            assertEquals(List.of(VacancyLine.beds(BedType.NURSING, 2, 1, 0), VacancyLine.beds(BedType.NURSING_DEMENTIA, 0, 0, 2)),
                    converter.convertToEntityAttribute(rows.getString(2)), rows.getString(1));
            assertEquals(true, rows.next());
            assertEquals(List.of(VacancyLine.homecareHours("LS6", TimeBand.MORNING, Days.WEEKDAYS, 14)),
                    converter.convertToEntityAttribute(rows.getString(2)), rows.getString(1));
            assertEquals(true, rows.next());
            assertEquals("[]", rows.getString(2), rows.getString(1));
            assertFalse(rows.next());
            try (ResultSet tables = db.getMetaData().getTables(null, null, "VACANCY_LINE", null)) {
                assertFalse(tables.next(), "vacancy_line is still there");
            }
        }
    }
}
