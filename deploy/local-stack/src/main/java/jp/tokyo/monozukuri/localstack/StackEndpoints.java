package jp.tokyo.monozukuri.localstack;

import java.net.URI;

/**
 * Where a running local stack answers, for clients outside the launcher: the demo, and the end-to-end suite that
 * starts the launcher with {@code --ports-offset}. Every address is on loopback.
 */
public final class StackEndpoints {

    private final Ports ports;

    private StackEndpoints(Ports ports) {
        this.ports = ports;
    }

    /** @throws IllegalArgumentException for an offset that moves a port outside 1–65535 */
    public static StackEndpoints withPortsOffset(int offset) {
        return new StackEndpoints(new Ports(offset));
    }

    public int portsOffset() {
        return ports.offset();
    }

    public URI plan() {
        return http(Service.PLAN);
    }

    public URI approval() {
        return http(Service.APPROVAL);
    }

    public URI grant() {
        return http(Service.GRANT);
    }

    public URI notification() {
        return http(Service.NOTIFICATION);
    }

    /** Health and prometheus of plan-service: its management port, not the API's. */
    public URI planManagement() {
        return management(Service.PLAN);
    }

    public URI approvalManagement() {
        return management(Service.APPROVAL);
    }

    public URI grantManagement() {
        return management(Service.GRANT);
    }

    public URI notificationManagement() {
        return management(Service.NOTIFICATION);
    }

    /** {@code POST /token}, {@code GET /.well-known/jwks.json}. */
    public URI tokenIssuer() {
        return URI.create("http://localhost:" + ports.tokenIssuer());
    }

    /** The launcher's control port ({@code GET /processes}, {@code POST /processes/{name}/stop|kill|start}). */
    public URI control() {
        return URI.create("http://localhost:" + ports.control());
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + ports.kafka();
    }

    public int smtpPort() {
        return ports.smtp();
    }

    public int imapPort() {
        return ports.imap();
    }

    /** Every port the stack takes, the launcher's control port included: all must be free before it starts. */
    public int[] allPorts() {
        return Ports.allDefaults().map(port -> port + ports.offset()).toArray();
    }

    private URI http(Service service) {
        return URI.create("http://localhost:" + ports.http(service));
    }

    private URI management(Service service) {
        return URI.create("http://localhost:" + ports.management(service));
    }
}
