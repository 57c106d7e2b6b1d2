package jp.tokyo.monozukuri.approval.persistence;

import jp.tokyo.monozukuri.approval.domain.ApprovalRound;

/** An approval round as loaded, with the version an update of it must still find. */
public record StoredRound(ApprovalRound round, long version) {
}
