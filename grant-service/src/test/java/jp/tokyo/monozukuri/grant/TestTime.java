package jp.tokyo.monozukuri.grant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The test context's clock. */
@TestConfiguration(proxyBeanMethods = false)
public class TestTime {

    @Bean
    TestClock clock() {
        return new TestClock();
    }
}
