package jp.tokyo.monozukuri.infrastructure.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.tokyo.monozukuri.infrastructure.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aPageWhoseLastItemAnIntCountsIsAccepted() {
        assertThatCode(() -> Paging.requireCountable(Paging.maxPage(100), 100)).doesNotThrowAnyException();
        assertThatCode(() -> Paging.requireCountable(0, 100)).doesNotThrowAnyException();
        assertThatCode(() -> Paging.requireCountable(Integer.MAX_VALUE - 1, 1)).doesNotThrowAnyException();
    }

    @Test
    void aPageBeyondIsRefusedNamingPage() {
        assertThatThrownBy(() -> Paging.requireCountable(Paging.maxPage(100) + 1, 100))
                .isInstanceOf(ApiProblem.InvalidInput.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ApiProblem) e).violations())
                        .anyMatch(v -> v.field().equals("page")));
        assertThatThrownBy(() -> Paging.requireCountable(Integer.MAX_VALUE, 2)).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Paging.requireCountable(42_949_673, 50)).isInstanceOf(ApiProblem.class);
    }
}
