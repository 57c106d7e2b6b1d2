package jp.tokyo.monozukuri.plan.domain;

import static jp.tokyo.monozukuri.plan.domain.PlanStatus.APPROVED;
import static jp.tokyo.monozukuri.plan.domain.PlanStatus.DRAFT;
import static jp.tokyo.monozukuri.plan.domain.PlanStatus.REJECTED;
import static jp.tokyo.monozukuri.plan.domain.PlanStatus.RETURNED;
import static jp.tokyo.monozukuri.plan.domain.PlanStatus.SUBMITTED;
import static jp.tokyo.monozukuri.plan.domain.PlanStatus.UNDER_REVIEW;
import static jp.tokyo.monozukuri.plan.domain.PlanStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanStatusTest {

    /** The life of a plan as DESIGN.md §2 draws it, written out once more by hand. */
    private static final Map<PlanStatus, Set<PlanStatus>> EXPECTED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN),
            SUBMITTED, EnumSet.of(UNDER_REVIEW, RETURNED, APPROVED, REJECTED, WITHDRAWN),
            UNDER_REVIEW, EnumSet.of(RETURNED, APPROVED, REJECTED, WITHDRAWN),
            RETURNED, EnumSet.of(SUBMITTED, WITHDRAWN),
            APPROVED, EnumSet.noneOf(PlanStatus.class),
            REJECTED, EnumSet.noneOf(PlanStatus.class),
            WITHDRAWN, EnumSet.noneOf(PlanStatus.class));

    @Test
    void everyStatusMovesExactlyAlongTheDesignedTransitions() {
        for (PlanStatus from : PlanStatus.values()) {
            Set<PlanStatus> allowed = Arrays.stream(PlanStatus.values()).filter(from::canBecome)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlanStatus.class)));
            assertThat(allowed).as("from %s", from).isEqualTo(EXPECTED.get(from));
        }
    }

    @Test
    void decisionsAndWithdrawalAreFinal() {
        assertThat(EnumSet.of(APPROVED, REJECTED, WITHDRAWN))
                .allSatisfy(s -> assertThat(EXPECTED.get(s)).isEmpty())
                .allSatisfy(s -> assertThat(Arrays.stream(PlanStatus.values()).noneMatch(s::canBecome)).isTrue());
    }

    @Test
    void onlyTheMunicipalitysWorkingStatesAreEditable() {
        assertThat(EnumSet.allOf(PlanStatus.class)).filteredOn(PlanStatus::isEditable)
                .containsExactlyInAnyOrder(DRAFT, RETURNED);
    }

    @Test
    void submittedUnderReviewAndApprovedPlansOccupyTheirPeriod() {
        assertThat(EnumSet.allOf(PlanStatus.class)).filteredOn(PlanStatus::occupiesPeriod)
                .containsExactlyInAnyOrder(SUBMITTED, UNDER_REVIEW, APPROVED);
    }

    @Test
    void aRevisionGoesThroughSubmissionReviewAndDecisionInThatOrder() {
        assertThat(SUBMITTED.stage()).isLessThan(UNDER_REVIEW.stage());
        assertThat(UNDER_REVIEW.stage()).isLessThan(RETURNED.stage());
        assertThat(RETURNED.stage()).isEqualTo(APPROVED.stage()).isEqualTo(REJECTED.stage());
        assertThat(WITHDRAWN.stage()).isGreaterThan(APPROVED.stage());
    }
}
