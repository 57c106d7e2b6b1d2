package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tokyo.monozukuri.grant.domain.Assembly;
import jp.tokyo.monozukuri.grant.domain.BudgetInUseException;
import jp.tokyo.monozukuri.grant.domain.BudgetResolution;
import jp.tokyo.monozukuri.grant.domain.Correction;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.domain.YearBudget;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionDocument;
import jp.tokyo.monozukuri.grant.persistence.BudgetResolutionStore;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
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

    /** What a correction did: the resolution as corrected, and the grants whose year it suspended. */
    public record Corrected(RecordedResolution resolution, List<String> suspendedGrantIds) {
    }

    /** A resolution as Tokyo recorded it, with its corrections: what the API shows. */
    public record RecordedResolution(int fiscalYear, Assembly assembly, String municipalityCode,
            LocalDate resolutionDate, long budgetedAmountYen, String recordedBy, Instant recordedAt, boolean withdrawn,
            List<Correction> corrections) {

        static RecordedResolution of(BudgetResolutionDocument stored) {
            return new RecordedResolution(stored.fiscalYear(), stored.assembly(), stored.municipalityCode(),
                    stored.resolutionDate(), stored.budgetedAmountYen(), stored.recordedBy(), stored.recordedAt(),
                    stored.withdrawn(), stored.corrections());
        }
    }

    /**
     * 訂正 — Tokyo corrects a resolution entered in error: its date, its amount, or withdraws it (it never passed).
     * Every year that depends on it takes the corrected budget; an OPEN year that loses it goes back to SCHEDULED
     * (grant.year-suspended). Refused before anything is written when a year applied for would lose its budget.
     *
     * @param resolutionDate    the corrected date, null to keep it
     * @param budgetedAmountYen the corrected amount, null to keep it
     */
    public Corrected correct(int fiscalYear, Assembly assembly, String municipalityCode, LocalDate resolutionDate,
            Long budgetedAmountYen, boolean withdraw, String reason, String correctedBy) {
        String key = BudgetResolution.keyOf(fiscalYear, assembly, municipalityCode);
        BudgetResolutionDocument before = resolutions.find(key).filter(r -> !r.withdrawn())
                .orElseThrow(() -> new ApiProblem.NotFound("budget resolution", key));
        LocalDate date = resolutionDate != null ? resolutionDate : before.resolutionDate();
        long amount = budgetedAmountYen != null ? budgetedAmountYen : before.budgetedAmountYen();
        // the corrected resolution obeys every rule a new one does
        new BudgetResolution(fiscalYear, assembly, municipalityCode, date, amount, correctedBy);
        String scope = assembly == Assembly.MUNICIPAL ? municipalityCode : null;
        List<StoredGrant> concerned = grants.withFiscalYear(fiscalYear).stream()
                .filter(g -> scope == null || scope.equals(g.grant().municipalityCode())).toList();
        for (StoredGrant stored : concerned) {
            YearBudget corrected = correctedBudget(stored.grant().municipalityCode(), fiscalYear, assembly, date,
                    withdraw);
            if (stored.grant().refusesBudget(fiscalYear, corrected)) {
                throw new BudgetInUseException(stored.grant().id(), fiscalYear,
                        stored.grant().year(fiscalYear).status());
            }
        }
        Correction correction = new Correction(correctedBy, clock.instant(), reason,
                Map.of("resolutionDate", before.resolutionDate().toString(), "budgetedAmountYen",
                        before.budgetedAmountYen(), "withdrawn", false),
                Map.of("resolutionDate", date.toString(), "budgetedAmountYen", amount, "withdrawn", withdraw));
        if (!resolutions.correct(before, date, amount, withdraw, correction)) {
            throw new OptimisticLockingFailureException("budget resolution " + key + " was corrected meanwhile");
        }
        List<String> suspended = new ArrayList<>();
        for (StoredGrant stored : concerned) {
            String grantId = stored.grant().id();
            Grant changed = changes.apply(
                    () -> grants.find(grantId).orElseThrow(() -> new ApiProblem.NotFound("grant", grantId)),
                    grant -> grant.budgetCorrected(fiscalYear,
                            resolutions.budgetOf(fiscalYear, grant.municipalityCode()), assembly, reason,
                            correctedBy, LocalDate.now(clock)));
            if (changed.year(fiscalYear).status() == GrantYearStatus.SCHEDULED
                    && stored.grant().year(fiscalYear).status() == GrantYearStatus.OPEN) {
                suspended.add(grantId);
                log.info("fiscal year {} of grant {} is no longer open: budget resolution {} withdrawn by {}",
                        fiscalYear, grantId, key, correctedBy);
            }
        }
        return new Corrected(RecordedResolution.of(resolutions.find(key).orElseThrow()), suspended);
    }

    /** The budget a municipality's year would have after the correction. */
    private YearBudget correctedBudget(String municipalityCode, int fiscalYear, Assembly assembly, LocalDate date,
            boolean withdraw) {
        YearBudget now = resolutions.budgetOf(fiscalYear, municipalityCode);
        LocalDate corrected = withdraw ? null : date;
        return assembly == Assembly.METROPOLITAN ? new YearBudget(corrected, now.municipalResolutionDate())
                : new YearBudget(now.metropolitanResolutionDate(), corrected);
    }

    public List<RecordedResolution> ofFiscalYear(int fiscalYear, Optional<String> municipalityScope) {
        return resolutions.ofFiscalYear(fiscalYear, municipalityScope).stream().map(RecordedResolution::of).toList();
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
