package jp.tokyo.monozukuri.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** deploy/compose/compose.yaml runs the four services on real MongoDB, Apache Kafka and a mail catcher. */
class ComposeFileTest {

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (Reader reader = Files.newBufferedReader(
                RepositoryPaths.kustomizeRoot().resolve("../compose/compose.yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new SafeConstructor(options)).load(reader);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    /**
     * The services' healthcheck, run for real with bash against a stand-in actuator on a free port: a readiness that
     * answers 503 with "UP" somewhere in its body (one component up, the group down) is unhealthy, 200 is healthy.
     */
    @Test
    void aServiceIsHealthyOnlyWhenItsReadinessAnswers200() throws IOException {
        for (String service : Conventions.SERVICES) {
            @SuppressWarnings("unchecked")
            List<String> test = (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test");
            assertThat(test).as(service + " healthcheck").startsWith("CMD", "bash", "-c");
            assertThat(test.get(3)).as(service + " asks the management port").contains("/dev/tcp/127.0.0.1/"
                    + environment(service).get("MANAGEMENT_SERVER_PORT")).contains("/actuator/health/readiness");
        }
        @SuppressWarnings("unchecked")
        String command = ((List<String>) ((Map<String, Object>) services.get("plan-service").get("healthcheck"))
                .get("test")).get(3);
        Path bash = Tools.find("bash", "BASH", "bash");
        assertThat(healthcheck(bash, command, 503, "{\"status\":\"DOWN\",\"components\":{\"mongo\":{\"status\":\"UP\"}}}"))
                .as("readiness DOWN").isNotZero();
        assertThat(healthcheck(bash, command, 200, "{\"status\":\"UP\"}")).as("readiness UP").isZero();
    }

    /** One set of JVM flags (an AOT cache or CDS archive is trained with them): Compose repeats Kubernetes'. */
    @Test
    void theServicesRunWithTheJvmFlagsAndPortsOfKubernetes() {
        var deployment = Kustomize.render(Overlay.PROD).serviceDeployment("plan-service");
        String kubernetes = DeploymentInvariantsTest.environment(deployment).get("JDK_JAVA_OPTIONS");
        for (String service : Conventions.SERVICES) {
            assertThat(environment(service).get("JDK_JAVA_OPTIONS").strip()).as(service).isEqualTo(kubernetes.strip());
            assertThat(environment(service)).containsEntry("MANAGEMENT_SERVER_PORT",
                    DeploymentInvariantsTest.environment(deployment).get("MANAGEMENT_SERVER_PORT"));
        }
    }

    @Test
    void mongoIsHealthyOnlyOnceItsMemberIsThePrimary() {
        @SuppressWarnings("unchecked")
        List<String> test = (List<String>) ((Map<String, Object>) services.get("mongo").get("healthcheck")).get("test");
        assertThat(String.join(" ", test)).contains("rs.initiate").contains("quit(db.hello().isWritablePrimary ? 0 : 1)");
    }

    private static int healthcheck(Path bash, String command, int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        try {
            String local = command.replaceAll("/dev/tcp/127\\.0\\.0\\.1/\\d+", "/dev/tcp/127.0.0.1/" + server.getAddress().getPort());
            return Tools.run(Tools.command(bash, "-c", local), null).exitCode();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theBackingServicesAreTheRealOnes() {
        assertThat(image("mongo")).startsWith("mongo:");
        assertThat(image("kafka")).startsWith("apache/kafka:");
        assertThat(image("mailpit")).startsWith("axllent/mailpit:");
    }

    @Test
    void everyServiceRunsItsJibImageAfterKafkaAndMongoDbAreHealthy() {
        for (String service : Conventions.SERVICES) {
            assertThat(image(service)).as(service).contains("/" + service + ":");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) services.get(service).get("depends_on");
            assertThat(dependsOn).as(service + " depends_on").containsKeys("kafka", "mongo");
            assertThat(dependsOn.get("kafka")).containsEntry("condition", "service_healthy");
            assertThat(dependsOn.get("mongo")).containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void everyServiceHasItsOwnDatabaseWithMajorityWrites() {
        Set<String> databases = new HashSet<>();
        for (String service : Conventions.SERVICES) {
            String uri = environment(service).get("SPRING_MONGODB_URI");
            assertThat(uri).as(service).contains("w=majority").contains("/" + Conventions.database(service) + "?");
            assertThat(databases.add(Conventions.database(service))).isTrue();
            assertThat(environment(service)).as(service)
                    .containsEntry("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", "kafka:9092")
                    .containsKey("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI");
        }
        assertThat(environment("notification-service")).containsEntry("SPRING_MAIL_HOST", "mailpit");
    }

    @Test
    void theServicesArePublishedOnTheLocalStacksPorts() {
        List<String> ports = Conventions.SERVICES.stream()
                .map(service -> String.valueOf(((List<?>) services.get(service).get("ports")).get(0)))
                .toList();

        assertThat(ports).containsExactly("8081:8080", "8082:8080", "8083:8080", "8084:8080");
    }

    private static String image(String service) {
        assertThat(services).containsKey(service);
        return String.valueOf(services.get(service).get("image"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        return (Map<String, String>) services.get(service).get("environment");
    }
}
