package jp.tokyo.monozukuri.plan.persistence;

import java.util.ArrayList;
import java.util.List;
import jp.tokyo.monozukuri.plan.domain.PlanStatus;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Filters of a plan list; each is optional.
 *
 * @param fiscalYear plans whose period contains this fiscal year
 */
public record PlanCriteria(String municipalityCode, PlanStatus status, Integer fiscalYear) {

    Query toQuery() {
        List<Criteria> all = new ArrayList<>();
        if (municipalityCode != null) {
            all.add(Criteria.where("municipalityCode").is(municipalityCode));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status.name()));
        }
        if (fiscalYear != null) {
            all.add(Criteria.where("content.startFiscalYear").lte(fiscalYear));
            all.add(Criteria.where("content.endFiscalYear").gte(fiscalYear));
        }
        return all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
    }
}
