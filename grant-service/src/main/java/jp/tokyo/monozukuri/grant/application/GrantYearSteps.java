package jp.tokyo.monozukuri.grant.application;

import java.time.LocalDate;
import java.util.function.Predicate;
import jp.tokyo.monozukuri.grant.domain.ChangeTerms;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.PerformanceReport;
import jp.tokyo.monozukuri.grant.domain.Refund;
import jp.tokyo.monozukuri.grant.persistence.DocumentNumberRegister;
import jp.tokyo.monozukuri.grant.persistence.StoredGrant;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.security.Caller;
import jp.tokyo.monozukuri.infrastructure.security.Role;
import org.springframework.stereotype.Service;

/**
 * The steps of a grant year as people take them, with who may take which: the municipality files its application
 * and report for its own grants; Tokyo's approvers and admins decide, change, confirm, pay, record refunds and
 * close.
 */
@Service
public class GrantYearSteps {

    private final GrantQueries queries;
    private final GrantChanges changes;
    private final DocumentNumberRegister numbers;

    public GrantYearSteps(GrantQueries queries, GrantChanges changes, DocumentNumberRegister numbers) {
        this.queries = queries;
        this.changes = changes;
        this.numbers = numbers;
    }

    /** 交付申請 */
    public Grant fileApplication(String grantId, int fiscalYear, GrantApplication application, Caller caller) {
        return byMunicipality(grantId, caller, grant -> {
            grant.fileApplication(fiscalYear, application);
            return true;
        });
    }

    /** 実績報告 */
    public Grant report(String grantId, int fiscalYear, PerformanceReport report, Caller caller) {
        return byMunicipality(grantId, caller, grant -> {
            grant.report(fiscalYear, report);
            return true;
        });
    }

    /** 交付決定 */
    public Grant decide(String grantId, int fiscalYear, DecisionTerms terms, Caller caller) {
        return byTokyo(grantId, caller, grant -> {
            grant.decide(fiscalYear, terms, numbers);
            return true;
        });
    }

    /** 変更承認 */
    public Grant change(String grantId, int fiscalYear, ChangeTerms terms, Caller caller) {
        return byTokyo(grantId, caller, grant -> {
            grant.change(fiscalYear, terms, numbers);
            return true;
        });
    }

    /** 額の確定 */
    public Grant confirm(String grantId, int fiscalYear, LocalDate confirmationDate, Caller caller) {
        return byTokyo(grantId, caller, grant -> {
            grant.confirm(fiscalYear, confirmationDate, caller.subject(), numbers);
            return true;
        });
    }

    /**
     * 概算払 or 精算払, depending on whether the amount is confirmed.
     *
     * @param paymentId chosen by the caller of this method, so that a retry of the step records the same payment:
     *                  a payment whose id the year already holds is not made again
     */
    public Grant pay(String grantId, int fiscalYear, String paymentId, long amountYen, LocalDate paymentDate,
            Caller caller) {
        return byTokyo(grantId, caller, grant -> {
            if (grant.year(fiscalYear).hasPayment(paymentId)) {
                return false;
            }
            grant.pay(fiscalYear, paymentId, amountYen, paymentDate, caller.subject());
            return true;
        });
    }

    /** 返還 */
    public Grant recordRefund(String grantId, int fiscalYear, Refund refund, Caller caller) {
        return byTokyo(grantId, caller, grant -> {
            grant.recordRefund(fiscalYear, refund);
            return true;
        });
    }

    public Grant close(String grantId, int fiscalYear, Caller caller) {
        return byTokyo(grantId, caller, grant -> {
            grant.close(fiscalYear);
            return true;
        });
    }

    /** A step of the municipality: only its own staff, and another municipality's grant does not exist for them. */
    private Grant byMunicipality(String grantId, Caller caller, Predicate<Grant> step) {
        caller.requireAnyRole(Role.MUNICIPALITY);
        return changes.apply(() -> {
            StoredGrant stored = queries.visible(grantId, caller);
            if (!caller.actsFor(stored.grant().municipalityCode())) {
                throw new ApiProblem.NotFound("grant", grantId);
            }
            return stored;
        }, step);
    }

    private Grant byTokyo(String grantId, Caller caller, Predicate<Grant> step) {
        caller.requireAnyRole(Role.APPROVER, Role.ADMIN);
        return changes.apply(() -> queries.visible(grantId, caller), step);
    }
}
