package jp.tokyo.monozukuri.plan.application;

import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;

/** 403: a municipality writes only its own plans, and Tokyo staff write none. */
public class NotOwnMunicipality extends ApiProblem {

    /** @param municipalityCode the plan's municipality; null when the request named none */
    public NotOwnMunicipality(String municipalityCode) {
        super(403, "not-own-municipality", "Not your municipality", municipalityCode == null
                ? "only a municipality's own staff write plans, for their own municipality"
                : "only the staff of municipality " + municipalityCode + " may write its plans");
    }
}
