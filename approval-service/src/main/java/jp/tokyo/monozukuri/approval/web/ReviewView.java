package jp.tokyo.monozukuri.approval.web;

/**
 * A review as one caller may see it: Tokyo staff see {@link ReviewDetails} (or {@link ReviewSummary} in lists),
 * a municipality sees {@link MunicipalityReviewView} of its own plans only.
 */
public sealed interface ReviewView permits ReviewDetails, ReviewSummary, MunicipalityReviewView {
}
