package jp.tokyo.monozukuri.deploy;

/** The Kustomize overlays operators apply, each rendered and checked as a whole. */
enum Overlay {

    DEV("overlays/dev", "monozukuri-dev", false),
    PROD("overlays/prod", "monozukuri", true),
    PROD_KEDA("overlays/prod-keda", "monozukuri", true);

    private final String directory;
    private final String namespace;
    private final boolean production;

    Overlay(String directory, String namespace, boolean production) {
        this.directory = directory;
        this.namespace = namespace;
        this.production = production;
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
}
