package jp.tokyo.monozukuri.grant.persistence;

import io.micrometer.core.instrument.Tags;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.infrastructure.metrics.StoreGauge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The grant years and the money operators watch, sampled from the store on a schedule (service-infrastructure's
 * StoreGauges). The amounts come from the aggregate's own arithmetic (the amount in force after changes, payments
 * net of refunds), so the metric and the budget execution table never disagree.
 */
@Configuration(proxyBeanMethods = false)
class GrantMetrics {

    /** {@code grant.years{status}}: how many grant years are in each status, every status answered. */
    @Bean
    StoreGauge grantYearsByStatus(GrantStore store) {
        return new StoreGauge("grant.years", "助成 fiscal years by status", null, () -> {
            Map<GrantYearStatus, Long> counts = new EnumMap<>(GrantYearStatus.class);
            for (GrantYearStatus status : GrantYearStatus.values()) {
                counts.put(status, 0L);
            }
            years(store).forEach(year -> counts.merge(year.status(), 1L, Long::sum));
            Map<Tags, Number> byStatus = new LinkedHashMap<>();
            counts.forEach((status, count) -> byStatus.put(Tags.of("status", status.name()), count));
            return byStatus;
        });
    }

    /**
     * {@code grant.amount{stage, fiscalYear}} in yen: per fiscal year, the amounts decided (交付決定, after changes),
     * confirmed (額の確定) and paid (支払, net of refunds).
     */
    @Bean
    StoreGauge grantAmounts(GrantStore store) {
        return new StoreGauge("grant.amount", "助成 amounts per fiscal year: decided, confirmed, paid net of refunds",
                "yen", () -> {
                    Map<Integer, long[]> byYear = new TreeMap<>();
                    for (GrantYear year : years(store)) {
                        long[] sums = byYear.computeIfAbsent(year.fiscalYear(), fy -> new long[3]);
                        sums[0] += year.decidedAmountYen();
                        sums[1] += year.confirmedAmountYen();
                        sums[2] += year.paidYen() - year.refundedYen();
                    }
                    Map<Tags, Number> amounts = new LinkedHashMap<>();
                    byYear.forEach((fiscalYear, sums) -> {
                        amounts.put(Tags.of("stage", "decided", "fiscalYear", fiscalYear.toString()), sums[0]);
                        amounts.put(Tags.of("stage", "confirmed", "fiscalYear", fiscalYear.toString()), sums[1]);
                        amounts.put(Tags.of("stage", "paid", "fiscalYear", fiscalYear.toString()), sums[2]);
                    });
                    return amounts;
                });
    }

    private static List<GrantYear> years(GrantStore store) {
        return store.withAnyYearIn(EnumSet.allOf(GrantYearStatus.class)).stream()
                .flatMap(stored -> stored.grant().years().stream())
                .toList();
    }
}
