package jp.tokyo.monozukuri.plan.application;

import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;

/** 404: no such plan, or one the caller may not even know exists (another municipality's). */
public class PlanNotFound extends ApiProblem.NotFound {

    public PlanNotFound(String id) {
        super("plan", id);
    }
}
