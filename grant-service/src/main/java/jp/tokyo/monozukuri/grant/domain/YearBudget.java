package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;

/**
 * The budget resolutions (予算の議決) one grant year depends on: the Tokyo Metropolitan Assembly's and its
 * municipality's assembly's for that fiscal year. Either may still be missing.
 */
public record YearBudget(LocalDate metropolitanResolutionDate, LocalDate municipalResolutionDate) {

    public static final YearBudget NONE = new YearBudget(null, null);

    public boolean isComplete() {
        return metropolitanResolutionDate != null && municipalResolutionDate != null;
    }

    /** The day the later of the two resolutions passed. */
    public LocalDate completedOn() {
        if (!isComplete()) {
            throw new IllegalStateException("the budget of this year is not complete");
        }
        return metropolitanResolutionDate.isAfter(municipalResolutionDate) ? metropolitanResolutionDate
                : municipalResolutionDate;
    }
}
