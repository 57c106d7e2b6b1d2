package jp.tokyo.monozukuri.contracts.grant;

import java.time.LocalDate;

/**
 * {@code grant.year-suspended}: a budget resolution the year was opened on was withdrawn by Tokyo as entered in
 * error, so the year no longer accepts an application until both resolutions are recorded again.
 *
 * @param assembly     {@code METROPOLITAN} or {@code MUNICIPAL}: whose resolution was withdrawn
 * @param reason       why Tokyo corrected it
 * @param correctedBy  who corrected it
 */
public record GrantYearSuspended(String grantId, String planId, String municipalityCode, String municipalityName,
        String planTitle, int fiscalYear, LocalDate suspendedOn, String assembly, String reason,
        String correctedBy) {
}
