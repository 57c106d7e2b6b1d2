package jp.tokyo.monozukuri.notification.application;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.tokyo.monozukuri.contracts.reference.Municipality;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.InvalidEmailAddressException;
import jp.tokyo.monozukuri.notification.domain.PlanContact;
import jp.tokyo.monozukuri.notification.domain.RecipientList;
import jp.tokyo.monozukuri.notification.domain.RecipientPolicy;
import jp.tokyo.monozukuri.notification.persistence.PlanContactStore;
import jp.tokyo.monozukuri.notification.persistence.RecipientStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 通知先の管理 — who receives a municipality's formal notices: the standing list Tokyo's staff set (approved
 * addresses only, capped), and for the notices of one plan also that plan's contact where {@link RecipientPolicy}
 * allows it. A municipality's submissions never change the standing list.
 */
@Service
public class Recipients {

    private static final Logger log = LoggerFactory.getLogger(Recipients.class);
    private static final int CONTACTS_SHOWN = 100;

    private final RecipientStore store;
    private final PlanContactStore contacts;
    private final RecipientPolicy policy;
    private final Clock clock;

    public Recipients(RecipientStore store, PlanContactStore contacts, RecipientPolicy policy, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.policy = policy;
        this.clock = clock;
    }

    /** What staff see of a municipality's recipients. */
    public record View(RecipientList list, List<EmailAddress> unconfirmed, List<String> approvedDomains,
            int maxRecipients, List<ContactView> planContacts) {
    }

    /** A plan's contact and whether it receives that plan's notices. */
    public record ContactView(PlanContact contact, boolean receives) {
    }

    /**
     * Replaces the municipality's standing list; addresses removed from it are blocked for good.
     *
     * @param blocked the addresses blocked by name, replacing those blocked so far; null keeps them
     * @throws jp.tokyo.monozukuri.notification.domain.RecipientsRefusedException for an address Tokyo did not
     *         approve for the municipality, or too many
     */
    public View replace(String municipalityCode, List<String> addresses, List<String> blocked) {
        RecipientList requested = RecipientList.of(municipalityCode, addresses,
                blocked == null ? List.of() : blocked);
        policy.check(requested);
        Set<EmailAddress> blocking = blocked == null ? null : new LinkedHashSet<>(requested.blocked());
        store.change(requested.municipality(), current -> current.replacedBy(requested.addresses(), blocking),
                clock.instant());
        return of(municipalityCode);
    }

    public View of(String municipalityCode) {
        Municipality municipality = RecipientList.tokyoMunicipality(municipalityCode);
        RecipientList list = store.find(municipality);
        List<ContactView> planContacts = contacts.ofMunicipality(municipality.code(), CONTACTS_SHOWN).stream()
                .map(c -> new ContactView(c, policy.recipientsOf(new RecipientList(municipality, List.of(),
                        list.blocked()), c).contains(c.address())))
                .toList();
        return new View(list, store.unconfirmedOf(municipality.code()), policy.approvedFor(municipality.code()),
                policy.maxPerMunicipality(), planContacts);
    }

    /** Who receives a letter to {@code municipality} about {@code planId} (null: about no one plan). */
    public List<EmailAddress> addressesFor(Municipality municipality, String planId) {
        PlanContact contact = planId == null ? null : contacts.find(planId).orElse(null);
        return policy.recipientsOf(store.find(municipality), contact);
    }

    /** Records the contact of a submitted revision, the plan's earlier one replaced (also by none). */
    public void recordContact(String planId, String municipalityCode, int revision, String email) {
        Optional<EmailAddress> address = mailbox(email);
        if (address.isEmpty()) {
            log.warn("contact of plan {} revision {} is not an e-mail address: it receives nothing", planId, revision);
            contacts.clear(planId, municipalityCode, revision, clock.instant());
            return;
        }
        PlanContact contact = new PlanContact(planId, municipalityCode, address.get(), revision);
        if (!policy.allows(municipalityCode, contact.address())) {
            log.warn("contact {} of plan {} is not at an address Tokyo approved for {}: it receives nothing",
                    contact.address(), planId, municipalityCode);
        }
        contacts.record(contact, clock.instant());
    }

    private static Optional<EmailAddress> mailbox(String email) {
        try {
            return email == null ? Optional.empty() : Optional.of(EmailAddress.of(email));
        } catch (InvalidEmailAddressException notAMailbox) {
            return Optional.empty();
        }
    }
}
