package jp.tokyo.monozukuri.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One process of the stack: how to start it, where it logs, which ports it takes and how to tell it is
 * ready.
 *
 * @param prelude what must happen before the process starts (formatting Kafka's storage); may take seconds
 */
record ChildSpec(String name, Tier tier, List<String> command, Path log, List<PortUse> ports, Probe readiness,
        Prelude prelude) {

    /** Infrastructure starts first and stops last; services need it the whole time they run. */
    enum Tier { INFRASTRUCTURE, SERVICE }

    /** A port the process listens on; {@code label} says which protocol where there is more than one. */
    record PortUse(int port, String label) {

        @Override
        public String toString() {
            return label.isEmpty() ? String.valueOf(port) : port + " " + label;
        }
    }

    @FunctionalInterface
    interface Prelude {
        Prelude NONE = () -> { };

        void run() throws Exception;
    }

    ChildSpec {
        command = List.copyOf(command);
        ports = List.copyOf(ports);
    }

    String portsText() {
        return ports.stream().map(PortUse::toString).collect(Collectors.joining(", "));
    }
}
