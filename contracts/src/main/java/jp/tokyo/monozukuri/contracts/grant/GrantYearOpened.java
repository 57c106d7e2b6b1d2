package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.year-opened}: both the Tokyo Metropolitan Assembly and the municipality's assembly passed the
 * budget of the fiscal year (予算の議決), so the municipality may now file its 交付申請 for that year.
 *
 * @param openedOn the date the year opened: the later resolution's recording, or the grant's opening when the
 *                 resolutions were already there
 */
public record GrantYearOpened(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, LocalDate openedOn, LocalDate metropolitanResolutionDate,
        LocalDate municipalResolutionDate, LocalDate reportDueDate, SubsidyTerms terms) {
}
