package jp.tokyo.monozukuri.grant.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the checks that no request triggers, on every replica (each check is safe to run concurrently). */
@Component
public class GrantScheduler {

    private static final Logger log = LoggerFactory.getLogger(GrantScheduler.class);

    private final OverdueReportCheck overdueReports;
    private final BudgetResolutions budgets;

    public GrantScheduler(OverdueReportCheck overdueReports, BudgetResolutions budgets) {
        this.overdueReports = overdueReports;
        this.budgets = budgets;
    }

    @Scheduled(initialDelayString = "${grant.schedule.initial-delay}",
            fixedDelayString = "${grant.schedule.overdue-check-interval}")
    public void checkOverdueReports() {
        try {
            overdueReports.run();
        } catch (RuntimeException e) {
            log.warn("overdue report check failed, will run again: {}", e.toString());
        }
    }

    @Scheduled(initialDelayString = "${grant.schedule.initial-delay}",
            fixedDelayString = "${grant.schedule.budget-reconcile-interval}")
    public void openBudgetedYears() {
        try {
            budgets.openBudgetedYears();
        } catch (RuntimeException e) {
            log.warn("opening budgeted years failed, will run again: {}", e.toString());
        }
    }
}
