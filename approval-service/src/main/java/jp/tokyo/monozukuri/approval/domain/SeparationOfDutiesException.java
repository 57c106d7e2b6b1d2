package jp.tokyo.monozukuri.approval.domain;

/**
 * 職務の分離 — who may act on a review: never one of the plan's authors or its submitter; returns and
 * recommendations only by the assigned reviewer; the decision by neither the recommender nor the assigned reviewer.
 */
public class SeparationOfDutiesException extends RuntimeException {

    private final String reviewId;
    private final String person;
    private final String rule;

    private SeparationOfDutiesException(String reviewId, String person, String rule, String message) {
        super(message);
        this.reviewId = reviewId;
        this.person = person;
        this.rule = rule;
    }

    static SeparationOfDutiesException author(String reviewId, String person) {
        return new SeparationOfDutiesException(reviewId, person, "author",
                person + " wrote or submitted the plan of review " + reviewId + " and may not act on its review");
    }

    static SeparationOfDutiesException notTheAssignedReviewer(String reviewId, String person, String assigned) {
        return new SeparationOfDutiesException(reviewId, person, "assigned-reviewer",
                "review " + reviewId + " is assigned to " + (assigned == null ? "nobody" : assigned)
                        + "; only the assigned reviewer (or whom an ADMIN reassigns it to) may do this, not " + person);
    }

    static SeparationOfDutiesException assignedReviewerDecides(String reviewId, String person) {
        return new SeparationOfDutiesException(reviewId, person, "reviewer-decides",
                person + " is the assigned reviewer of review " + reviewId + " and may not also decide it");
    }

    public String reviewId() {
        return reviewId;
    }

    public String person() {
        return person;
    }

    /** {@code author}, {@code assigned-reviewer} or {@code reviewer-decides}. */
    public String rule() {
        return rule;
    }
}
