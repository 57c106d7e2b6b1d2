package jp.tokyo.monozukuri.benchmarks;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one run measured, gathered for the report. */
final class Results {

    /** One service's start and memory. */
    record ServiceFigures(String name, long pid, double readySeconds, String bootSays, double rssIdleMiB,
            double rssAfterMiB, double peakRssMiB, double heapUsedMiB, double heapCommittedMiB, double nonHeapMiB,
            int threads) {
    }

    /** One phase of plans through the pipeline. */
    record PipelinePhase(String name, int plans, double targetRate, Pipeline.Result result,
            Distribution approvalToMail, Distribution endToEnd, Distribution submitToReceipt, LoadSampler.Load load) {
    }

    /** A process's CPU seconds over the saturated run. */
    record CpuUse(String process, double seconds) {
    }

    /** Per plan and notice: how many mails arrived (exactly 1 is right). */
    record NoticeCount(int plans, int expected, int received, int lost, int doubled, int unmatched, long apiSent,
            long apiPending, long apiFailed) {
    }

    String label;
    String runMarker;
    ZonedDateTime date;
    String commit;
    Machine machine;
    Options options;
    String stackMode;
    double stackStartSeconds;
    LoadSampler.Load startLoad;
    final List<ServiceFigures> services = new ArrayList<>();
    /** The primitives measured before the pipeline runs and again after it; the bound uses their mean. */
    final List<KafkaRoundTrips.Result> kafkaRuns = new ArrayList<>();
    final List<StoreUpdates.Result> storeRuns = new ArrayList<>();
    final List<SmtpSends.Result> smtpRuns = new ArrayList<>();
    final List<LoadSampler.Load> primitivesLoads = new ArrayList<>();

    double kafkaPerSecond() {
        return kafkaRuns.stream().mapToDouble(KafkaRoundTrips.Result::perSecond).average().orElse(Double.NaN);
    }

    double storeUpdatesPerSecond() {
        return storeRuns.stream().mapToDouble(StoreUpdates.Result::updatesPerSecond).average().orElse(Double.NaN);
    }

    double storeReadsPerSecond() {
        return storeRuns.stream().mapToDouble(StoreUpdates.Result::readsPerSecond).average().orElse(Double.NaN);
    }

    double smtpPerSecond() {
        return smtpRuns.stream().mapToDouble(SmtpSends.Result::perSecond).average().orElse(Double.NaN);
    }

    boolean hasPrimitives() {
        return !kafkaRuns.isEmpty() && !storeRuns.isEmpty() && !smtpRuns.isEmpty();
    }
    PipelinePhase saturated;
    PipelinePhase paced;
    WorkPerPlan work;
    final List<CpuUse> cpu = new ArrayList<>();
    double harnessCpuSeconds;
    NoticeCount notices;
    final List<ApiLoad.Result> api = new ArrayList<>();
    LoadSampler.Load apiLoad;
    String apiPlansNote;
    final Map<String, JfrProfile.Summary> profiles = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();
}
