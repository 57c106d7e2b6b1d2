package jp.tokyo.monozukuri.notification.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.tokyo.monozukuri.contracts.reference.Municipalities;
import jp.tokyo.monozukuri.contracts.reference.Municipality;

/**
 * 通知先 — the standing list of mailboxes a municipality's notices go to, set by Tokyo's staff, in the order given,
 * each once; and the addresses staff blocked, which no plan contact can bring back.
 *
 * @param blocked addresses that receive nothing of this municipality as a plan contact: every address staff
 *                removed from the standing list, and those they blocked by name
 */
public record RecipientList(Municipality municipality, List<EmailAddress> addresses, Set<EmailAddress> blocked) {

    public RecipientList {
        Objects.requireNonNull(municipality, "municipality");
        addresses = List.copyOf(new LinkedHashSet<>(addresses));
        blocked = Set.copyOf(blocked == null ? Set.of() : blocked);
    }

    public RecipientList(Municipality municipality, List<EmailAddress> addresses) {
        this(municipality, addresses, Set.of());
    }

    /** The list staff set for a municipality; throws for a code outside Tokyo's 62 or a malformed address. */
    public static RecipientList of(String municipalityCode, Collection<String> rawAddresses) {
        return of(municipalityCode, rawAddresses, List.of());
    }

    /** As {@link #of(String, Collection)}, with the addresses staff block by name. */
    public static RecipientList of(String municipalityCode, Collection<String> rawAddresses,
            Collection<String> rawBlocked) {
        Municipality municipality = tokyoMunicipality(municipalityCode);
        return new RecipientList(municipality, rawAddresses.stream().map(EmailAddress::of).toList(),
                Set.copyOf(rawBlocked.stream().map(EmailAddress::of).toList()));
    }

    /**
     * The list after staff replaced it with {@code next}'s addresses: every address this list had and {@code next}
     * has not is blocked from now on (removal is final: a later plan cannot bring it back), and an address staff
     * list again is no longer blocked.
     *
     * @param blocked the addresses staff block by name, replacing those blocked so far; null keeps them
     */
    public RecipientList replacedBy(List<EmailAddress> next, Set<EmailAddress> blocked) {
        Set<EmailAddress> nowBlocked = new LinkedHashSet<>(blocked == null ? this.blocked : blocked);
        addresses.stream().filter(a -> !next.contains(a)).forEach(nowBlocked::add);
        next.forEach(nowBlocked::remove);
        return new RecipientList(municipality, next, nowBlocked);
    }

    public static Municipality tokyoMunicipality(String code) {
        return Municipalities.byCode(code).orElseThrow(() -> new UnknownMunicipalityException(code));
    }
}
