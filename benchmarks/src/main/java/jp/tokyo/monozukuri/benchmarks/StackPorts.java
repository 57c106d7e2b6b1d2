package jp.tokyo.monozukuri.benchmarks;

/**
 * The local stack's ports (deploy/local-stack/README.md), every one shifted by the same offset so that the
 * benchmark's stack runs beside anybody else's.
 */
record StackPorts(int offset) {

    int kafka() {
        return 9092 + offset;
    }

    int smtp() {
        return 3025 + offset;
    }

    int tokenIssuer() {
        return 8090 + offset;
    }

    int http(ServiceName service) {
        return service.defaultHttpPort() + offset;
    }

    int store(ServiceName service) {
        return service.defaultStorePort() + offset;
    }

    String baseUri(ServiceName service) {
        return "http://localhost:" + http(service);
    }

    /** Health and prometheus: the management port, never the API's. */
    String managementUri(ServiceName service) {
        return "http://localhost:" + (service.defaultManagementPort() + offset);
    }
}
