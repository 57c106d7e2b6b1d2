package jp.tokyo.monozukuri.grant.domain;

import java.time.LocalDate;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;

/**
 * 予算の議決 — an assembly passed the program's budget for a fiscal year. The Metropolitan Assembly's resolution
 * covers every municipality; a municipal one only its own.
 *
 * @param municipalityCode the municipality whose assembly it was; null for the Metropolitan Assembly
 */
public record BudgetResolution(int fiscalYear, Assembly assembly, String municipalityCode, LocalDate resolutionDate,
        long budgetedAmountYen, String recordedBy) {

    public BudgetResolution {
        if (assembly == null) {
            throw new InvalidInputException("assembly", "is required");
        }
        if (assembly == Assembly.MUNICIPAL && !Municipalities.isTokyo(municipalityCode)) {
            throw new InvalidInputException("municipalityCode", "is not one of Tokyo's municipalities");
        }
        if (assembly == Assembly.METROPOLITAN && municipalityCode != null) {
            throw new InvalidInputException("municipalityCode", "must be empty for the Metropolitan Assembly");
        }
        FiscalYearWindow.of(fiscalYear).requireResolutionDate("resolutionDate", resolutionDate);
        if (budgetedAmountYen <= 0) {
            throw new InvalidInputException("budgetedAmountYen", "must be positive");
        }
    }

    /** The identity of a resolution: one per assembly and fiscal year. */
    public String key() {
        return keyOf(fiscalYear, assembly, municipalityCode);
    }

    /** {@code 2014/METROPOLITAN}, {@code 2014/MUNICIPAL/131091}. */
    public static String keyOf(int fiscalYear, Assembly assembly, String municipalityCode) {
        return assembly == Assembly.METROPOLITAN ? fiscalYear + "/METROPOLITAN"
                : fiscalYear + "/MUNICIPAL/" + municipalityCode;
    }
}
