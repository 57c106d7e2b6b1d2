package jp.tokyo.monozukuri.grant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GrantServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(GrantServiceApplication.class, args);
    }
}
