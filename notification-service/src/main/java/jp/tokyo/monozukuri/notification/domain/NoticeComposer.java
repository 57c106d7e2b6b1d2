package jp.tokyo.monozukuri.notification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.tokyo.monozukuri.contracts.EventEnvelope;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.letter.Letter;
import jp.tokyo.monozukuri.notification.domain.letter.LetterContent;
import jp.tokyo.monozukuri.notification.domain.letter.LetterContents;
import jp.tokyo.monozukuri.notification.domain.letter.LetterWriter;

/** Turns an event into its notices: one per municipality concerned and recipient of that municipality. */
public final class NoticeComposer {

    private final LetterContents contents = new LetterContents();
    private final LetterWriter writer;

    public NoticeComposer(LetterWriter writer) {
        this.writer = writer;
    }

    /** As {@link #compose(NoticeKind, EventEnvelope, BiFunction, Instant)}, the same recipients for any plan. */
    public List<Notice> compose(NoticeKind kind, EventEnvelope<?> event,
            Function<Municipality, List<EmailAddress>> recipientsOf, Instant now) {
        return compose(kind, event, (municipality, planId) -> recipientsOf.apply(municipality), now);
    }

    /**
     * The notices {@code event} calls for, PENDING. The letter is written once per municipality and shared by its
     * recipients; a municipality without recipients gets no notice. A notice of an embargoed kind
     * ({@link NoticeKind#embargoed()}) is not due before the start of its letter's date in Tokyo.
     *
     * @param recipientsOf who receives a letter to a municipality about a plan (the plan id null for a letter about
     *                     no one plan)
     */
    public List<Notice> compose(NoticeKind kind, EventEnvelope<?> event,
            BiFunction<Municipality, String, List<EmailAddress>> recipientsOf, Instant now) {
        List<Notice> notices = new ArrayList<>();
        for (LetterContent content : contents.of(kind, event)) {
            List<EmailAddress> recipients = recipientsOf.apply(content.municipality(),
                    NoticePlans.planOf(content, event).orElse(null));
            if (recipients.isEmpty()) {
                continue;
            }
            Letter letter = writer.write(content);
            Instant notBefore = kind.embargoed() ? Embargo.startOf(content.date()) : null;
            for (EmailAddress recipient : recipients) {
                notices.add(Notice.record(event.eventId(), kind, content.municipality().code(), recipient, letter,
                        now, notBefore));
            }
        }
        return notices;
    }
}
