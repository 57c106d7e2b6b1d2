package jp.tokyo.monozukuri.grant.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.tokyo.monozukuri.contracts.reference.JapaneseCalendar;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantYear;
import jp.tokyo.monozukuri.grant.domain.GrantYearStatus;
import jp.tokyo.monozukuri.grant.persistence.GrantStore;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import org.springframework.stereotype.Service;

/** Reading grants, within what the caller may see. */
@Service
public class GrantQueries {

    private final GrantStore store;

    public GrantQueries(GrantStore store) {
        this.store = store;
    }

    /** The grant, or 404 — also when it belongs to another municipality than the caller's. */
    public StoredGrant visible(String grantId, Caller caller) {
        StoredGrant stored = store.find(grantId).orElseThrow(() -> new ApiProblem.NotFound("grant", grantId));
        caller.requireVisible(stored.grant().municipalityCode(), () -> new ApiProblem.NotFound("grant", grantId));
        return stored;
    }

    /** The grant whoever asks: for the service's own jobs. */
    public StoredGrant stored(String grantId) {
        return store.find(grantId).orElseThrow(() -> new ApiProblem.NotFound("grant", grantId));
    }

    /** The grant, or 404 — also when it belongs to another municipality than the caller's. */
    public Grant grant(String grantId, Caller caller) {
        return visible(grantId, caller).grant();
    }

    /** A page of grants; a municipality's staff see their own whatever they ask for. */
    public GrantPage page(String municipalityCode, Integer fiscalYear, GrantYearStatus status, int page,
            int size, Caller caller) {
        String scope = caller.listScope(municipalityCode).orElse(null);
        GrantStore.GrantPage found = store.page(scope, fiscalYear, status, page, size);
        return new GrantPage(found.items().stream().map(StoredGrant::grant).toList(), found.total());
    }

    /** One page of grants and how many there are in all. */
    public record GrantPage(List<Grant> grants, long total) {
    }

    /** One municipality's line of the budget execution table (予算執行状況). */
    public record ExecutionLine(String municipalityCode, String municipalityName, int grants, long decidedYen,
            long confirmedYen, long paidYen, long refundDueYen, long outstandingYen) {

        static ExecutionLine of(Grant grant, GrantYear year) {
            return new ExecutionLine(grant.municipalityCode(), grant.plan().municipalityName(), 1,
                    year.decidedAmountYen(), year.confirmedAmountYen(), year.paidYen() - year.refundedYen(),
                    year.refundOutstandingYen(), year.outstandingYen());
        }

        ExecutionLine plus(ExecutionLine other, String code, String name) {
            return new ExecutionLine(code, name, grants + other.grants, decidedYen + other.decidedYen,
                    confirmedYen + other.confirmedYen, paidYen + other.paidYen, refundDueYen + other.refundDueYen,
                    outstandingYen + other.outstandingYen);
        }
    }

    /**
     * @param paidYen        paid net of refunds
     * @param outstandingYen still to be paid: up to the confirmed amount, or the decided one while unconfirmed
     */
    public record BudgetExecution(int fiscalYear, String fiscalYearLabel, List<ExecutionLine> municipalities,
            ExecutionLine total) {
    }

    /** Per municipality, what was decided, confirmed, paid and is still outstanding in a fiscal year. */
    public BudgetExecution summary(int fiscalYear, Caller caller) {
        caller.requireAnyRole(Role.REVIEWER, Role.APPROVER, Role.ADMIN);
        Map<String, ExecutionLine> byMunicipality = new LinkedHashMap<>();
        ExecutionLine total = new ExecutionLine(null, "合計", 0, 0, 0, 0, 0, 0);
        for (StoredGrant stored : store.withFiscalYear(fiscalYear)) {
            Grant grant = stored.grant();
            ExecutionLine line = ExecutionLine.of(grant, grant.year(fiscalYear));
            byMunicipality.merge(grant.municipalityCode(), line,
                    (sum, next) -> sum.plus(next, sum.municipalityCode(), sum.municipalityName()));
            total = total.plus(line, null, "合計");
        }
        return new BudgetExecution(fiscalYear, JapaneseCalendar.formatFiscalYear(fiscalYear),
                List.copyOf(byMunicipality.values()), total);
    }
}
