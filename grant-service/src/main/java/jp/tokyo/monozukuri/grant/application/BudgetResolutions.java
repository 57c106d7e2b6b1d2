package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.tokyo.monozukuri.grant.domain.Assembly;
import jp.tokyo.monozukuri.grant.domain.BudgetResolution;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionDocument;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionStore;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records budget resolutions (予算の議決) and opens every grant year whose two resolutions now both exist, in
 * whichever order they came.
 */
@Service
public class BudgetResolutions {

    private static final Logger log = LoggerFactory.getLogger(BudgetResolutions.class);

    private final BudgetResolutionStore resolutions;
    private final GrantStore grants;
    private final GrantChanges changes;
    private final Clock clock;

    public BudgetResolutions(BudgetResolutionStore resolutions, GrantStore grants, GrantChanges changes,
            Clock clock) {
        this.resolutions = resolutions;
        this.grants = grants;
        this.changes = changes;
        this.clock = clock;
    }

    /** What recording a resolution did: the grants whose year it opened. */
    public record Recorded(BudgetResolution resolution, List<String> openedGrantIds) {
    }

    public Recorded record(BudgetResolution resolution) {
        resolutions.insert(resolution, clock.instant());
        String scope = resolution.assembly() == Assembly.MUNICIPAL ? resolution.municipalityCode() : null;
        List<String> opened = new ArrayList<>();
        for (StoredGrant candidate : grants.withYear(resolution.fiscalYear(), GrantYearStatus.SCHEDULED, scope)) {
            if (openIfBudgeted(candidate.grant().id(), resolution.fiscalYear())) {
                opened.add(candidate.grant().id());
            }
        }
        return new Recorded(resolution, opened);
    }

    public List<BudgetResolutionDocument> ofFiscalYear(int fiscalYear, Optional<String> municipalityScope) {
        return resolutions.ofFiscalYear(fiscalYear, municipalityScope);
    }

    /**
     * Opens every scheduled year whose budget is complete. Recording a resolution does this for the grants it
     * concerns; this catches a year left behind, e.g. by a grant opened while a resolution was being recorded.
     *
     * @return how many years opened
     */
    public int openBudgetedYears() {
        int opened = 0;
        for (StoredGrant candidate : grants.withAnyYearIn(List.of(GrantYearStatus.SCHEDULED))) {
            for (GrantYear year : candidate.grant().years()) {
                if (year.status() == GrantYearStatus.SCHEDULED
                        && openIfBudgeted(candidate.grant().id(), year.fiscalYear())) {
                    opened++;
                }
            }
        }
        return opened;
    }

    private boolean openIfBudgeted(String grantId, int fiscalYear) {
        Grant grant = changes.apply(
                () -> grants.find(grantId).orElseThrow(() -> new ApiProblem.NotFound("grant", grantId)),
                loaded -> loaded.openYear(fiscalYear, resolutions.budgetOf(fiscalYear, loaded.municipalityCode()),
                        LocalDate.now(clock)));
        boolean opened = !grant.newEvents().isEmpty();
        if (opened) {
            log.info("fiscal year {} of grant {} is open for application", fiscalYear, grantId);
        }
        return opened;
    }
}
