package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Raises {@code grant.report-overdue} for every decided year whose performance report is past due. Safe to run on
 * every replica at once: the mark "raised on" and the event are saved in one write conditional on the version
 * the grant was read at, so of two replicas only one writes; the other reads the grant again, finds the mark,
 * and raises nothing.
 */
@Service
public class OverdueReportCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueReportCheck.class);

    private final GrantStore store;
    private final GrantChanges changes;
    private final Clock clock;

    public OverdueReportCheck(GrantStore store, GrantChanges changes, Clock clock) {
        this.store = store;
        this.changes = changes;
        this.clock = clock;
    }

    /** @return how many overdue reports this run raised */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int raised = 0;
        for (StoredGrant candidate : store.withAnyYearIn(List.of(GrantYearStatus.DECIDED, GrantYearStatus.CHANGED))) {
            String id = candidate.grant().id();
            Grant saved = changes.apply(() -> store.find(id).orElse(candidate),
                    grant -> !grant.raiseOverdueReports(today).isEmpty());
            int raisedNow = saved.newEvents().size();
            if (raisedNow > 0) {
                log.info("raised {} overdue report(s) of grant {}", raisedNow, id);
            }
            raised += raisedNow;
        }
        return raised;
    }
}
