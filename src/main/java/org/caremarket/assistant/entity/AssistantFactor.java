package org.caremarket.assistant.entity;

/** One part of a PA's score: what was compared, how much it weighs, the points it gave, and why, in a sentence. */
public record AssistantFactor(String name, String value, double weight, double points, String reason) {
}
