package jp.tokyo.monozukuri.approval;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** approval-service: reviews of submitted plans, four-eyes decisions with document numbers, approval rounds. */
@SpringBootApplication
@EnableConfigurationProperties(ApprovalProperties.class)
public class ApprovalServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApprovalServiceApplication.class, args);
    }
}
