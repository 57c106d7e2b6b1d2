package jp.tokyo.monozukuri.notification.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;

/**
 * 通知先 — the mailboxes a municipality's notices go to, in the order they were given, each once.
 */
public record RecipientList(Municipality municipality, List<EmailAddress> addresses) {

    public RecipientList {
        Objects.requireNonNull(municipality, "municipality");
        addresses = List.copyOf(new LinkedHashSet<>(addresses));
    }

    /** The list staff set for a municipality; throws for a code outside Tokyo's 62 or a malformed address. */
    public static RecipientList of(String municipalityCode, Collection<String> rawAddresses) {
        Municipality municipality = tokyoMunicipality(municipalityCode);
        return new RecipientList(municipality, rawAddresses.stream().map(EmailAddress::of).toList());
    }

    public static Municipality tokyoMunicipality(String code) {
        return Municipalities.byCode(code).orElseThrow(() -> new UnknownMunicipalityException(code));
    }
}
