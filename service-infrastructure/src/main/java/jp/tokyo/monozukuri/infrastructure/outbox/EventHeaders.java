package jp.tokyo.monozukuri.infrastructure.outbox;

import jp.tokyo.monozukuri.infrastructure.events.TraceContext;

/** Kafka record headers every event carries besides its key. */
public final class EventHeaders {

    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_ID = "eventId";
    public static final String TRACEPARENT = TraceContext.HEADER;

    private EventHeaders() {
    }
}
