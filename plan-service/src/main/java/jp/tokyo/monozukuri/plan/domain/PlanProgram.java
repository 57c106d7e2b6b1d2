package jp.tokyo.monozukuri.plan.domain;

/**
 * The parameters of ものづくり産業集積強化支援事業 that shape a plan.
 *
 * @param programLengthYears the plan period in fiscal years (the program subsidizes three)
 * @param firstFiscalYear    the program started in FY2012 (平成24年度); no plan starts earlier
 */
public record PlanProgram(int programLengthYears, int firstFiscalYear) {

    public static final PlanProgram DEFAULT = new PlanProgram(3, 2012);

    public PlanProgram {
        if (programLengthYears < 1) {
            throw new IllegalArgumentException("programLengthYears must be at least 1, was " + programLengthYears);
        }
    }
}
