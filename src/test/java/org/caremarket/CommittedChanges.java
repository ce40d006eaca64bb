package org.caremarket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.caremarket.assistant.control.AssistantChanged;
import org.caremarket.register.control.MarketChanged;

/**
 * The change events the in-memory indexes hear, as they hear them: after the transaction that fired them commits.
 * Only the in-container tests' deployment holds this bean.
 */
@ApplicationScoped
public class CommittedChanges {

    private final List<String> services = new CopyOnWriteArrayList<>();
    private final List<String> assistants = new CopyOnWriteArrayList<>();

    void market(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarketChanged change) {
        services.add(String.valueOf(change.serviceId()));
    }

    void assistant(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssistantChanged change) {
        assistants.add(change.assistantId());
    }

    /** How many MarketChanged events for this service have been delivered after commit. */
    public long ofService(String id) {
        return services.stream().filter(id::equals).count();
    }

    /** How many AssistantChanged events for this PA have been delivered after commit. */
    public long ofAssistant(String id) {
        return assistants.stream().filter(id::equals).count();
    }
}
