package jp.tokyo.monozukuri.approval.domain;

import java.util.Objects;

/**
 * An event an aggregate raised in a state change; saved in the same single-document write as that change.
 *
 * @param payload one of the contract records of {@code jp.tokyo.monozukuri.contracts.approval}
 */
public record PendingEvent(String eventType, Object payload) {

    public PendingEvent {
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(payload, "payload");
    }
}
