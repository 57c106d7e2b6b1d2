package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.tokyo.monozukuri.notification.domain.letter.Letter;
import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final UUID EVENT = UUID.fromString("7d3e1a90-2b4c-4d5e-8f60-71829a3b4c03");
    private static final EmailAddress SHINAGAWA = EmailAddress.of("monozukuri@city.shinagawa.example.jp");
    private static final Instant MARCH_13 = Instant.parse("2014-03-13T01:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10));
    private static final Letter LETTER = new Letter("地域産業基盤強化計画の承認について(通知)", "品川区長 殿", "<p>品川区長 殿</p>");

    private static Notice approvalNotice() {
        return Notice.record(EVENT, NoticeKind.PLAN_APPROVED, "131091", SHINAGAWA, LETTER, MARCH_13);
    }

    @Test
    void aNoticeIsRecordedPendingAndDueAtOnceBeforeAnythingIsSent() {
        // when
        Notice notice = approvalNotice();

        // then
        assertThat(notice.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(notice.attempts()).isZero();
        assertThat(notice.nextAttemptAt()).isEqualTo(MARCH_13);
        assertThat(notice.eventType()).isEqualTo("plan.approved");
        assertThat(notice.sentAt()).isNull();
    }

    @Test
    void theSameEventForTheSameRecipientAlwaysGivesTheSameNoticeId() {
        // given
        EmailAddress sameMailboxOtherwiseWritten = EmailAddress.of(" MonoZukuri@City.Shinagawa.example.jp ");
        EmailAddress colleague = EmailAddress.of("sangyo@city.shinagawa.example.jp");

        // when / then
        assertThat(Notice.idOf(EVENT, sameMailboxOtherwiseWritten)).isEqualTo(approvalNotice().id());
        assertThat(Notice.idOf(EVENT, colleague)).isNotEqualTo(approvalNotice().id());
        assertThat(Notice.idOf(UUID.randomUUID(), SHINAGAWA)).isNotEqualTo(approvalNotice().id());
    }

    @Test
    void aSentNoticeCountsItsAttemptAndIsNoLongerDue() {
        // given
        Notice notice = approvalNotice();
        Instant sentAt = MARCH_13.plusSeconds(2);

        // when
        notice.markSent(sentAt);

        // then
        assertThat(notice.status()).isEqualTo(NoticeStatus.SENT);
        assertThat(notice.attempts()).isEqualTo(1);
        assertThat(notice.sentAt()).isEqualTo(sentAt);
        assertThat(notice.nextAttemptAt()).isNull();
    }

    @Test
    void aTemporaryFailureKeepsTheNoticePendingWithItsLastErrorAndAWaitThatGrows() {
        // given
        Notice notice = approvalNotice();

        // when
        notice.recordFailedAttempt(DeliveryFailure.temporary("Connection refused"), MARCH_13, SCHEDULE);
        notice.recordFailedAttempt(DeliveryFailure.temporary("421 try again later"), MARCH_13.plusSeconds(30),
                SCHEDULE);

        // then
        assertThat(notice.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(notice.attempts()).isEqualTo(2);
        assertThat(notice.lastError()).isEqualTo("421 try again later");
        assertThat(notice.nextAttemptAt()).isEqualTo(MARCH_13.plusSeconds(30).plusSeconds(60));
    }

    @Test
    void aPermanentFailureMakesTheNoticeFailedWithTheLastErrorAndTheAttemptCount() {
        // given
        Notice notice = approvalNotice();
        notice.recordFailedAttempt(DeliveryFailure.temporary("Connection refused"), MARCH_13, SCHEDULE);

        // when
        notice.recordFailedAttempt(DeliveryFailure.permanent("550 5.1.1 mailbox unavailable"),
                MARCH_13.plusSeconds(30), SCHEDULE);

        // then
        assertThat(notice.status()).isEqualTo(NoticeStatus.FAILED);
        assertThat(notice.attempts()).isEqualTo(2);
        assertThat(notice.lastError()).isEqualTo("550 5.1.1 mailbox unavailable");
        assertThat(notice.nextAttemptAt()).isNull();
    }

    @Test
    void staffCanResendAFailedNoticeAndASentOne() {
        // given
        Notice failed = approvalNotice();
        failed.recordFailedAttempt(DeliveryFailure.permanent("550 no such user"), MARCH_13, SCHEDULE);
        Notice sent = approvalNotice();
        sent.markSent(MARCH_13);
        Instant later = MARCH_13.plus(Duration.ofDays(1));

        // when
        failed.resend(later);
        sent.resend(later);

        // then
        assertThat(failed.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(failed.nextAttemptAt()).isEqualTo(later);
        assertThat(failed.attempts()).as("the history of attempts is kept").isEqualTo(1);
        assertThat(sent.status()).isEqualTo(NoticeStatus.PENDING);
        assertThat(sent.nextAttemptAt()).isEqualTo(later);
    }

    @Test
    void aPendingNoticeCannotBeResentAndASentOneCannotBeSentTwice() {
        // given
        Notice pending = approvalNotice();
        Notice sent = approvalNotice();
        sent.markSent(MARCH_13);

        // when / then
        assertThatThrownBy(() -> pending.resend(MARCH_13))
                .isInstanceOf(NoticeAlreadyPendingException.class)
                .hasMessageContaining(pending.id());
        assertThatThrownBy(() -> sent.markSent(MARCH_13))
                .isInstanceOf(IllegalNoticeTransitionException.class);
        assertThatThrownBy(() -> sent.recordFailedAttempt(DeliveryFailure.temporary("late"), MARCH_13, SCHEDULE))
                .isInstanceOf(IllegalNoticeTransitionException.class);
    }

    @Test
    void aVeryLongRelayErrorIsKeptShortened() {
        // given
        Notice notice = approvalNotice();

        // when
        notice.recordFailedAttempt(DeliveryFailure.temporary("x".repeat(5000)), MARCH_13, SCHEDULE);

        // then
        assertThat(notice.lastError()).hasSize(1000);
    }
}
