package org.caremarket.platform.control.migration;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7: a vacancy report's lines move from the {@code vacancy_line} table into a JSON column of the
 * report's own row, {@code vacancy_state.lines}, so that replacing a report is one {@code UPDATE} instead
 * of a delete and an insert per line. In Java because Derby has no string aggregation. The JSON is the
 * history's form of a line, written here as it was defined when this migration was made (a migration
 * never changes; the entity's converter reads it).
 */
public class VacancyLinesIntoReports implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "vacancy lines into reports";
    }

    @Override
    public Integer getChecksum() {
        return 7_0001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        boolean derby = db.getMetaData().getDatabaseProductName().toLowerCase().contains("derby");
        try (Statement ddl = db.createStatement()) {
            ddl.execute("ALTER TABLE vacancy_state ADD COLUMN lines VARCHAR(32000)");
        }
        try (Statement read = db.createStatement();
             ResultSet rows = read.executeQuery("SELECT service_id, line_kind, line_type, district, time_band, days, "
                     + "available, held, closed FROM vacancy_line ORDER BY service_id, line_position");
             PreparedStatement write = db.prepareStatement("UPDATE vacancy_state SET lines = ? WHERE service_id = ?")) {
            String service = null;
            StringWriter out = null;
            JsonGenerator json = null;
            int pending = 0;
            while (rows.next()) {
                if (!rows.getString(1).equals(service)) {
                    if (service != null) {
                        pending = add(write, service, out, json, pending);
                    }
                    service = rows.getString(1);
                    out = new StringWriter();
                    json = Json.createGenerator(out).writeStartArray();
                }
                String kind = rows.getString(2);
                json.writeStartObject().write("kind", kind);
                if (rows.getString(3) != null) {
                    json.write("type", rows.getString(3));
                }
                if (rows.getString(4) != null) {
                    json.write("district", rows.getString(4)).write("timeBand", rows.getString(5)).write("days", rows.getString(6));
                }
                json.write("available", rows.getInt(7));
                if ("BED".equals(kind)) {
                    json.write("held", rows.getInt(8)).write("closed", rows.getInt(9));
                }
                json.writeEnd();
            }
            if (service != null) {
                pending = add(write, service, out, json, pending);
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement ddl = db.createStatement()) {
            ddl.executeUpdate("UPDATE vacancy_state SET lines = '[]' WHERE lines IS NULL");
            ddl.execute(derby ? "ALTER TABLE vacancy_state ALTER COLUMN lines NOT NULL"
                    : "ALTER TABLE vacancy_state ALTER COLUMN lines SET NOT NULL");
            ddl.execute("DROP TABLE vacancy_line");
        }
    }

    private static int add(PreparedStatement write, String service, StringWriter out, JsonGenerator json, int pending)
            throws SQLException {
        json.writeEnd().close();
        write.setString(1, out.toString());
        write.setString(2, service);
        write.addBatch();
        if (pending + 1 == 500) {
            write.executeBatch();
            return 0;
        }
        return pending + 1;
    }
}
