package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher end to end: real infrastructure processes, fake service jars, SIGTERM to stop. */
class LocalStackTest {

    private static final Duration STARTUP = Duration.ofSeconds(150);
    private static final Pattern TABLE_ROW = Pattern.compile("^ {2}(\\S+) +.*? (\\d+) +(\\S+\\.log)$", Pattern.MULTILINE);

    @TempDir
    Path workingDir;

    @Test
    void aPortInUseIsReportedInOneLineNamingThePortAndWhatWantedIt() throws Exception {
        // given the token issuer's port is taken
        Ports ports = StackFixture.freePorts();
        try (ServerSocket taken = new ServerSocket(ports.tokenIssuer(), 50, InetAddress.getLoopbackAddress());
                LauncherRun launcher = LauncherRun.start(workingDir, List.of(
                        "--only-infra", "--data", "stack", "--ports-offset", String.valueOf(ports.offset())))) {

            // when the launcher starts, then it exits with 1 and one line, without starting anything
            assertThat(launcher.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            List<String> lines = launcher.output().lines().filter(line -> !line.isBlank()).toList();
            assertThat(lines).hasSize(1);
            assertThat(lines.get(0)).contains("Port " + ports.tokenIssuer(), "token-issuer").doesNotContain("Exception");
            assertThat(workingDir.resolve("stack").resolve("logs")).doesNotExist();
        }
    }

    @Test
    void aServiceThatIsNotBuiltIsNamedWithTheCommandThatBuildsIt() throws Exception {
        // given a repository where grant-service was not packaged
        FakeRepository repository = FakeRepository.create(workingDir.resolve("repo"));
        repository.removeJar(Service.GRANT);

        try (LauncherRun launcher = LauncherRun.start(workingDir, List.of("--repo", repository.root().toString(),
                "--data", "stack", "--ports-offset", String.valueOf(StackFixture.freePorts().offset())))) {

            // then the launcher refuses to start and says what to build and how
            assertThat(launcher.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(launcher.output())
                    .contains("grant-service is not built: " + StackPlan.serviceJar(repository.root(), Service.GRANT))
                    .contains("./mvnw -q -B -DskipTests package")
                    .doesNotContain("plan-service is not built");
        }
    }

    @Test
    void theWholeStackStartsReportsWhereEverythingRunsReportsADeathAndStopsCleanlyOnSigterm() throws Exception {
        // given a repository of built services
        FakeRepository repository = FakeRepository.create(workingDir.resolve("repo"));
        Ports ports = StackFixture.freePorts();
        int o = ports.offset();

        // (fake services cannot be extracted or trained for class data sharing: ClassDataArchiveTest covers that)
        try (LauncherRun launcher = LauncherRun.start(workingDir, List.of("--repo", repository.root().toString(),
                "--data", "stack", "--ports-offset", String.valueOf(o), "--no-cds"))) {

            // when it has started everything
            launcher.awaitOutput("Local stack ready in", STARTUP);

            // then its table names every process with a live pid and its log under the data folder
            Map<String, Long> pids = pidsByName(launcher.output());
            assertThat(pids.keySet()).containsExactly("kafka", "plan-store", "approval-store", "grant-store",
                    "notification-store", "mail", "token-issuer",
                    "plan-service", "approval-service", "grant-service", "notification-service");
            assertThat(pids.values()).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isPresent());
            assertThat(workingDir.resolve("stack/logs/kafka.log")).isRegularFile();
            // and every port answers
            assertThat(List.of(9092, 9093, 27017, 27018, 27019, 27020, 3025, 3143, 8090, 8081, 8082, 8083, 8084,
                    9081, 9082, 9083, 9084))
                    .allSatisfy(port -> assertThat(Probe.accepts(port + o)).as("port %d", port + o).isTrue());
            // and a service got exactly the arguments that point it at its own store and the shared infrastructure
            assertThat(Files.readAllLines(repository.target(Service.PLAN).resolve(FakeService.ARGUMENTS_FILE),
                    StandardCharsets.UTF_8)).containsExactly(
                    "--server.port=" + (8081 + o),
                    "--management.server.port=" + (9081 + o),
                    "--spring.mongodb.uri=mongodb://localhost:" + (27017 + o) + "/plan-service",
                    "--server.address=127.0.0.1",
                    "--management.server.address=127.0.0.1",
                    "--spring.cloud.stream.kafka.binder.brokers=localhost:" + (9092 + o),
                    "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:" + (8090 + o)
                            + "/.well-known/jwks.json",
                    "--security.jwt.issuer=http://localhost:" + (8090 + o),
                    "--security.jwt.audience=monozukuri-grants",
                    "--spring.mail.host=localhost",
                    "--spring.mail.port=" + (3025 + o),
                    "--spring.profiles.active=local");
            assertThat(Files.readAllLines(repository.target(Service.NOTIFICATION).resolve(FakeService.ARGUMENTS_FILE),
                    StandardCharsets.UTF_8)).contains("--server.port=" + (8084 + o),
                    "--spring.mongodb.uri=mongodb://localhost:" + (27020 + o) + "/notification-service");
            // and it shows how to get a token and call an API
            assertThat(launcher.output()).contains("curl -s -X POST http://localhost:" + (8090 + o) + "/token",
                    "Authorization: Bearer $TOKEN");

            // when a service dies while the stack runs
            long notificationPid = pids.get("notification-service");
            ProcessHandle.of(notificationPid).ifPresent(ProcessHandle::destroyForcibly);

            // then the launcher says so and keeps the rest running
            launcher.awaitOutput("notification-service (pid " + notificationPid + ") exited with code 137 while running",
                    Duration.ofSeconds(30));
            assertThat(ProcessHandle.of(pids.get("plan-service"))).isPresent();

            // when it is started again through the control port
            HttpResponse<String> started = control(ports, "POST", "/processes/notification-service/start");

            // then it runs again under a new pid, which the list shows
            assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
            long restartedPid = Long.parseLong(started.body().replaceAll(".*\"pid\":(\\d+).*", "$1"));
            assertThat(restartedPid).isNotEqualTo(notificationPid);
            assertThat(ProcessHandle.of(restartedPid)).isPresent();
            assertThat(control(ports, "GET", "/processes").body()).contains("\"pid\":" + restartedPid);
            assertThat(control(ports, "POST", "/processes/notification-service/start").statusCode()).isEqualTo(409);

            // when grant-service is killed through the control port
            HttpResponse<String> killed = control(ports, "POST", "/processes/grant-service/kill");

            // then it is gone with SIGKILL's exit code, and the launcher does not report it as a surprise
            assertThat(killed.body()).contains("\"exitCode\":137");
            assertThat(ProcessHandle.of(pids.get("grant-service")).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(launcher.output()).contains("%-22s killed on request".formatted("grant-service"))
                    .doesNotContain("grant-service (pid " + pids.get("grant-service") + ") exited");
            assertThat(control(ports, "POST", "/processes/no-such-service/stop").statusCode()).isEqualTo(404);
            pids.put("notification-service", restartedPid);

            // when it receives SIGTERM
            launcher.sigterm();

            // then it stops every process, the services while the broker is still up, and exits with 0
            assertThat(launcher.awaitExit(Duration.ofSeconds(90))).isEqualTo(0);
            assertThat(launcher.output()).contains("Stopped 11 processes");
            assertThat(pids.values()).allSatisfy(pid ->
                    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("pid %d", pid).isFalse());
            assertThat(repository.target(Service.PLAN).resolve(FakeService.SHUTDOWN_FILE)).content()
                    .isEqualTo("broker reachable: true");
        }
    }

    @Test
    void aProcessThatDiesWhileTheStackStartsStopsEverythingAndShowsItsLog() throws Exception {
        // given grant-service's store file cannot be opened (a directory stands where the file should be)
        Files.createDirectories(workingDir.resolve("stack/mongo/grant-service.mv"));
        Ports ports = StackFixture.freePorts();

        try (LauncherRun launcher = LauncherRun.start(workingDir, List.of(
                "--only-infra", "--data", "stack", "--ports-offset", String.valueOf(ports.offset())))) {

            // then the launcher names it, shows the end of its log, stops the rest and exits with 1
            assertThat(launcher.awaitExit(STARTUP)).isEqualTo(1);
            assertThat(launcher.output()).contains("grant-store (pid", "exited with code", "Last lines of",
                    "grant-service.mv", "Stopping everything.");
            assertThat(launcher.infrastructureLeft()).isEmpty();
            assertThat(List.of(ports.kafka(), ports.store(Service.PLAN), ports.smtp(), ports.tokenIssuer()))
                    .allSatisfy(port -> assertThat(PortCheck.isFree(port)).as("port %d", port).isTrue());
        }
    }

    private static HttpResponse<String> control(Ports ports, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.control() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(60)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Long> pidsByName(String output) {
        Map<String, Long> pids = new LinkedHashMap<>();
        Matcher row = TABLE_ROW.matcher(output);
        while (row.find()) {
            pids.put(row.group(1), Long.parseLong(row.group(2)));
        }
        return pids;
    }
}
