package jp.tokyo.monozukuri.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plans the benchmark submits: the four real plans of the 2014-03-13 release as templates (their measures,
 * projects and summaries), handed in turn to Tokyo's 62 municipalities. A municipality may hold one plan per
 * fiscal year, so its k-th plan covers the k-th three-year period from the program's first year; every plan's
 * title carries the run's marker and its sequence number, which is how its mails are recognised. On a stack that
 * already holds plans, the periods start after the latest year any plan covers.
 */
final class PlanRequests {

    /** The program's first fiscal year (平成24年度): no plan may start before it. */
    static final int PROGRAM_FIRST_FISCAL_YEAR = 2012;
    static final int PERIOD_YEARS = 3;
    private static final String REFERENCE = "fixtures/reference/plans-2014-03-13.json";
    private static final int REFERENCE_START = 2014;

    private final List<JsonNode> templates;
    private final List<Municipality> municipalities = Municipalities.tokyo();
    private final String runMarker;
    private final int firstFiscalYear;

    PlanRequests(String runMarker, int firstFiscalYear) {
        this.runMarker = runMarker;
        this.firstFiscalYear = firstFiscalYear;
        try (InputStream in = PlanRequests.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException(REFERENCE + " is not on the class path (contracts)");
            }
            JsonNode all = Json.MAPPER.readTree(in);
            this.templates = java.util.stream.StreamSupport.stream(all.spliterator(), false).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The municipality of the plan with this sequence number. */
    Municipality municipalityOf(int sequence) {
        return municipalities.get(sequence % municipalities.size());
    }

    int startFiscalYearOf(int sequence) {
        return firstFiscalYear + PERIOD_YEARS * (sequence / municipalities.size());
    }

    /** The last year of the first period: every municipality's first plan of the run covers it. */
    int firstPeriodEnd() {
        return firstFiscalYear + PERIOD_YEARS - 1;
    }

    /** The title by which this plan's mails are found: unique per run and sequence. */
    String titleOf(int sequence) {
        return municipalityOf(sequence).name() + "ものづくり産業基盤強化計画(負荷試験 " + runMarker + " 第"
                + sequence + "号)";
    }

    /** The one address each municipality's notices go to during the run. */
    static String contactOf(String municipalityCode) {
        return "bench-" + municipalityCode + "@bench.example.jp";
    }

    /** The body of {@code POST /api/plans} for the plan with this sequence number. */
    String createRequest(int sequence) {
        Municipality municipality = municipalityOf(sequence);
        int shift = startFiscalYearOf(sequence) - REFERENCE_START;
        ObjectNode plan = (ObjectNode) templates.get(sequence % templates.size()).deepCopy();
        plan.put("municipalityCode", municipality.code());
        plan.put("title", titleOf(sequence));
        plan.putNull("targetArea");
        plan.put("startFiscalYear", REFERENCE_START + shift);
        plan.put("endFiscalYear", REFERENCE_START + shift + PERIOD_YEARS - 1);
        for (JsonNode measure : plan.get("measures")) {
            for (JsonNode project : measure.get("projects")) {
                for (JsonNode cost : project.get("plannedCosts")) {
                    ((ObjectNode) cost).put("fiscalYear", cost.get("fiscalYear").asInt() + shift);
                }
            }
        }
        ObjectNode contact = plan.putObject("contact");
        contact.put("department", "産業振興課(負荷試験)");
        contact.put("person", "負荷 試験");
        contact.put("email", contactOf(municipality.code()));
        contact.put("phone", "03-5320-4748");
        return Json.write(plan);
    }
}
