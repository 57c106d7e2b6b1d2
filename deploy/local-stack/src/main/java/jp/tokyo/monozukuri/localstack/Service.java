package jp.tokyo.monozukuri.localstack;

/**
 * The four services, each with its own store (MongoDB wire port), its own HTTP port (the portals' API) and its own
 * management port (health and prometheus, never on the API's port).
 */
enum Service {
    PLAN("plan-service", 27017, 8081, 9081),
    APPROVAL("approval-service", 27018, 8082, 9082),
    GRANT("grant-service", 27019, 8083, 9083),
    NOTIFICATION("notification-service", 27020, 8084, 9084);

    private final String artifactId;
    private final int storePort;
    private final int httpPort;
    private final int managementPort;

    Service(String artifactId, int storePort, int httpPort, int managementPort) {
        this.artifactId = artifactId;
        this.storePort = storePort;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
    }

    /** Maven module, jar name, database name and process name at once. */
    String artifactId() {
        return artifactId;
    }

    int defaultStorePort() {
        return storePort;
    }

    int defaultHttpPort() {
        return httpPort;
    }

    /** As in the service's application.yml ({@code management.server.port}). */
    int defaultManagementPort() {
        return managementPort;
    }

    /** The store's process and log name, e.g. {@code plan-store}. */
    String storeName() {
        return artifactId.replace("-service", "-store");
    }
}
