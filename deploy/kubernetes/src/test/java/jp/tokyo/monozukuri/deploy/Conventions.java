package jp.tokyo.monozukuri.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.tokyo.monozukuri.contracts.Topics;

/**
 * Who publishes and who consumes which topic, as the design fixes it (DESIGN.md, section 2), with the dead-letter
 * topic of every consumer named by {@link Topics#deadLetter}. The tests compare the services' own application.yml
 * with this, and fall back on it for a service whose application.yml does not exist yet.
 */
final class Conventions {

    static final List<String> SERVICES = List.of("plan-service", "approval-service", "grant-service", "notification-service");

    private static final Map<String, String> PUBLISHES = Map.of(
            "plan-service", Topics.PLAN_EVENTS,
            "approval-service", Topics.APPROVAL_EVENTS,
            "grant-service", Topics.GRANT_EVENTS);

    private static final Map<String, List<String>> CONSUMES = Map.of(
            "plan-service", List.of(Topics.APPROVAL_EVENTS),
            "approval-service", List.of(Topics.PLAN_EVENTS),
            "grant-service", List.of(Topics.APPROVAL_EVENTS),
            "notification-service", List.of(Topics.PLAN_EVENTS, Topics.APPROVAL_EVENTS, Topics.GRANT_EVENTS));

    private Conventions() {
    }

    static ServiceBindings of(String service) {
        Set<String> published = PUBLISHES.containsKey(service) ? Set.of(PUBLISHES.get(service)) : Set.of();
        List<ServiceBindings.Consumption> consumptions = CONSUMES.get(service).stream()
                .map(topic -> new ServiceBindings.Consumption(null, topic, service, Topics.deadLetter(topic, service)))
                .toList();
        return new ServiceBindings(service, published, consumptions, null);
    }

    /** The database each service keeps its aggregates in, named after it as in the services' application.yml. */
    static String database(String service) {
        return service;
    }
}
