package org.caremarket.assistant.control;

/** A PA's profile or verification changed; fired in the transaction, observed after it commits. */
public record AssistantChanged(String assistantId) {
}
