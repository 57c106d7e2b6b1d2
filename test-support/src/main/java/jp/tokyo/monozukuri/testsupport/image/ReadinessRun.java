package jp.tokyo.monozukuri.testsupport.image;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.tokyo.monozukuri.testsupport.TestInfrastructure;
import jp.tokyo.monozukuri.testsupport.TestTokens;

/**
 * One run of a service process against the tests' broker and store ({@link TestInfrastructure}): started, waited for
 * until its readiness probe answers 200, sent a few authenticated requests, stopped with SIGTERM and waited for. The
 * AOT cache's training and the image's check both run a service this way.
 */
final class ReadinessRun {

    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private ReadinessRun() {
    }

    /** The service's arguments: its own ports, the tests' broker and store, the tests' token key. */
    static List<String> arguments(String service, int httpPort, int managementPort) {
        TestInfrastructure.Endpoints infrastructure = TestInfrastructure.endpoints();
        return List.of("--server.port=" + httpPort, "--management.server.port=" + managementPort,
                "--spring.mongodb.uri=" + infrastructure.mongoUri() + "/" + service,
                "--spring.cloud.stream.kafka.binder.brokers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.cloud.stream.kafka.binder.replication-factor=1",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation());
    }

    /**
     * Runs {@code command} (a java command line) with the service's arguments until ready, then stops it.
     *
     * @return the time from start to readiness
     */
    static Duration run(List<String> command, Map<String, String> environment, String service, Path log)
            throws IOException, InterruptedException {
        int httpPort = freePort();
        int managementPort = freePort();
        List<String> full = new ArrayList<>(command);
        full.addAll(arguments(service, httpPort, managementPort));
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        try {
            URI readiness = URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
            while (status(readiness, null) != 200) {
                if (!process.isAlive()) {
                    throw new IOException(service + " exited with " + process.exitValue() + " before it was ready; see "
                            + log);
                }
                if (System.nanoTime() - start > LIMIT.toNanos()) {
                    throw new IOException(service + " not ready within " + LIMIT.toMinutes() + " min; see " + log);
                }
                Thread.sleep(100);
            }
            Duration ready = Duration.ofNanos(System.nanoTime() - start);
            // the first requests' classes (security filters, token decoding, problem rendering) belong in a cache too
            for (int i = 0; i < 3; i++) {
                status(URI.create("http://localhost:" + httpPort + "/api/aot-training"), TestTokens.reviewer("aot"));
            }
            process.destroy();
            if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException(service + " did not stop within " + LIMIT.toMinutes() + " min; see " + log);
            }
            return ready;
        } finally {
            process.destroyForcibly();
        }
    }

    private static int status(URI uri, String authorization) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
