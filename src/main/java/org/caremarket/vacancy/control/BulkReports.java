package org.caremarket.vacancy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.caremarket.platform.entity.IfMatch;
import org.caremarket.platform.entity.DomainFailure;
import org.caremarket.platform.entity.FieldError;
import org.caremarket.platform.entity.InvalidInput;
import org.caremarket.register.control.CareServices;
import org.caremarket.register.control.ServiceFacts;
import org.caremarket.vacancy.entity.VacancyReport;

/**
 * Many services' reports in one call. Each service's report is its own transaction: it is accepted
 * whole or rejected whole, with the reason, and one rejection does not stop the others.
 */
@ApplicationScoped
public class BulkReports {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BulkReports.class.getName());

    @Inject
    Vacancies vacancies;

    @Inject
    CareServices services;

    /** One service's report in a bulk upload, already read from JSON or CSV. */
    public record Item(int row, String service, IfMatch expectedVersion, VacancyReport report,
                       List<FieldError> readErrors) {
    }

    public record Outcome(int row, String service, String serviceId, int status, Long version, String reason,
                          List<FieldError> errors) {

        public boolean accepted() {
            return status == 200;
        }
    }

    public List<Outcome> apply(List<Item> items) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            outcomes.add(apply(item));
        }
        return outcomes;
    }

    private Outcome apply(Item item) {
        String serviceId = null;
        try {
            serviceId = resolve(item.service());
            if (!item.readErrors().isEmpty()) {
                throw new InvalidInput(item.readErrors());
            }
            IfMatch version = item.expectedVersion().present() ? item.expectedVersion()
                    : IfMatch.versions(vacancies.current(serviceId).version());
            Vacancies.Current current = vacancies.replace(serviceId, version, item.report());
            return new Outcome(item.row(), item.service(), serviceId, 200, current.version(), null, null);
        } catch (InvalidInput invalid) {
            return new Outcome(item.row(), item.service(), serviceId, 400, null, invalid.detail(), invalid.errors());
        } catch (DomainFailure failure) {
            return new Outcome(item.row(), item.service(), serviceId, failure.status(), null, failure.detail(), null);
        } catch (RuntimeException unexpected) {
            String reference = java.util.UUID.randomUUID().toString();
            LOG.log(java.util.logging.Level.SEVERE, "Bulk vacancy row failed, reference " + reference, unexpected);
            return new Outcome(item.row(), item.service(), serviceId, 500, null, "This service's report could not be "
                    + "saved on our side; the others are unaffected. Quote reference " + reference + ".", null);
        }
    }

    /** A service named by our id or by its CQC location id. */
    private String resolve(String service) {
        if (service == null || service.isBlank()) {
            throw InvalidInput.of("service", "name the service by its id or its CQC location id");
        }
        if (service.startsWith("1-")) {
            return services.byCqcLocationId(service).map(ServiceFacts::id).orElseThrow(() ->
                    new org.caremarket.platform.entity.NotFound("There is no service with CQC location id " + service + "."));
        }
        return services.facts(service).id();
    }
}
