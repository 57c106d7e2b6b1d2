package jp.tokyo.monozukuri.infrastructure.messaging;

import jp.tokyo.monozukuri.contracts.EventEnvelope;
import tools.jackson.databind.JsonNode;

/** Told of every event a handler of {@link InboundEvents} took, once the handler returned or threw. */
public interface HandledEvents {

    void handled(EventEnvelope<JsonNode> envelope);

    /** The handler threw; the binder retries, and after the last attempt dead-letters the record. */
    void failed(EventEnvelope<JsonNode> envelope, RuntimeException failure);
}
