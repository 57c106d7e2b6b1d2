package jp.tokyo.monozukuri.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import jp.tokyo.monozukuri.notification.domain.NoticeKind;
import jp.tokyo.monozukuri.notification.domain.letter.Letterhead;
import jp.tokyo.monozukuri.notification.domain.letter.ProgramNames;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the letters are headed, signed and named ({@code notification.letters.*}); the sender's title is
 * {@code notification.sender}.
 *
 * @param senderName  the name printed after the sender's title (empty: the title alone)
 * @param honorific   殿 or 様 after the addressee
 * @param sealedKinds the notices that are orders issued under seal (返還命令, 取消): no (公印省略), and the notice
 *                    records that the sealed original is issued on paper
 * @param contact     the 担当 block of every letter
 * @param program     the names the letters cite, from the program's 要綱
 */
@Validated
@ConfigurationProperties("notification.letters")
public record LetterProperties(String senderName, @NotNull @Pattern(regexp = "殿|様") String honorific,
        @NotNull Set<NoticeKind> sealedKinds, @Valid @NotNull Contact contact, @Valid @NotNull Program program) {

    /** 担当: 課, 係, 担当者, 電話, e-mail; blank parts are left out. */
    public record Contact(@NotBlank String section, String unit, String person, String phone, String email) {
    }

    /**
     * @param guidelineNumber the 要綱's number and date as it is cited, e.g. 平成24年4月1日付24産労商地第○号 (empty: the
     *                        要綱 is cited by name)
     * @param withdrawalDays  the days within which a 交付決定 may be answered by withdrawing the application
     */
    public record Program(@NotBlank String name, @NotBlank String subsidyName, @NotBlank String planName,
            @NotBlank String guidelineName, String guidelineNumber, @NotBlank String rules,
            @NotBlank String lateInterest, @Min(1) int withdrawalDays) {
    }

    Letterhead letterhead(String sender) {
        return new Letterhead(sender, senderName, honorific, sealedKinds,
                new Letterhead.Contact(contact.section(), contact.unit(), contact.person(), contact.phone(),
                        contact.email()));
    }

    ProgramNames programNames() {
        return new ProgramNames(program.name(), program.subsidyName(), program.planName(), program.guidelineName(),
                program.guidelineNumber(), program.rules(), program.lateInterest(), program.withdrawalDays());
    }
}
