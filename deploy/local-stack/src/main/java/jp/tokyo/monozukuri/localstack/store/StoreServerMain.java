package jp.tokyo.monozukuri.localstack.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.tokyo.monozukuri.localstack.child.LauncherChild;
import jp.tokyo.monozukuri.localstack.child.NamedArgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service's MongoDB-wire store: mongo-java-server with the H2 MVStore backend in one file, on loopback.
 * Usage: {@code StoreServerMain --port 27017 --file DIR/mongo/plan-service.mv}.
 */
public final class StoreServerMain {

    private static final Logger log = LoggerFactory.getLogger(StoreServerMain.class);

    private StoreServerMain() {
    }

    public static void main(String[] args) throws IOException {
        NamedArgs arguments = NamedArgs.parse(args);
        int port = arguments.port("port");
        Path file = arguments.path("file");
        LauncherChild.attachToLauncher();

        Files.createDirectories(file.getParent());
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        // MVStore commits in the background about once a second; a write younger than that exists only in
        // memory until close() commits it, so every orderly exit must pass through shutdown().
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            log.info("store {} closed", file);
        }, "store-shutdown"));
        server.bind(InetAddress.getLoopbackAddress().getHostAddress(), port);
        log.info("store {} listening on {}", file, server.getLocalAddress());
    }
}
