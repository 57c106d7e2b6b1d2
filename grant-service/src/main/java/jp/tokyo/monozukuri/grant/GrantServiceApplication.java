package jp.tokyo.monozukuri.grant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** grant-service: grants of approved plans, their fiscal years, budget resolutions and payments. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GrantServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrantServiceApplication.class, args);
    }
}
