package jp.tokyo.monozukuri.plan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Contact;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Measure;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Project;

/** Copies of a plan's content with one part changed, for tests that break one rule at a time. */
final class Edits {

    private Edits() {
    }

    static PlanContent title(PlanContent c, String title) {
        return new PlanContent(title, c.targetArea(), c.startFiscalYear(), c.endFiscalYear(), c.summary(),
                c.measures(), c.figures(), c.contact());
    }

    static PlanContent targetArea(PlanContent c, String targetArea) {
        return new PlanContent(c.title(), targetArea, c.startFiscalYear(), c.endFiscalYear(), c.summary(),
                c.measures(), c.figures(), c.contact());
    }

    static PlanContent period(PlanContent c, Integer start, Integer end) {
        return new PlanContent(c.title(), c.targetArea(), start, end, c.summary(), c.measures(), c.figures(),
                c.contact());
    }

    static PlanContent summary(PlanContent c, String summary) {
        return new PlanContent(c.title(), c.targetArea(), c.startFiscalYear(), c.endFiscalYear(), summary,
                c.measures(), c.figures(), c.contact());
    }

    static PlanContent measures(PlanContent c, List<Measure> measures) {
        return new PlanContent(c.title(), c.targetArea(), c.startFiscalYear(), c.endFiscalYear(), c.summary(),
                measures, c.figures(), c.contact());
    }

    static PlanContent figures(PlanContent c, List<String> figures) {
        return new PlanContent(c.title(), c.targetArea(), c.startFiscalYear(), c.endFiscalYear(), c.summary(),
                c.measures(), figures, c.contact());
    }

    static PlanContent contact(PlanContent c, Contact contact) {
        return new PlanContent(c.title(), c.targetArea(), c.startFiscalYear(), c.endFiscalYear(), c.summary(),
                c.measures(), c.figures(), contact);
    }

    static PlanContent email(PlanContent c, String email) {
        Contact k = c.contact();
        return contact(c, new Contact(k.department(), k.person(), email, k.phone()));
    }

    static PlanContent phone(PlanContent c, String phone) {
        Contact k = c.contact();
        return contact(c, new Contact(k.department(), k.person(), k.email(), phone));
    }

    /** Replaces project {@code p} of measure {@code m}. */
    static PlanContent project(PlanContent c, int m, int p, UnaryOperator<Project> change) {
        List<Measure> measures = new ArrayList<>(c.measures());
        Measure measure = measures.get(m);
        List<Project> projects = new ArrayList<>(measure.projects());
        projects.set(p, change.apply(projects.get(p)));
        measures.set(m, new Measure(measure.title(), projects));
        return measures(c, measures);
    }
}
