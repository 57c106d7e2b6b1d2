package jp.tokyo.monozukuri.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import org.junit.jupiter.api.Test;

class RecipientPolicyTest {

    private static final String SHINAGAWA = "131091";
    private static final String EDOGAWA = "131237";
    private static final RecipientPolicy POLICY = RecipientPolicy.of(true,
            Map.of(SHINAGAWA, List.of("city.shinagawa.example.jp", "Kigyo@Example.jp")), 3);

    private static EmailAddress address(String value) {
        return EmailAddress.of(value);
    }

    @Test
    void everyTokyoMunicipalityHasItsOwnOfficialDomainByDefault() {
        Map<String, String> domains = RecipientPolicy.officialDomains();

        assertThat(domains.keySet()).containsExactlyInAnyOrderElementsOf(
                Municipalities.tokyo().stream().map(Municipality::code).toList());
        assertThat(Set.copyOf(domains.values())).as("no two municipalities share a domain").hasSize(62);
        assertThat(domains).containsEntry(SHINAGAWA, "city.shinagawa.tokyo.jp")
                .containsEntry("133035", "town.mizuho.tokyo.jp").containsEntry("133621", "vill.toshima.tokyo.jp")
                .containsEntry("131164", "city.toshima.tokyo.jp");
    }

    @Test
    void anAddressAtAnApprovedDomainOrOneOfItsSubdomainsOrAnApprovedAddressIsAllowed() {
        assertThat(POLICY.allows(SHINAGAWA, address("sangyo@city.shinagawa.tokyo.jp"))).isTrue();
        assertThat(POLICY.allows(SHINAGAWA, address("a@shoko.city.shinagawa.tokyo.jp"))).isTrue();
        assertThat(POLICY.allows(SHINAGAWA, address("monozukuri@city.shinagawa.example.jp"))).isTrue();
        assertThat(POLICY.allows(SHINAGAWA, address("kigyo@example.jp"))).isTrue();
    }

    @Test
    void anOutsideAddressOrAnotherMunicipalitysIsNot() {
        assertThat(POLICY.allows(SHINAGAWA, address("attacker@gmail.example.com"))).isFalse();
        assertThat(POLICY.allows(SHINAGAWA, address("other@example.jp"))).as("only the one approved address").isFalse();
        assertThat(POLICY.allows(SHINAGAWA, address("a@evilcity.shinagawa.tokyo.jp"))).as("not a subdomain").isFalse();
        assertThat(POLICY.allows(SHINAGAWA, address("a@city.shinagawa.tokyo.jp.attacker.example"))).isFalse();
        assertThat(POLICY.allows(EDOGAWA, address("sangyo@city.shinagawa.tokyo.jp"))).as("品川区's mailbox").isFalse();
        assertThat(POLICY.allows(EDOGAWA, address("sangyo@city.edogawa.tokyo.jp"))).isTrue();
    }

    @Test
    void withoutTheOfficialDomainsOnlyWhatIsConfiguredIsApproved() {
        RecipientPolicy configuredOnly = RecipientPolicy.of(false, Map.of(SHINAGAWA, List.of("city.shinagawa.lg.jp")),
                10);

        assertThat(configuredOnly.allows(SHINAGAWA, address("a@city.shinagawa.lg.jp"))).isTrue();
        assertThat(configuredOnly.allows(SHINAGAWA, address("a@city.shinagawa.tokyo.jp"))).isFalse();
        assertThat(configuredOnly.approvedFor(EDOGAWA)).as("nobody may receive 江戸川区's notices").isEmpty();
    }

    @Test
    void aConfigurationWithACodeOutsideTokyoOrSomethingThatIsNoDomainDoesNotStart() {
        assertThatThrownBy(() -> RecipientPolicy.of(true, Map.of("011002", List.of("city.sapporo.jp")), 10))
                .isInstanceOf(UnknownMunicipalityException.class);
        assertThatThrownBy(() -> RecipientPolicy.of(true, Map.of(SHINAGAWA, List.of("*")), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RecipientPolicy.of(true, Map.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStandingListWithAnOutsideAddressIsRefusedNamingEachOne() {
        RecipientList list = RecipientList.of(SHINAGAWA, List.of("sangyo@city.shinagawa.tokyo.jp",
                "x@attacker.example", "y@city.edogawa.tokyo.jp"));

        assertThatThrownBy(() -> POLICY.check(list)).isInstanceOfSatisfying(RecipientsRefusedException.class,
                e -> assertThat(e.refusals()).extracting(RecipientsRefusedException.Refusal::field)
                        .containsExactly("addresses[1]", "addresses[2]"));
    }

    @Test
    void aStandingListOverTheCapIsRefused() {
        RecipientList four = RecipientList.of(SHINAGAWA,
                IntStream.range(0, 4).mapToObj(i -> "s" + i + "@city.shinagawa.tokyo.jp").toList());
        RecipientList three = RecipientList.of(SHINAGAWA, four.addresses().subList(0, 3).stream()
                .map(EmailAddress::value).toList());

        assertThatThrownBy(() -> POLICY.check(four)).isInstanceOfSatisfying(RecipientsRefusedException.class,
                e -> assertThat(e.refusals()).extracting(RecipientsRefusedException.Refusal::field)
                        .containsExactly("addresses"));
        POLICY.check(three);
    }

    @Test
    void aPlanContactReceivesOnlyAtAnApprovedAddressOfItsOwnMunicipalityAndNotWhenBlocked() {
        RecipientList standing = RecipientList.of(SHINAGAWA, List.of("sangyo@city.shinagawa.tokyo.jp"));
        PlanContact approved = new PlanContact("p1", SHINAGAWA, address("tanto@city.shinagawa.tokyo.jp"), 1);
        PlanContact outside = new PlanContact("p2", SHINAGAWA, address("tanto@attacker.example"), 1);
        PlanContact otherMunicipalitys = new PlanContact("p3", EDOGAWA, address("tanto@city.edogawa.tokyo.jp"), 1);
        RecipientList blocking = new RecipientList(standing.municipality(), standing.addresses(),
                Set.of(approved.address()));

        assertThat(POLICY.recipientsOf(standing, approved)).extracting(EmailAddress::value)
                .containsExactly("sangyo@city.shinagawa.tokyo.jp", "tanto@city.shinagawa.tokyo.jp");
        assertThat(POLICY.recipientsOf(standing, outside)).extracting(EmailAddress::value)
                .containsExactly("sangyo@city.shinagawa.tokyo.jp");
        assertThat(POLICY.recipientsOf(standing, otherMunicipalitys)).extracting(EmailAddress::value)
                .containsExactly("sangyo@city.shinagawa.tokyo.jp");
        assertThat(POLICY.recipientsOf(blocking, approved)).extracting(EmailAddress::value)
                .containsExactly("sangyo@city.shinagawa.tokyo.jp");
        assertThat(POLICY.recipientsOf(standing, null)).hasSize(1);
    }

    @Test
    void aStandingAddressNoLongerApprovedReceivesNothing() {
        RecipientList stored = new RecipientList(Municipalities.byCode(SHINAGAWA).orElseThrow(),
                List.of(address("old@attacker.example"), address("sangyo@city.shinagawa.tokyo.jp")));

        assertThat(POLICY.recipientsOf(stored, null)).extracting(EmailAddress::value)
                .containsExactly("sangyo@city.shinagawa.tokyo.jp");
    }
}
