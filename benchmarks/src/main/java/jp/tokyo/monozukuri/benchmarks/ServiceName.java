package jp.tokyo.monozukuri.benchmarks;

/** The four services as the local stack runs them: process name, HTTP port and store port before the offset. */
enum ServiceName {
    PLAN("plan-service", 8081, 27017),
    APPROVAL("approval-service", 8082, 27018),
    GRANT("grant-service", 8083, 27019),
    NOTIFICATION("notification-service", 8084, 27020);

    private final String processName;
    private final int httpPort;
    private final int storePort;

    ServiceName(String processName, int httpPort, int storePort) {
        this.processName = processName;
        this.httpPort = httpPort;
        this.storePort = storePort;
    }

    String processName() {
        return processName;
    }

    /** The store's process name in the launcher's table, e.g. {@code plan-store}. */
    String storeName() {
        return processName.replace("-service", "-store");
    }

    int defaultHttpPort() {
        return httpPort;
    }

    int defaultStorePort() {
        return storePort;
    }
}
