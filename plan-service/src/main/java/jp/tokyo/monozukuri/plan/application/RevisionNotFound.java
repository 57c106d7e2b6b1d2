package jp.tokyo.monozukuri.plan.application;

import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;

/** 404: the plan exists but was never submitted as this revision. */
public class RevisionNotFound extends ApiProblem.NotFound {

    public RevisionNotFound(String planId, int number) {
        super("revision", planId + "/" + number);
    }
}
