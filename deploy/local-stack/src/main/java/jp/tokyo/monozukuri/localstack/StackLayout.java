package jp.tokyo.monozukuri.localstack;

import java.nio.file.Path;

/** Where everything lives under the data folder; all of it survives a restart. */
record StackLayout(Path dataDir) {

    StackLayout {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    Path log(String processName) {
        return dataDir.resolve("logs").resolve(processName + ".log");
    }

    Path kafka() {
        return dataDir.resolve("kafka");
    }

    Path storeFile(Service service) {
        return dataDir.resolve("mongo").resolve(service.artifactId() + ".mv");
    }

    Path mail() {
        return dataDir.resolve("mail");
    }

    Path tokenIssuer() {
        return dataDir.resolve("token-issuer");
    }

    /** Held while a launcher uses this folder: two stacks on one folder would corrupt the stores. */
    Path lockFile() {
        return dataDir.resolve("local-stack.lock");
    }
}
