package org.caremarket.assistant.entity;

/** An introduction waits for the PA, who accepts (contacts are then shared both ways) or declines. */
public enum IntroductionStatus {
    REQUESTED, ACCEPTED, DECLINED, WITHDRAWN
}
