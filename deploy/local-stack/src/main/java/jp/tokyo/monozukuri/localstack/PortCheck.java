package jp.tokyo.monozukuri.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;

/** Finds a port of the stack that something else already holds, before anything is started. */
final class PortCheck {

    /** A port that is taken, and the process of the stack that wanted it. */
    record Conflict(int port, String wantedBy) {

        String message() {
            return "Port " + port + " is already in use (wanted by " + wantedBy + "): stop what listens there "
                    + "(another local stack?) or move every port with --ports-offset N.";
        }
    }

    private PortCheck() {
    }

    static Optional<Conflict> firstConflict(List<ChildSpec> specs) {
        for (ChildSpec spec : specs) {
            for (ChildSpec.PortUse use : spec.ports()) {
                if (!isFree(use.port())) {
                    return Optional.of(new Conflict(use.port(), spec.name()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Free when nothing accepts connections on loopback and a wildcard bind succeeds: between them they catch
     * a listener on any address, whatever the platform's rules for overlapping binds.
     */
    static boolean isFree(int port) {
        if (Probe.accepts(port)) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
