package jp.tokyo.monozukuri.grant.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.tokyo.monozukuri.grant.domain.Correction;
import jp.tokyo.monozukuri.grant.domain.Assembly;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A budget resolution as stored. Its id is the resolution's identity (fiscal year, assembly, municipality), so
 * the store itself refuses a second resolution of the same assembly and year.
 */
@Document(BudgetResolutionDocument.COLLECTION)
public record BudgetResolutionDocument(@Id String id, int fiscalYear, Assembly assembly, String municipalityCode,
        LocalDate resolutionDate, long budgetedAmountYen, String recordedBy, Instant recordedAt, boolean withdrawn,
        List<Correction> corrections) {

    public BudgetResolutionDocument {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    public static final String COLLECTION = "budget_resolutions";
}
