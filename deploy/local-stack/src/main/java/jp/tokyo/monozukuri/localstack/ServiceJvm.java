package jp.tokyo.monozukuri.localstack;

import java.util.List;

/** The JVM options of a service in the local stack; the benchmark starts services by hand with the same. */
public final class ServiceJvm {

    /**
     * The services' logs carry Japanese (subjects, addressees): Java 17 would otherwise follow the locale. C1 only,
     * as for the infrastructure: measured side by side (docs/benchmarks.md), it makes a service ready 25–30 % sooner
     * on 2 cores, and the short, bursty load of a local stack never pays back the optimising compiler's CPU.
     * Kubernetes keeps the JVM's default (deploy/kubernetes).
     */
    public static final List<String> OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

    private ServiceJvm() {
    }
}
