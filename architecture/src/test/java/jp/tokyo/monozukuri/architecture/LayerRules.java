package jp.tokyo.monozukuri.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The layering of one service, rooted at its base package: {@code domain} is plain Java that knows no other layer;
 * {@code web} and {@code messaging} are the ways in and reach the domain through {@code application};
 * {@code persistence} stores the domain and knows nothing of the layers that call it.
 */
final class LayerRules {

    private LayerRules() {
    }

    static List<ArchRule> of(String base) {
        String domain = base + ".domain..";
        String application = base + ".application..";
        String web = base + ".web..";
        String messaging = base + ".messaging..";
        String persistence = base + ".persistence..";
        return List.of(
                noClasses().that().resideInAPackage(domain).should().dependOnClassesThat()
                        .resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "tools.jackson..",
                                "com.fasterxml.jackson..", "jakarta.servlet..", "org.apache.kafka..")
                        .as(base + ": domain code is plain Java (no Spring, Mongo, Jackson, servlet or Kafka types)"),
                noClasses().that().resideInAPackage(domain).should().dependOnClassesThat()
                        .resideInAnyPackage(application, web, messaging, persistence)
                        .as(base + ": the domain depends on no other layer"),
                noClasses().that().resideInAPackage(web).should().dependOnClassesThat()
                        .resideInAnyPackage(persistence, messaging)
                        .as(base + ": web reaches stored data only through the application layer"),
                noClasses().that().resideInAPackage(messaging).should().dependOnClassesThat()
                        .resideInAnyPackage(persistence, web)
                        .as(base + ": inbound messaging reaches stored data only through the application layer"),
                noClasses().that().resideInAPackage(persistence).should().dependOnClassesThat()
                        .resideInAnyPackage(application, web, messaging)
                        .as(base + ": persistence knows nothing of the layers that call it"),
                noClasses().that().resideInAPackage(application).should().dependOnClassesThat()
                        .resideInAnyPackage(web)
                        .as(base + ": use cases know nothing of HTTP requests and responses"));
    }
}
