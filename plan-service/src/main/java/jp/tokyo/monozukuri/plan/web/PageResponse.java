package jp.tokyo.monozukuri.plan.web;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page 0-based
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
}
