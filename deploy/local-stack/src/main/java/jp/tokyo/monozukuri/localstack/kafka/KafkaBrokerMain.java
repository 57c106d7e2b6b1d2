package jp.tokyo.monozukuri.localstack.kafka;

import jp.tokyo.monozukuri.localstack.child.LauncherChild;

/**
 * {@code kafka.Kafka server.properties}, the broker's own entry point, after attaching to the launcher
 * like every other infrastructure process.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        LauncherChild.attachToLauncher();
        kafka.Kafka.main(args);
    }
}
