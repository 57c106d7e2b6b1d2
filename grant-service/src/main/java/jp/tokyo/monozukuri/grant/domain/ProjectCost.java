package jp.tokyo.monozukuri.grant.domain;

/** The eligible cost of one project (事業) of the plan, as an application or a report breaks it down. */
public record ProjectCost(int measureNumber, String projectName, long eligibleCostYen) {

    public ProjectCost {
        if (measureNumber < 1) {
            throw new InvalidInputException("measureNumber", "must be 1 or more");
        }
        if (projectName == null || projectName.isBlank()) {
            throw new InvalidInputException("projectName", "is required");
        }
        if (eligibleCostYen < 0) {
            throw new InvalidInputException("eligibleCostYen", "cannot be negative");
        }
    }
}
