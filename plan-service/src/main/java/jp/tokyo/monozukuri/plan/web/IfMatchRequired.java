package jp.tokyo.monozukuri.plan.web;

import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;

/** 428: an edit must say which version of the plan it changes, so that nobody overwrites a change unseen. */
class IfMatchRequired extends ApiProblem {

    IfMatchRequired(String planId) {
        super(428, "if-match-required", "If-Match required", "send the ETag of plan " + planId
                + " you are changing in If-Match; GET the plan to obtain it");
    }
}
