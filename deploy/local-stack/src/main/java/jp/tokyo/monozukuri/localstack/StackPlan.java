package jp.tokyo.monozukuri.localstack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.localstack.ChildSpec.PortUse;
import jp.tokyo.monozukuri.localstack.ChildSpec.Prelude;
import jp.tokyo.monozukuri.localstack.ChildSpec.Tier;
import jp.tokyo.monozukuri.localstack.kafka.KafkaBrokerMain;
import jp.tokyo.monozukuri.localstack.kafka.KafkaStorage;
import jp.tokyo.monozukuri.localstack.mail.MailServerMain;
import jp.tokyo.monozukuri.localstack.store.StoreServerMain;
import jp.tokyo.monozukuri.localstack.token.TokenIssuerMain;

/** Every process of the stack, with its command line, ports, log and readiness probe. */
final class StackPlan {

    static final String KAFKA = "kafka";
    static final String MAIL = "mail";
    static final String TOKEN_ISSUER = "token-issuer";

    /**
     * C1 only for every infrastructure process: measured here, it halves their start-up CPU (Kafka 10 → 5 s,
     * a store 2.9 → 1.5 s), which on 2 cores is what the services wait for; a local stack never runs long or
     * hot enough for the optimising compiler to pay that back.
     */
    private static final List<String> INFRASTRUCTURE_JVM = List.of("-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");
    private static final List<String> KAFKA_JVM = jvm("-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true");
    private static final List<String> STORE_JVM = jvm("-Xmx256m", "-XX:+UseSerialGC");
    private static final List<String> SMALL_JVM = jvm("-Xmx128m", "-XX:+UseSerialGC");
    private static final List<String> SERVICE_JVM = ServiceJvm.OPTIONS;
    static final String READINESS_PATH = "/actuator/health/readiness";
    /** Services listen on loopback only, as the infrastructure processes do. */
    static final String LOOPBACK = "127.0.0.1";

    private final Ports ports;
    private final StackLayout layout;
    private final JavaCommand java;
    private final Optional<Path> repo;
    private final Optional<Duration> clockOffset;
    private final boolean classDataSharing;

    /** @param repo the repository root holding the service jars; empty when only infrastructure runs */
    StackPlan(Ports ports, StackLayout layout, JavaCommand java, Optional<Path> repo) {
        this(ports, layout, java, repo, Optional.empty(), true);
    }

    /**
     * @param clockOffset how far the services' clocks are shifted from the real time ({@code --clock}); the same
     *                    for every service and every start of one, so a restarted service does not go back in time
     * @param classDataSharing start the services from {@link ClassDataArchive}s, prepared before their first start
     */
    StackPlan(Ports ports, StackLayout layout, JavaCommand java, Optional<Path> repo, Optional<Duration> clockOffset,
            boolean classDataSharing) {
        this.ports = ports;
        this.layout = layout;
        this.java = java;
        this.repo = repo;
        this.clockOffset = clockOffset;
        this.classDataSharing = classDataSharing;
    }

    Ports ports() {
        return ports;
    }

    StackLayout layout() {
        return layout;
    }

    List<ChildSpec> infrastructure() {
        List<ChildSpec> specs = new ArrayList<>();
        specs.add(kafka());
        for (Service service : Service.values()) {
            specs.add(store(service));
        }
        specs.add(mail());
        specs.add(tokenIssuer());
        return List.copyOf(specs);
    }

    List<ChildSpec> services() {
        return repo.map(root -> Arrays.stream(Service.values()).map(service -> service(root, service)).toList())
                .orElse(List.of());
    }

    List<ChildSpec> all() {
        List<ChildSpec> all = new ArrayList<>(infrastructure());
        all.addAll(services());
        return all;
    }

    private static List<String> jvm(String... options) {
        List<String> all = new ArrayList<>(List.of(options));
        all.addAll(INFRASTRUCTURE_JVM);
        return List.copyOf(all);
    }

    static Path serviceJar(Path repo, Service service) {
        return repo.resolve(service.artifactId()).resolve("target").resolve(service.artifactId() + ".jar");
    }

    /** What a service needs to find the stack: also printed for developers who run services from the IDE. */
    List<String> serviceArguments(Service service) {
        List<String> arguments = new ArrayList<>(ownArguments(service));
        arguments.addAll(sharedServiceArguments());
        return List.copyOf(arguments);
    }

    /** The service's own ports (on loopback only, like the infrastructure's) and database. */
    List<String> ownArguments(Service service) {
        return List.of(
                "--server.port=" + ports.http(service),
                "--management.server.port=" + ports.management(service),
                "--spring.mongodb.uri=mongodb://localhost:" + ports.store(service) + "/" + service.artifactId());
    }

