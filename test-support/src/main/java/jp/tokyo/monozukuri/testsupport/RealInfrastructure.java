package jp.tokyo.monozukuri.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a {@code @SpringBootTest} against a real Kafka broker and a real MongoDB-protocol store over TCP,
 * and makes the service trust {@link TestTokens}. Where Docker runs, these are real {@code apache/kafka}
 * and {@code mongo} containers; elsewhere an embedded KRaft broker and mongo-java-server (see
 * {@link TestInfrastructure}). Started once per JVM and shared by every test context.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RealInfrastructure {
}
