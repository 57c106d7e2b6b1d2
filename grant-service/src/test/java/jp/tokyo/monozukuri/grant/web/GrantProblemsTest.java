package jp.tokyo.monozukuri.grant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.tokyo.monozukuri.grant.domain.GrantRuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every rule of the grant domain has its problem type, so that none of them ever surfaces as a 500. */
class GrantProblemsTest {

    @Test
    void everyRuleViolationOfTheDomainIsMappedToAProblemType() {
        // given
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(GrantRuleViolation.class));

        // when
        List<String> rules = scanner.findCandidateComponents(GrantRuleViolation.class.getPackageName()).stream()
                .map(BeanDefinition::getBeanClassName).toList();

        // then
        assertThat(rules).hasSizeGreaterThan(10);
        assertThat(GrantProblems.KINDS.keySet()).extracting(Class::getName).containsExactlyInAnyOrderElementsOf(rules);
        assertThat(GrantProblems.KINDS.values()).extracting(GrantProblems.Kind::slug).doesNotHaveDuplicates();
    }
}
