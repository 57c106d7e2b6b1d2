package jp.tokyo.monozukuri.benchmarks;

/**
 * The four services as the local stack runs them: process name, HTTP port, store port and management port (health,
 * prometheus) before the offset.
 */
enum ServiceName {
    PLAN("plan-service", 8081, 27017, 9081),
    APPROVAL("approval-service", 8082, 27018, 9082),
    GRANT("grant-service", 8083, 27019, 9083),
    NOTIFICATION("notification-service", 8084, 27020, 9084);

    private final String processName;
    private final int httpPort;
    private final int storePort;
    private final int managementPort;

    ServiceName(String processName, int httpPort, int storePort, int managementPort) {
        this.processName = processName;
        this.httpPort = httpPort;
        this.storePort = storePort;
        this.managementPort = managementPort;
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

    int defaultManagementPort() {
        return managementPort;
    }
}
