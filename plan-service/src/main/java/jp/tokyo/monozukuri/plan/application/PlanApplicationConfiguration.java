package jp.tokyo.monozukuri.plan.application;

import jp.tokyo.monozukuri.plan.domain.PlanValidator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PlanProgramProperties.class)
class PlanApplicationConfiguration {

    @Bean
    PlanValidator planValidator(PlanProgramProperties properties) {
        return new PlanValidator(properties.toProgram());
    }
}
