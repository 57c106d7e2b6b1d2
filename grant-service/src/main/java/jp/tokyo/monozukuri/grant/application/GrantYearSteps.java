package jp.tokyo.monozukuri.grant.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.tokyo.monozukuri.grant.domain.ChangeTerms;
import jp.tokyo.monozukuri.grant.domain.DecisionTerms;
import jp.tokyo.monozukuri.grant.domain.DocumentNumberIssuer;
import jp.tokyo.monozukuri.grant.domain.Grant;
import jp.tokyo.monozukuri.grant.domain.GrantApplication;
import jp.tokyo.monozukuri.grant.domain.PerformanceReport;
import jp.tokyo.monozukuri.grant.domain.Refund;
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
    private final DocumentNumberIssuer numbers;
    private final Clock clock;

    public GrantYearSteps(GrantQueries queries, GrantChanges changes, DocumentNumberIssuer numbers, Clock clock) {
        this.queries = queries;
        this.changes = changes;
        this.numbers = numbers;
        this.clock = clock;
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

    /** 実績報告の訂正 — Tokyo's administrators correct a report entered in error, before its amount is confirmed. */
    public Grant correctReport(String grantId, int fiscalYear, PerformanceReport corrected, String reason,
            Caller caller) {
        caller.requireAnyRole(Role.ADMIN);
        return changes.apply(() -> queries.visible(grantId, caller), grant -> {
            grant.correctReport(fiscalYear, corrected, reason, clock.instant());
            return true;
        });
    }

    /**
     * 交付決定, in two writes: the decision, every rule checked, is recorded as pending; then it takes its number and
     * is issued. A failure in between leaves it pending with the number it may have taken, to be completed by the
     * retry of the same request or by {@link PendingDocumentCompleter}: no number is ever burnt.
     */
    public Grant decide(String grantId, int fiscalYear, DecisionTerms terms, Caller caller) {
        byTokyo(grantId, caller, grant -> grant.prepareDecision(fiscalYear, terms, clock.instant()));
        return complete(grantId, fiscalYear, () -> queries.visible(grantId, caller));
    }

    /** 変更承認, in the two writes of {@link #decide}. */
    public Grant change(String grantId, int fiscalYear, ChangeTerms terms, Caller caller) {
        byTokyo(grantId, caller, grant -> grant.prepareChange(fiscalYear, terms, clock.instant()));
        return complete(grantId, fiscalYear, () -> queries.visible(grantId, caller));
    }

    /** 額の確定, in the two writes of {@link #decide}. */
    public Grant confirm(String grantId, int fiscalYear, LocalDate confirmationDate, Caller caller) {
        byTokyo(grantId, caller, grant -> grant.prepareConfirmation(fiscalYear, confirmationDate, caller.subject(),
                clock.instant()));
        return complete(grantId, fiscalYear, () -> queries.visible(grantId, caller));
    }

    /** Issues the document left pending in a year, if any (the service's own completion; no caller). */
    public Grant completePending(String grantId, int fiscalYear) {
        return complete(grantId, fiscalYear, () -> queries.stored(grantId));
    }

    private Grant complete(String grantId, int fiscalYear, Supplier<StoredGrant> load) {
        return changes.apply(load, grant -> grant.completePending(fiscalYear, numbers));
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
