package jp.tokyo.monozukuri.notification.web;

import java.util.List;
import jp.tokyo.monozukuri.notification.application.Recipients;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;

/**
 * A municipality's recipients, and how its notices are addressed.
 *
 * @param addressee            品川区長: the head the letters are addressed to
 * @param addresses            the standing list: every notice of the municipality goes to each
 * @param blocked              addresses that no plan contact receives at (removed or blocked by staff)
 * @param unconfirmedAddresses addresses of a list stored before plan contacts were kept apart, that receive
 *                             nothing until staff set the list again
 * @param approvedDomains      the domains and addresses Tokyo approved for the municipality
 * @param maxRecipients        the longest standing list allowed
 * @param planContacts         the contacts of its plans, each receiving only its own plan's notices where
 *                             {@code receives}
 */
public record RecipientsResponse(String municipalityCode, String municipalityName, String addressee,
        List<String> addresses, List<String> blocked, List<String> unconfirmedAddresses,
        List<String> approvedDomains, int maxRecipients, List<PlanContactResponse> planContacts) {

    /** A plan's contact: {@code receives} false when it is not at an approved address or is blocked. */
    public record PlanContactResponse(String planId, int revision, String address, boolean receives) {
    }

    static RecipientsResponse of(Recipients.View view) {
        var list = view.list();
        return new RecipientsResponse(list.municipality().code(), list.municipality().name(),
                list.municipality().addressee(), values(list.addresses()),
                list.blocked().stream().map(EmailAddress::value).sorted().toList(), values(view.unconfirmed()),
                view.approvedDomains(), view.maxRecipients(),
                view.planContacts().stream().map(c -> new PlanContactResponse(c.contact().planId(),
                        c.contact().revision(), c.contact().address().value(), c.receives())).toList());
    }

    private static List<String> values(List<EmailAddress> addresses) {
        return addresses.stream().map(EmailAddress::value).toList();
    }
}
