package jp.tokyo.monozukuri.deploy;

import java.nio.file.Path;

/** Where the tests find the repository, set by Surefire (pom.xml) and falling back to the module directory. */
final class RepositoryPaths {

    private RepositoryPaths() {
    }

    static Path kustomizeRoot() {
        return Path.of(System.getProperty("kustomize.root", "")).toAbsolutePath().normalize();
    }

    static Path repositoryRoot() {
        String configured = System.getProperty("repository.root");
        return (configured != null ? Path.of(configured) : kustomizeRoot().resolve("../..")).toAbsolutePath().normalize();
    }
}
