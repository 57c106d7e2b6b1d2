package jp.tokyo.monozukuri.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;

/**
 * 地域産業基盤強化計画 — a municipality's regional industrial base strengthening plan, from its first draft to
 * Tokyo's decision. The aggregate of plan-service: every change of a plan goes through one of its methods.
 */
public final class Plan {

    private final String id;
    private final Municipality municipality;
    private PlanContent content;
    private PlanStatus status;
    private final List<SubmittedRevision> revisions;
    private final List<StatusChange> history;
    private final Set<UUID> appliedEventIds;
    private ReturnNotice lastReturn;
    private Decision decision;
    private Withdrawal pendingWithdrawal;
    private WithdrawalRefusal withdrawalRefusal;
    private final Instant createdAt;
    private final String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private final Long version;

    private Plan(PlanState state) {
        this.id = Objects.requireNonNull(state.id(), "id");
        this.municipality = Municipalities.byCode(state.municipalityCode()).orElseThrow(
                () -> new IllegalStateException("plan " + state.id() + " belongs to unknown municipality "
                        + state.municipalityCode()));
        this.content = state.content();
        this.status = Objects.requireNonNull(state.status(), "status");
        this.revisions = new ArrayList<>(state.revisions());
        this.history = new ArrayList<>(state.history());
        this.appliedEventIds = new LinkedHashSet<>(state.appliedEventIds());
        this.lastReturn = state.lastReturn();
        this.decision = state.decision();
        this.pendingWithdrawal = state.pendingWithdrawal();
        this.withdrawalRefusal = state.withdrawalRefusal();
        this.createdAt = state.createdAt();
        this.createdBy = state.createdBy();
        this.updatedAt = state.updatedAt();
        this.updatedBy = state.updatedBy();
        this.version = state.version();
    }

    /** A new plan in DRAFT, checked against the program's rules. */
    public static Plan draft(String id, String municipalityCode, PlanContent content, PlanValidator validator,
            String by, Instant at) {
        validator.requireValidNewPlan(municipalityCode, content);
        StatusChange created = new StatusChange(null, PlanStatus.DRAFT, 0, by, at, null);
        return new Plan(new PlanState(id, municipalityCode, content, PlanStatus.DRAFT, List.of(), List.of(created),
                List.of(), null, null, at, by, at, by, null, null, null));
    }

    public static Plan restore(PlanState state) {
        return new Plan(state);
    }

    /** Replaces what the plan says; only while the municipality holds the pen (DRAFT or RETURNED). */
    public void revise(PlanContent newContent, PlanValidator validator, String by, Instant at) {
        requireEditable();
        requireNoWithdrawalPending();
        validator.requireValid(newContent);
        this.content = newContent;
        touch(by, at);
    }

    /**
     * 提出 — freezes the current content as revision n+1 and hands it to Tokyo. The content is checked again,
     * because the program's rules may have changed since it was last edited.
     */
    public SubmittedRevision submit(PlanValidator validator, String by, Instant at) {
        if (!status.isEditable()) {
            throw new IllegalPlanTransitionException(id, status, PlanStatus.SUBMITTED);
        }
        requireNoWithdrawalPending();
        validator.requireValid(content);
        SubmittedRevision frozen = new SubmittedRevision(latestRevision() + 1, content, at, by);
        revisions.add(frozen);
        moveTo(PlanStatus.SUBMITTED, frozen.number(), by, at, null);
        touch(by, at);
        return frozen;
    }

    /**
     * 取下げ — the municipality takes the plan back before Tokyo decides. A draft that was never submitted concerns
     * nobody else and is WITHDRAWN at once. A submitted plan may be being decided right now, and only
     * approval-service, which decides, can tell: the withdrawal becomes a request (the plan keeps its status, and
     * its fiscal years, until approval-service accepts or refuses it). Asking again while a request is pending
     * changes nothing.
     *
     * @return the request to send to approval-service; empty for a draft withdrawn at once or a request already
     *         pending
     * @throws WithdrawalTooLateException when the plan is already decided
     */
    public Optional<Withdrawal> withdraw(String reason, PlanValidator validator, String by, Instant at) {
        if (status == PlanStatus.APPROVED || status == PlanStatus.REJECTED) {
            throw new WithdrawalTooLateException(id, status, decision);
        }
        if (!status.canBecome(PlanStatus.WITHDRAWN)) {
            throw new IllegalPlanTransitionException(id, status, PlanStatus.WITHDRAWN);
        }
        validator.requireValidReason(reason);
        if (latestRevision() == 0) {
            moveTo(PlanStatus.WITHDRAWN, 0, by, at, reason);
            touch(by, at);
            return Optional.empty();
        }
        if (pendingWithdrawal != null) {
            return Optional.empty();
        }
        pendingWithdrawal = new Withdrawal(latestRevision(), reason, by, at);
        touch(by, at);
        return Optional.of(pendingWithdrawal);
    }

