package jp.tokyo.monozukuri.plan.application;

import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;

/** 412: the caller edited an older version of the plan than the one stored (its If-Match is stale). */
public class StalePlanVersion extends ApiProblem {

    /** @param current the version the plan had when the request found it stale */
    public StalePlanVersion(String planId, long current) {
        super(412, "stale-version", "Stale version", "plan " + planId + " has changed (version " + current
                + " or later) since the version in If-Match; reload it, reapply your change and send its ETag");
    }
}
