package jp.tokyo.monozukuri.grant.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** How grant-service's documents are written. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /**
     * Dates through the driver's own codecs: a LocalDate is stored as midnight UTC of that day whatever the
     * JVM's time zone, so that replicas in different zones read the same 交付決定日.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
