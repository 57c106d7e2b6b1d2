package jp.tokyo.monozukuri.localstack;

/** The four services, each with its own store (MongoDB wire port) and its own HTTP port. */
enum Service {
    PLAN("plan-service", 27017, 8081),
    APPROVAL("approval-service", 27018, 8082),
    GRANT("grant-service", 27019, 8083),
    NOTIFICATION("notification-service", 27020, 8084);

    private final String artifactId;
    private final int storePort;
    private final int httpPort;

    Service(String artifactId, int storePort, int httpPort) {
        this.artifactId = artifactId;
        this.storePort = storePort;
        this.httpPort = httpPort;
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

    /** The store's process and log name, e.g. {@code plan-store}. */
    String storeName() {
        return artifactId.replace("-service", "-store");
    }
}
