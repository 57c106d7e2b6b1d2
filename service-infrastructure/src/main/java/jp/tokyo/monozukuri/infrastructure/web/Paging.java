package jp.tokyo.monozukuri.infrastructure.web;

import java.util.List;
import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import jp.tokyo.monozukuri.infrastructure.problem.FieldViolation;

/**
 * The one check every paged list makes before it queries: the items a page ends with ({@code (page + 1) × size})
 * must fit in an {@code int}, where the stores and Spring Data count offsets. Past that a page would wrap around to
 * page 0 (and a count to 2³²); such a page is a 400 naming {@code page}.
 */
public final class Paging {

    private Paging() {
    }

    /** @throws ApiProblem.InvalidInput naming {@code page} when the page lies beyond what can be counted */
    public static void requireCountable(int page, int size) {
        if (page < 0 || size < 1) {
            return; // @Min on the parameters answers these
        }
        if (((long) page + 1) * size > Integer.MAX_VALUE) {
            throw new ApiProblem.InvalidInput(List.of(new FieldViolation("page",
                    "must be at most " + maxPage(size) + " for a page size of " + size)));
        }
    }

    /** The last page that {@link #requireCountable} accepts for {@code size}. */
    public static int maxPage(int size) {
        return Integer.MAX_VALUE / size - 1;
    }
}
