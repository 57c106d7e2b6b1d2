package jp.tokyo.monozukuri.notification;

import jp.tokyo.monozukuri.contracts.plan.PlanRevision;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;

/** Variations of a real plan revision for tests: another title, municipality or period. */
public final class PlanRevisions {

    private PlanRevisions() {
    }

    public static PlanRevision retitled(PlanRevision p, String title) {
        return new PlanRevision(p.planId(), p.revision(), p.municipalityCode(), p.municipalityName(), title,
                p.targetArea(), p.startFiscalYear(), p.endFiscalYear(), p.summary(), p.measures(), p.figures(),
                p.contact(), p.submittedAt(), p.submittedBy());
    }

    /** The same plan, as 「<name>ものづくり産業基盤強化計画」 of another municipality. */
    public static PlanRevision ofMunicipality(PlanRevision p, String municipalityCode) {
        String name = Municipalities.byCode(municipalityCode).orElseThrow().name();
        return new PlanRevision("plan-" + municipalityCode, p.revision(), municipalityCode, name,
                name + "ものづくり産業基盤強化計画", p.targetArea(), p.startFiscalYear(), p.endFiscalYear(), p.summary(),
                p.measures(), p.figures(), p.contact(), p.submittedAt(), p.submittedBy());
    }

    public static PlanRevision startingIn(PlanRevision p, int startFiscalYear) {
        int years = p.endFiscalYear() - p.startFiscalYear();
        return new PlanRevision(p.planId(), p.revision(), p.municipalityCode(), p.municipalityName(), p.title(),
                p.targetArea(), startFiscalYear, startFiscalYear + years, p.summary(), p.measures(), p.figures(),
                p.contact(), p.submittedAt(), p.submittedBy());
    }
}
