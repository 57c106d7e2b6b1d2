package jp.tokyo.monozukuri.grant.web;

import java.util.List;

/** One page of a list, with what the portal needs to page on. */
record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    static <T> PageResponse<T> of(List<T> items, int page, int size, long totalItems) {
        return new PageResponse<>(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
