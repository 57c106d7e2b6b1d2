package jp.tokyo.monozukuri.infrastructure.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The dates the program can plausibly carry: from the day it began (FY2012, {@code dates.program-start}) to today by
 * the service's clock for what already happened, or to {@code dates.years-ahead} after today for what is ahead.
 * {@code dates.future-tolerance} (default none) lets a replay of history on a clock set to its first day (the local
 * stack's {@code --clock 2014-03-13}) record the steps that follow it.
 */
public final class DateWindow {

    private final Clock clock;
    private final LocalDate programStart;
    private final Period futureTolerance;
    private final Period yearsAhead;

    public DateWindow(Clock clock, LocalDate programStart, Period futureTolerance, Period yearsAhead) {
        this.clock = clock;
        this.programStart = programStart;
        this.futureTolerance = futureTolerance;
        this.yearsAhead = yearsAhead;
    }

    public LocalDate programStart() {
        return programStart;
    }

    /** The last date a thing that already happened may carry: today, plus the configured tolerance. */
    public LocalDate latestHappened() {
        return LocalDate.now(clock).plus(futureTolerance);
    }

    /** The last date ahead (a due date, an announcement) that is still plausible. */
    public LocalDate latestAhead() {
        return latestHappened().plus(yearsAhead);
    }

    /** Why the date is implausible, or empty when it is plausible. */
    public Optional<String> violation(LocalDate date, boolean happened) {
        if (date == null) {
            return Optional.empty();
        }
        if (date.isBefore(programStart)) {
            return Optional.of("must not be before " + programStart + ", when the program began");
        }
        LocalDate latest = happened ? latestHappened() : latestAhead();
        if (date.isAfter(latest)) {
            return Optional.of(happened ? "must not be in the future (after " + latest + ")"
                    : "must not be after " + latest);
        }
        return Optional.empty();
    }
}
