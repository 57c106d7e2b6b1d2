package jp.tokyo.monozukuri.plan.domain;

/** The municipality asked to withdraw the plan and approval-service has not answered yet: it cannot be changed. */
public class WithdrawalPendingException extends RuntimeException {

    public WithdrawalPendingException(String planId, Withdrawal pending) {
        super("plan " + planId + " has a withdrawal pending since " + pending.withdrawnAt()
                + "; it can be neither edited nor submitted until Tokyo accepts or refuses it");
    }
}
