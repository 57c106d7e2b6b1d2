package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.tokyo.monozukuri.notification.domain.letter.Letter;
import org.junit.jupiter.api.Test;

/** 報道解禁: an announcement's notice waits for the start of its date in Tokyo, whatever happens to it meanwhile. */
class EmbargoTest {

    private static final LocalDate MARCH_19 = LocalDate.of(2014, 3, 19);
    /** 2014-03-19 00:00 in Tokyo is 2014-03-18 15:00 UTC. */
    private static final Instant START_OF_MARCH_19 = Instant.parse("2014-03-18T15:00:00Z");
    private static final Instant MARCH_13 = Instant.parse("2014-03-13T01:00:00Z");
    private static final Letter LETTER = new Letter("報道発表のお知らせ", "品川区長 殿", "<p>品川区長 殿</p>");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(15));

    private static Notice announcement() {
        return Notice.record(UUID.randomUUID(), NoticeKind.APPROVAL_ANNOUNCED, "131091",
                EmailAddress.of("koho@city.shinagawa.tokyo.jp"), LETTER, MARCH_13, Embargo.startOf(MARCH_19));
    }

    @Test
    void theEmbargoEndsAtMidnightInTokyoWhateverTheServersZone() {
        assertThat(Embargo.startOf(MARCH_19)).isEqualTo(START_OF_MARCH_19);
        assertThat(Embargo.isBefore(START_OF_MARCH_19.minusMillis(1), MARCH_19)).isTrue();
        assertThat(Embargo.isBefore(START_OF_MARCH_19, MARCH_19)).isFalse();
        assertThat(Embargo.today(START_OF_MARCH_19)).isEqualTo(MARCH_19);
    }

    @Test
    void onlyTheAnnouncementIsEmbargoed() {
        assertThat(NoticeKind.APPROVAL_ANNOUNCED.embargoed()).isTrue();
        assertThat(NoticeKind.values()).filteredOn(NoticeKind::embargoed).containsExactly(
                NoticeKind.APPROVAL_ANNOUNCED);
    }

    @Test
    void anEmbargoedNoticeIsRecordedPendingAndDueOnlyAtTheStartOfItsDate() {
        Notice notice = announcement();

        assertThat(notice.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(notice.nextAttemptAt()).isEqualTo(START_OF_MARCH_19);
        assertThat(notice.notBefore()).isEqualTo(START_OF_MARCH_19);
        assertThat(notice.embargoedAt(START_OF_MARCH_19.minusSeconds(1))).isTrue();
        assertThat(notice.embargoedAt(START_OF_MARCH_19)).isFalse();
    }

    @Test
    void anEmbargoInThePastChangesNothing() {
        Notice notice = Notice.record(UUID.randomUUID(), NoticeKind.APPROVAL_ANNOUNCED, "131091",
                EmailAddress.of("koho@city.shinagawa.tokyo.jp"), LETTER, START_OF_MARCH_19.plusSeconds(60),
                START_OF_MARCH_19);

        assertThat(notice.nextAttemptAt()).isEqualTo(START_OF_MARCH_19.plusSeconds(60));
    }

    @Test
    void neitherAReSendNorARetryBringsItForward() {
        Notice notice = announcement();
        notice.markSent(START_OF_MARCH_19);

        notice.resend(MARCH_13.plusSeconds(10));
        assertThat(notice.nextAttemptAt()).as("re-sent before the date (a clock set back)")
                .isEqualTo(START_OF_MARCH_19);

        Notice failing = Notice.restore(notice.id(), notice.eventId(), notice.kind(), notice.municipalityCode(),
                notice.recipient(), notice.letter(), MARCH_13, NoticeStatus.PENDING, 0, null, null,
                MARCH_13, null, null, START_OF_MARCH_19);
        failing.recordFailedAttempt(DeliveryFailure.temporary("421 try later"), MARCH_13, SCHEDULE);
        assertThat(failing.nextAttemptAt()).isEqualTo(START_OF_MARCH_19);
    }
}
