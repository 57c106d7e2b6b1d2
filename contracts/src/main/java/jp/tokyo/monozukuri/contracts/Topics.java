package jp.tokyo.monozukuri.contracts;

/** Kafka topic names: one per producing service. Dead-letter topics are named by {@link #deadLetter}. */
public final class Topics {

    public static final String PLAN_EVENTS = "plan-events";
    public static final String APPROVAL_EVENTS = "approval-events";
    public static final String GRANT_EVENTS = "grant-events";

    private Topics() {
    }

    /** The dead-letter topic of one consumer group on one topic, e.g. {@code plan-events.approval-service.dlt}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
