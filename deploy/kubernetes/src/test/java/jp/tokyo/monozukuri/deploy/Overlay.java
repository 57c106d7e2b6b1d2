package jp.tokyo.monozukuri.deploy;

/** The Kustomize overlays operators apply, each rendered and checked as a whole. */
enum Overlay {

    DEV("overlays/dev", "monozukuri-dev", false, false),
    /** Production as recommended: KEDA scales on consumer lag and backlog. */
    PROD("overlays/prod", "monozukuri", true, true),
    /** Production where KEDA is not installed: CPU-only HorizontalPodAutoscalers. */
    PROD_CPU("overlays/prod-cpu", "monozukuri", true, false);

    private final String directory;
    private final String namespace;
    private final boolean production;
    private final boolean keda;

    Overlay(String directory, String namespace, boolean production, boolean keda) {
        this.directory = directory;
        this.namespace = namespace;
        this.production = production;
        this.keda = keda;
    }

    String directory() {
        return directory;
    }

    String namespace() {
        return namespace;
    }

    boolean production() {
        return production;
    }

    boolean keda() {
        return keda;
    }
}
