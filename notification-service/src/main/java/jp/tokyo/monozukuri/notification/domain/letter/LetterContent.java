package jp.tokyo.monozukuri.notification.domain.letter;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;

/**
 * What one notice says to one municipality, before it is written out.
 *
 * @param documentNumber the number of the decision notified (25産労商地第12号), or null when the event has none
 * @param date           the date the letter bears: that of the decision it notifies, otherwise of the event
 * @param fields         the values the kind's template prints, already worded (era years, yen, lists); null where
 *                       the event has none
 * @param planId         the plan the letter is about where the event alone does not say (one letter per plan of an
 *                       approval round), otherwise null
 */
public record LetterContent(NoticeKind kind, Municipality municipality, String documentNumber, LocalDate date,
        Map<String, Object> fields, String planId) {

    public LetterContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(date, "date");
        // not Map.copyOf: a value may be null (a withdrawal without a reason, a refusal before the number was
        // taken), which the templates print as nothing and whose sections they skip
        fields = Collections.unmodifiableMap(new HashMap<>(fields));
    }

    public LetterContent(NoticeKind kind, Municipality municipality, String documentNumber, LocalDate date,
            Map<String, Object> fields) {
        this(kind, municipality, documentNumber, date, fields, null);
    }
}
