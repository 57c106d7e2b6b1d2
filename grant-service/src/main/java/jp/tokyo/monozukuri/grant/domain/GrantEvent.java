package jp.tokyo.monozukuri.grant.domain;

/**
 * An event a change of the grant caused, waiting to be written into the outbox with that change.
 *
 * @param type    the event type of {@code EventTypes}, e.g. {@code grant.decided}
 * @param payload the contract record of that type
 */
public record GrantEvent(String type, Object payload) {
}
