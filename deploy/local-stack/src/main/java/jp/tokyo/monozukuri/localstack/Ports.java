package jp.tokyo.monozukuri.localstack;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Every port of the stack: the well-known defaults, all shifted by one offset so that a second stack (a
 * test, say) can run beside the first.
 */
record Ports(int offset) {

    private static final int KAFKA = 9092;
    private static final int KAFKA_CONTROLLER = 9093;
    private static final int SMTP = 3025;
    private static final int IMAP = 3143;
    private static final int TOKEN_ISSUER = 8090;
    private static final int CONTROL = 8099;

    Ports {
        int lowest = allDefaults().min().orElseThrow() + offset;
        int highest = allDefaults().max().orElseThrow() + offset;
        if (lowest < 1 || highest > 65535) {
            throw new IllegalArgumentException("a ports offset of " + offset + " moves ports outside 1-65535");
        }
    }

    static IntStream allDefaults() {
        return IntStream.concat(IntStream.of(KAFKA, KAFKA_CONTROLLER, SMTP, IMAP, TOKEN_ISSUER, CONTROL),
                Arrays.stream(Service.values())
                        .flatMapToInt(s -> IntStream.of(s.defaultStorePort(), s.defaultHttpPort(),
                                s.defaultManagementPort())));
    }

    int kafka() {
        return KAFKA + offset;
    }

    int kafkaController() {
        return KAFKA_CONTROLLER + offset;
    }

    int smtp() {
        return SMTP + offset;
    }

    int imap() {
        return IMAP + offset;
    }

    int tokenIssuer() {
        return TOKEN_ISSUER + offset;
    }

    /** The launcher's own control port (loopback): which process runs, stop, kill and start one. */
    int control() {
        return CONTROL + offset;
    }

    int store(Service service) {
        return service.defaultStorePort() + offset;
    }

    int http(Service service) {
        return service.defaultHttpPort() + offset;
    }

    /** Health and prometheus of the service. */
    int management(Service service) {
        return service.defaultManagementPort() + offset;
    }
}