    /** Broker, token keys, mail server and clock: the same for every service (mail is unused by most). */
    List<String> sharedServiceArguments() {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.address=" + LOOPBACK,
                "--management.server.address=" + LOOPBACK,
                "--spring.cloud.stream.kafka.binder.brokers=localhost:" + ports.kafka(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + tokenIssuerUri()
                        + TokenIssuerMain.JWKS_PATH,
                "--security.jwt.issuer=" + tokenIssuerUri(),
                "--security.jwt.audience=" + TokenIssuerMain.AUDIENCE,
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + ports.smtp(),
                "--spring.profiles.active=local"));
        clockOffset.ifPresent(offset -> {
            arguments.add("--clock.offset=" + iso(offset));
            // A replay of history starts on its first day and records the next two years' steps at once.
            arguments.add("--dates.future-tolerance=" + REPLAY_FUTURE_TOLERANCE);
        });
        return List.copyOf(arguments);
    }

    /** How far ahead of a replayed clock the services accept dates of things that happened (dates.future-tolerance). */
    static final String REPLAY_FUTURE_TOLERANCE = "P2Y";

    Optional<Duration> clockOffset() {
        return clockOffset;
    }

    /** {@code -PT110130H25M}: one sign in front, as people write it (Duration's own text signs every part). */
    static String iso(Duration duration) {
        return duration.isNegative() ? "-" + duration.negated() : duration.toString();
    }

    String tokenIssuerUri() {
        return "http://localhost:" + ports.tokenIssuer();
    }

    private ChildSpec kafka() {
        KafkaStorage storage = new KafkaStorage(layout.kafka());
        Path log = layout.log(KAFKA);
        Prelude formatOnce = () -> {
            storage.writeConfig(ports.kafka(), ports.kafkaController());
            storage.formatOnce((mainClass, args) -> java.main(SMALL_JVM, mainClass, args), log);
        };
        return new ChildSpec(KAFKA, Tier.INFRASTRUCTURE,
                java.main(KAFKA_JVM, KafkaBrokerMain.class.getName(), List.of(storage.config().toString())),
                log, List.of(new PortUse(ports.kafka(), ""), new PortUse(ports.kafkaController(), "controller")),
                Probe.tcp(ports.kafka()), formatOnce);
    }

    private ChildSpec store(Service service) {
        int port = ports.store(service);
        return new ChildSpec(service.storeName(), Tier.INFRASTRUCTURE,
                java.main(STORE_JVM, StoreServerMain.class.getName(), List.of(
                        "--port", String.valueOf(port), "--file", layout.storeFile(service).toString())),
                layout.log(service.storeName()), List.of(new PortUse(port, "")), Probe.tcp(port), Prelude.NONE);
    }

    private ChildSpec mail() {
        return new ChildSpec(MAIL, Tier.INFRASTRUCTURE,
                java.main(SMALL_JVM, MailServerMain.class.getName(), List.of(
                        "--smtp-port", String.valueOf(ports.smtp()), "--imap-port", String.valueOf(ports.imap()),
                        "--dir", layout.mail().toString())),
                layout.log(MAIL), List.of(new PortUse(ports.smtp(), "smtp"), new PortUse(ports.imap(), "imap")),
                () -> Probe.accepts(ports.smtp()) && Probe.accepts(ports.imap()), Prelude.NONE);
    }

    private ChildSpec tokenIssuer() {
        return new ChildSpec(TOKEN_ISSUER, Tier.INFRASTRUCTURE,
                java.main(SMALL_JVM, TokenIssuerMain.class.getName(), List.of(
                        "--port", String.valueOf(ports.tokenIssuer()), "--dir", layout.tokenIssuer().toString(),
                        "--issuer", tokenIssuerUri())),
                layout.log(TOKEN_ISSUER), List.of(new PortUse(ports.tokenIssuer(), "")),
                Probe.tcp(ports.tokenIssuer()), Prelude.NONE);
    }

    private ChildSpec service(Path root, Service service) {
        int port = ports.http(service);
        int management = ports.management(service);
        Path jar = serviceJar(root, service);
        Path log = layout.log(service.artifactId());
        List<String> command = java.jar(SERVICE_JVM, jar, serviceArguments(service));
        Prelude prelude = Prelude.NONE;
        if (classDataSharing) {
            ClassDataArchive archive = ClassDataArchive.of(jar);
            List<String> jvm = new ArrayList<>(SERVICE_JVM);
            jvm.addAll(archive.jvmOptions());
            command = java.jar(jvm, archive.extractedJar(), serviceArguments(service));
            prelude = () -> archive.prepare(java.javaBinary(), SERVICE_JVM, serviceArguments(service), log);
        }
        return new ChildSpec(service.artifactId(), Tier.SERVICE, command, log,
                List.of(new PortUse(port, ""), new PortUse(management, "management")),
                Probe.httpOk(URI.create("http://localhost:" + management + READINESS_PATH)), prelude);
    }
}
