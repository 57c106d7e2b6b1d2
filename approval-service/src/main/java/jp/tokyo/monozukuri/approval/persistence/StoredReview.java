package jp.tokyo.monozukuri.approval.persistence;

import jp.tokyo.monozukuri.approval.domain.Review;

/** A review as loaded, with the version an update of it must still find. */
public record StoredReview(Review review, long version) {
}
