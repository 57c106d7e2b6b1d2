package jp.tokyo.monozukuri.plan.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.infrastructure.text.TextRules;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Contact;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Measure;
import jp.tokyo.monozukuri.plan.domain.PlanContent.PlannedCost;
import jp.tokyo.monozukuri.plan.domain.PlanContent.Project;

/**
 * The program's rules for what a plan may contain. Collects every violation instead of stopping at the first,
 * so that a municipality fixes its plan in one round trip.
 */
public final class PlanValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_TARGET_AREA = 200;
    static final int MAX_SUMMARY = 4_000;
    static final int MIN_MEASURES = 1;
    static final int MAX_MEASURES = 20;
    static final int MIN_PROJECTS = 1;
    static final int MAX_PROJECTS = 30;
    static final int MAX_PROJECT_NAME = 200;
    static final int MAX_PROJECT_DESCRIPTION = 2_000;
    static final int MAX_FIGURES = 20;
    static final int MAX_FIGURE_CAPTION = 200;
    static final int MAX_CONTACT_FIELD = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_REASON = 2_000;
    /** ¥1 trillion: far above any municipal project, low enough that sums of amounts never overflow. */
    static final long MAX_AMOUNT_YEN = 1_000_000_000_000L;

    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");
    /** Japanese numbers as written on official documents: 03-5320-4748, 0422-45-1151, 09012345678. */
    private static final Pattern PHONE = Pattern.compile("0\\d{1,4}-?\\d{1,4}-?\\d{3,4}");

    private final PlanProgram program;

    public PlanValidator(PlanProgram program) {
        this.program = program;
    }

    public PlanProgram program() {
        return program;
    }

    /** Throws {@link InvalidPlanException} naming every offending field of a new plan. */
    public void requireValidNewPlan(String municipalityCode, PlanContent content) {
        List<FieldViolation> violations = new ArrayList<>(municipalityViolations(municipalityCode));
        violations.addAll(contentViolations(content));
        throwIfAny(violations);
    }

    /** Throws {@link InvalidPlanException} naming every offending field of the content. */
    public void requireValid(PlanContent content) {
        throwIfAny(contentViolations(content));
    }

    /** The reason a municipality gives for withdrawing: optional, bounded. */
    public void requireValidReason(String reason) {
        List<FieldViolation> violations = new ArrayList<>();
        if (reason != null) {
            maxLength(violations, "reason", reason, MAX_REASON);
            noControlCharactersButLineBreaks(violations, "reason", reason);
        }
        throwIfAny(violations);
    }

    List<FieldViolation> municipalityViolations(String code) {
        if (code == null || code.isBlank()) {
            return List.of(new FieldViolation("municipalityCode", "is required"));
        }
        if (!code.matches("\\d{6}")) {
            return List.of(new FieldViolation("municipalityCode", "must be the six-digit 全国地方公共団体コード"));
        }
        if (!Municipalities.hasValidCheckDigit(code)) {
            return List.of(new FieldViolation("municipalityCode", "has a wrong check digit"));
        }
        if (!Municipalities.isTokyo(code)) {
            return List.of(new FieldViolation("municipalityCode", "is not one of Tokyo's municipalities"));
        }
        return List.of();
    }

    List<FieldViolation> contentViolations(PlanContent content) {
        List<FieldViolation> v = new ArrayList<>();
        if (content == null) {
            v.add(new FieldViolation("", "a plan is required"));
            return v;
        }
        singleLine(v, "title", content.title(), MAX_TITLE, true);
        singleLine(v, "targetArea", content.targetArea(), MAX_TARGET_AREA, false);
        boolean periodValid = checkPeriod(v, content.startFiscalYear(), content.endFiscalYear());
        multiLine(v, "summary", content.summary(), MAX_SUMMARY, true);
        checkMeasures(v, content.measures(), periodValid ? content : null);
        checkFigures(v, content.figures());
        checkContact(v, content.contact());
        return v;
    }

    private boolean checkPeriod(List<FieldViolation> v, Integer start, Integer end) {
        int before = v.size();
        if (start == null) {
            v.add(new FieldViolation("startFiscalYear", "is required"));
        } else if (start < program.firstFiscalYear()) {
            v.add(new FieldViolation("startFiscalYear",
                    "must be " + program.firstFiscalYear() + " or later: the program began in that fiscal year"));
        } else if (start > 9_999 - program.programLengthYears()) {
            v.add(new FieldViolation("startFiscalYear", "must be a four-digit year"));
        }
        if (end == null) {
            v.add(new FieldViolation("endFiscalYear", "is required"));
        } else if (start != null && end != start + program.programLengthYears() - 1) {
            v.add(new FieldViolation("endFiscalYear", "must be " + (start + program.programLengthYears() - 1)
                    + ": a plan period is exactly " + program.programLengthYears() + " fiscal years"));
        }
        return v.size() == before;
    }

    /** {@code periodOf} is null when the period itself is invalid: costs are then not checked against it. */
    private void checkMeasures(List<FieldViolation> v, List<Measure> measures, PlanContent periodOf) {
        if (measures == null) {
            v.add(new FieldViolation("measures", "are required"));
            return;
        }
        if (measures.size() < MIN_MEASURES || measures.size() > MAX_MEASURES) {
            v.add(new FieldViolation("measures",
                    "must number between " + MIN_MEASURES + " and " + MAX_MEASURES + ", were " + measures.size()));
        }
        for (int i = 0; i < measures.size(); i++) {
            String path = "measures[" + i + "]";
            Measure measure = measures.get(i);
            if (measure == null) {
                v.add(new FieldViolation(path, "is required"));
                continue;
            }
            singleLine(v, path + ".title", measure.title(), MAX_TITLE, true);
            checkProjects(v, path, measure.projects(), periodOf);
        }
    }

    private void checkProjects(List<FieldViolation> v, String measurePath, List<Project> projects,
            PlanContent periodOf) {
        String path = measurePath + ".projects";
        if (projects == null) {
            v.add(new FieldViolation(path, "are required"));
            return;
        }
        if (projects.size() < MIN_PROJECTS || projects.size() > MAX_PROJECTS) {
            v.add(new FieldViolation(path,
                    "must number between " + MIN_PROJECTS + " and " + MAX_PROJECTS + ", were " + projects.size()));
        }
        for (int j = 0; j < projects.size(); j++) {
            String projectPath = path + "[" + j + "]";
            Project project = projects.get(j);
            if (project == null) {
                v.add(new FieldViolation(projectPath, "is required"));
                continue;
            }
            singleLine(v, projectPath + ".name", project.name(), MAX_PROJECT_NAME, true);
            multiLine(v, projectPath + ".description", project.description(), MAX_PROJECT_DESCRIPTION, false);
            checkPlannedCosts(v, projectPath + ".plannedCosts", project.plannedCosts(), periodOf);
        }
    }

    private void checkPlannedCosts(List<FieldViolation> v, String path, List<PlannedCost> costs,
            PlanContent periodOf) {
        Set<Integer> years = new HashSet<>();
        for (int k = 0; k < costs.size(); k++) {
            String costPath = path + "[" + k + "]";
            PlannedCost cost = costs.get(k);
            if (cost == null) {
                v.add(new FieldViolation(costPath, "is required"));
                continue;
            }
            Integer year = cost.fiscalYear();
            if (year == null) {
                v.add(new FieldViolation(costPath + ".fiscalYear", "is required"));
            } else if (periodOf != null
                    && (year < periodOf.startFiscalYear() || year > periodOf.endFiscalYear())) {
                v.add(new FieldViolation(costPath + ".fiscalYear", "must lie within the plan period "
                        + periodOf.startFiscalYear() + "–" + periodOf.endFiscalYear()));
            } else if (!years.add(year)) {
                v.add(new FieldViolation(costPath + ".fiscalYear",
                        "already has a planned cost: one amount per fiscal year"));
            }
            Long amount = cost.amountYen();
            if (amount == null) {
                v.add(new FieldViolation(costPath + ".amountYen", "is required"));
            } else if (amount < 0) {
                v.add(new FieldViolation(costPath + ".amountYen", "must not be negative"));
            } else if (amount >= MAX_AMOUNT_YEN) {
                v.add(new FieldViolation(costPath + ".amountYen", "must be less than " + MAX_AMOUNT_YEN + " yen"));
            }
        }
    }

    private void checkFigures(List<FieldViolation> v, List<String> figures) {
        if (figures.size() > MAX_FIGURES) {
            v.add(new FieldViolation("figures", "must number at most " + MAX_FIGURES + ", were " + figures.size()));
        }
        for (int i = 0; i < figures.size(); i++) {
            // a caption may run over two lines, as the press release prints them
            multiLine(v, "figures[" + i + "]", figures.get(i), MAX_FIGURE_CAPTION, true);
        }
    }

    private void checkContact(List<FieldViolation> v, Contact contact) {
        if (contact == null) {
            v.add(new FieldViolation("contact", "is required"));
            return;
        }
        singleLine(v, "contact.department", contact.department(), MAX_CONTACT_FIELD, true);
        singleLine(v, "contact.person", contact.person(), MAX_CONTACT_FIELD, true);
        if (singleLine(v, "contact.email", contact.email(), MAX_EMAIL, true)
                && !EMAIL.matcher(contact.email()).matches()) {
            v.add(new FieldViolation("contact.email", "must be an e-mail address such as sangyo@city.example.jp"));
        }
        if (singleLine(v, "contact.phone", contact.phone(), MAX_CONTACT_FIELD, true)
                && !isPhoneNumber(contact.phone())) {
            v.add(new FieldViolation("contact.phone", "must be a Japanese phone number such as 03-5320-4748"));
        }
    }

    private static boolean isPhoneNumber(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && (digits == 10 || digits == 11);
    }

    /** True when present and well-formed so far, i.e. further format checks make sense. */
    private static boolean singleLine(List<FieldViolation> v, String field, String value, int max,
            boolean required) {
        if (!present(v, field, value, required)) {
            return false;
        }
        int before = v.size();
        maxLength(v, field, value, max);
        TextRules.singleLineViolation(value).ifPresent(message -> v.add(new FieldViolation(field, message)));
        return v.size() == before;
    }

    private static void multiLine(List<FieldViolation> v, String field, String value, int max, boolean required) {
        if (present(v, field, value, required)) {
            maxLength(v, field, value, max);
            noControlCharactersButLineBreaks(v, field, value);
            // every multi-line field of a plan is printed into the press release
            ReleaseSections.forgedLine(value).ifPresent(line -> v.add(new FieldViolation(field,
                    "has a line that would pass for a part of the press release: " + line)));
        }
    }

    private static boolean present(List<FieldViolation> v, String field, String value, boolean required) {
        if (value == null || TextRules.isBlank(value)) {
            if (required) {
                v.add(new FieldViolation(field, "is required"));
            } else if (value != null) {
                v.add(new FieldViolation(field, "must not be blank; leave it out instead"));
            }
            return false;
        }
        return true;
    }

    private static void maxLength(List<FieldViolation> v, String field, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            v.add(new FieldViolation(field, "must be at most " + max + " characters, was " + length));
        }
    }

    private static void noControlCharactersButLineBreaks(List<FieldViolation> v, String field, String value) {
        TextRules.multiLineViolation(value).ifPresent(message -> v.add(new FieldViolation(field, message)));
    }

    private static void throwIfAny(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidPlanException(violations);
        }
    }
}
