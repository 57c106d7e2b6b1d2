package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecipientListTest {

    @Test
    void addressesAreTrimmedLowerCasedAndKeptOnceInTheOrderGiven() {
        // when
        RecipientList list = RecipientList.of("132047", List.of(" Sangyo@City.Mitaka.example.jp",
                "monozukuri@city.mitaka.example.jp", "sangyo@city.mitaka.example.jp"));

        // then
        assertThat(list.municipality().name()).isEqualTo("三鷹市");
        assertThat(list.addresses()).extracting(EmailAddress::value)
                .containsExactly("sangyo@city.mitaka.example.jp", "monozukuri@city.mitaka.example.jp");
    }

    @Test
    void aCodeOutsideTokyoOrWithAWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> RecipientList.of("011002", List.of()))
                .as("札幌市: a valid code, but not Tokyo")
                .isInstanceOf(UnknownMunicipalityException.class).hasMessageContaining("011002");
        assertThatThrownBy(() -> RecipientList.of("131092", List.of()))
                .isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> RecipientList.of(null, List.of()))
                .isInstanceOf(UnknownMunicipalityException.class);
    }

    @Test
    void somethingThatIsNotAMailboxIsRefused() {
        assertThatThrownBy(() -> RecipientList.of("131091", List.of("品川区役所")))
                .isInstanceOf(InvalidEmailAddressException.class);
        assertThatThrownBy(() -> RecipientList.of("131091", List.of("a@b")))
                .isInstanceOf(InvalidEmailAddressException.class);
        assertThatThrownBy(() -> RecipientList.of("131091", List.of("Shinagawa <a@city.shinagawa.example.jp>")))
                .isInstanceOf(InvalidEmailAddressException.class);
    }

    @Test
    void anAddressStaffRemoveIsBlockedForGoodUntilTheyListItAgain() {
        RecipientList before = RecipientList.of("131091", List.of("a@city.shinagawa.tokyo.jp",
                "b@city.shinagawa.tokyo.jp"));

        RecipientList after = before.replacedBy(List.of(EmailAddress.of("a@city.shinagawa.tokyo.jp")), null);
        RecipientList again = after.replacedBy(List.of(EmailAddress.of("a@city.shinagawa.tokyo.jp"),
                EmailAddress.of("b@city.shinagawa.tokyo.jp")), null);
        RecipientList keptBlocked = after.replacedBy(after.addresses(), null);

        assertThat(after.blocked()).extracting(EmailAddress::value).containsExactly("b@city.shinagawa.tokyo.jp");
        assertThat(keptBlocked.blocked()).extracting(EmailAddress::value).containsExactly("b@city.shinagawa.tokyo.jp");
        assertThat(again.blocked()).isEmpty();
    }

    @Test
    void blockingByNameReplacesWhatWasBlockedButARemovedAddressStaysBlocked() {
        RecipientList list = RecipientList.of("131091", List.of("a@city.shinagawa.tokyo.jp"),
                List.of("c@city.shinagawa.tokyo.jp"));

        RecipientList next = list.replacedBy(List.of(), java.util.Set.of(EmailAddress.of("d@city.shinagawa.tokyo.jp")));

        assertThat(next.blocked()).extracting(EmailAddress::value)
                .containsExactlyInAnyOrder("a@city.shinagawa.tokyo.jp", "d@city.shinagawa.tokyo.jp");
    }
}