    /**
     * Applies what approval-service decided about a revision, at most once per event and never backwards: an
     * event about an older revision, or one the plan has already moved past, changes nothing.
     *
     * @throws UnknownRevisionException when the event names a revision this plan never submitted
     */
    public ApprovalEventOutcome apply(ApprovalEvent event) {
        if (appliedEventIds.contains(event.eventId())) {
            return ApprovalEventOutcome.DUPLICATE;
        }
        if (event.revision() < 1 || event.revision() > latestRevision()) {
            throw new UnknownRevisionException(id, event.revision(), latestRevision());
        }
        if (event.revision() < latestRevision()) {
            return ApprovalEventOutcome.OLDER_REVISION;
        }
        if (event instanceof ApprovalEvent.WithdrawalRefused refused) {
            // the decision stands (it reaches the plan by its own event, before or after this one)
            pendingWithdrawal = null;
            withdrawalRefusal = new WithdrawalRefusal(refused.revision(), refused.refusal(), refused.documentNumber(),
                    refused.occurredAt());
            appliedEventIds.add(event.eventId());
            return ApprovalEventOutcome.APPLIED;
        }
        if (event.target().stage() <= status.stage()) {
            return ApprovalEventOutcome.SUPERSEDED;
        }
        if (event instanceof ApprovalEvent.ReviewStarted started) {
            moveTo(PlanStatus.UNDER_REVIEW, started.revision(), started.reviewer(), started.occurredAt(), null);
        } else if (event instanceof ApprovalEvent.Returned returned) {
            moveTo(PlanStatus.RETURNED, returned.revision(), returned.returnedBy(), returned.occurredAt(),
                    String.join("\n", returned.reasons()));
            lastReturn = new ReturnNotice(returned.revision(), returned.reasons(), returned.returnedBy(),
                    returned.occurredAt());
        } else if (event instanceof ApprovalEvent.Approved approved) {
            moveTo(PlanStatus.APPROVED, approved.revision(), approved.approvedBy(), approved.occurredAt(), null);
            decision = new Decision(true, approved.revision(), approved.documentNumber(), approved.decisionDate(),
                    List.of(), approved.approvedBy());
        } else if (event instanceof ApprovalEvent.WithdrawalAccepted accepted) {
            Withdrawal asked = pendingWithdrawal;
            moveTo(PlanStatus.WITHDRAWN, accepted.revision(), asked == null ? accepted.requestedBy() : asked.withdrawnBy(),
                    accepted.occurredAt(), asked == null ? accepted.reason() : asked.reason());
            pendingWithdrawal = null;
        } else if (event instanceof ApprovalEvent.Rejected rejected) {
            moveTo(PlanStatus.REJECTED, rejected.revision(), rejected.rejectedBy(), rejected.occurredAt(),
                    String.join("\n", rejected.reasons()));
            decision = new Decision(false, rejected.revision(), rejected.documentNumber(), rejected.decisionDate(),
                    rejected.reasons(), rejected.rejectedBy());
        }
        appliedEventIds.add(event.eventId());
        return ApprovalEventOutcome.APPLIED;
    }

    /**
     * The fiscal years this plan occupies for its municipality: its whole period while SUBMITTED, UNDER_REVIEW
     * or APPROVED, none otherwise. The store keeps these unique per municipality, which is what makes the
     * overlap rule hold under concurrent submissions.
     */
    public List<Integer> occupiedFiscalYears() {
        if (!status.occupiesPeriod()) {
            return List.of();
        }
        return IntStream.rangeClosed(content.startFiscalYear(), content.endFiscalYear()).boxed().toList();
    }

    private void requireNoWithdrawalPending() {
        if (pendingWithdrawal != null) {
            throw new WithdrawalPendingException(id, pendingWithdrawal);
        }
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new PlanNotEditableException(id, status);
        }
    }

    /** The one place a plan changes status. */
    private void moveTo(PlanStatus next, int revision, String by, Instant at, String reason) {
        if (!status.canBecome(next)) {
            throw new IllegalPlanTransitionException(id, status, next);
        }
        history.add(new StatusChange(status, next, revision, by, at, reason));
        status = next;
    }

    private void touch(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public PlanState state() {
        return new PlanState(id, municipality.code(), content, status, revisions, history,
                List.copyOf(appliedEventIds), lastReturn, decision, createdAt, createdBy, updatedAt, updatedBy,
                version, pendingWithdrawal, withdrawalRefusal);
    }

    public String id() {
        return id;
    }

    public Municipality municipality() {
        return municipality;
    }

    public PlanContent content() {
        return content;
    }

    public PlanStatus status() {
        return status;
    }

    /** The number of the latest submitted revision; 0 while the plan was never submitted. */
    public int latestRevision() {
        return revisions.size();
    }

    public List<SubmittedRevision> revisions() {
        return List.copyOf(revisions);
    }

    public Optional<SubmittedRevision> revision(int number) {
        return number >= 1 && number <= revisions.size() ? Optional.of(revisions.get(number - 1))
                : Optional.empty();
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Optional<ReturnNotice> lastReturn() {
        return Optional.ofNullable(lastReturn);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    /** The withdrawal asked of approval-service, while it has neither accepted nor refused it. */
    public Optional<Withdrawal> pendingWithdrawal() {
        return Optional.ofNullable(pendingWithdrawal);
    }

    /** The last withdrawal approval-service refused because its decision came first. */
    public Optional<WithdrawalRefusal> withdrawalRefusal() {
        return Optional.ofNullable(withdrawalRefusal);
    }

    /**
     * Who wrote this plan as far as plan-service knows: its creator, its last editor and every submitter. Carried
     * in {@code plan.submitted}, so that none of them can act on its review.
     */
    public List<String> authors() {
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        authors.add(createdBy);
        revisions.forEach(r -> authors.add(r.submittedBy()));
        authors.add(updatedBy);
        authors.remove(null);
        return List.copyOf(authors);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Optional<Long> version() {
        return Optional.ofNullable(version);
    }
}
