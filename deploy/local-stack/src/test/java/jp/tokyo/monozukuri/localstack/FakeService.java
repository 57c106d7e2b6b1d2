package jp.tokyo.monozukuri.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Stands in for a service jar in launcher tests, where four real Boot services would cost minutes. Next to its
 * jar it writes the arguments it got and, when stopped, whether the broker was still there; it answers the
 * readiness probe, or fails at start when a {@code fail-on-start} file lies next to its jar.
 * Self-contained (no lambdas, no nested classes): it is packed into a jar alone.
 */
public final class FakeService implements HttpHandler, Runnable {

    static final String ARGUMENTS_FILE = "arguments.txt";
    static final String SHUTDOWN_FILE = "shutdown.txt";
    static final String FAIL_MARKER = "fail-on-start";
    private static final String PORT = "--server.port=";
    private static final String MANAGEMENT_PORT = "--management.server.port=";
    private static final String BROKERS = "--spring.cloud.stream.kafka.binder.brokers=localhost:";

    private final Path target;
    private final int brokerPort;

    private FakeService(Path target, int brokerPort) {
        this.target = target;
        this.brokerPort = brokerPort;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(FakeService.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Files.write(target.resolve(ARGUMENTS_FILE), List.of(args), StandardCharsets.UTF_8);
        if (Files.exists(target.resolve(FAIL_MARKER))) {
            System.out.println("APPLICATION FAILED TO START: simulated for the launcher test");
            System.exit(3);
        }
        FakeService service = new FakeService(target, Integer.parseInt(valueOf(args, BROKERS)));
        Runtime.getRuntime().addShutdownHook(new Thread(service));
        HttpServer api = HttpServer.create(new InetSocketAddress(Integer.parseInt(valueOf(args, PORT))), 0);
        api.start();
        HttpServer management = HttpServer.create(
                new InetSocketAddress(Integer.parseInt(valueOf(args, MANAGEMENT_PORT))), 0);
        management.createContext("/actuator/health/readiness", service);
        management.start();
    }

    private static String valueOf(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("no " + prefix + " among the arguments");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** On SIGTERM: a real service still flushes to the broker now, so the broker must still be up. */
    @Override
    public void run() {
        boolean brokerReachable;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), brokerPort), 1000);
            brokerReachable = true;
        } catch (IOException e) {
            brokerReachable = false;
        }
        try {
            Files.writeString(target.resolve(SHUTDOWN_FILE), "broker reachable: " + brokerReachable);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
