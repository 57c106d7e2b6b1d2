package jp.tokyo.monozukuri.approval.persistence;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import jp.tokyo.monozukuri.approval.domain.TokyoTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Spring Data MongoDB has no mapping for {@link OffsetDateTime}; timestamps are stored as BSON dates (so they
 * sort and compare in queries) and read back in Tokyo time, the zone every timestamp of this service is in.
 */
@Configuration(proxyBeanMethods = false)
class MongoTimeConversions {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return new MongoCustomConversions(List.of(new OffsetDateTimeToDate(), new DateToOffsetDateTime()));
    }

    @WritingConverter
    static final class OffsetDateTimeToDate implements Converter<OffsetDateTime, Date> {
        @Override
        public Date convert(OffsetDateTime source) {
            return Date.from(source.toInstant());
        }
    }

    @ReadingConverter
    static final class DateToOffsetDateTime implements Converter<Date, OffsetDateTime> {
        @Override
        public OffsetDateTime convert(Date source) {
            return source.toInstant().atZone(TokyoTime.ZONE).toOffsetDateTime();
        }
    }
}
