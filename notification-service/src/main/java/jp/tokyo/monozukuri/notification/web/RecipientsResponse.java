package jp.tokyo.monozukuri.notification.web;

import java.util.List;
import jp.tokyo.monozukuri.notification.domain.EmailAddress;
import jp.tokyo.monozukuri.notification.domain.RecipientList;

/**
 * A municipality's recipients, and how its notices are addressed.
 *
 * @param addressee 品川区長: the head the letters are addressed to
 */
public record RecipientsResponse(String municipalityCode, String municipalityName, String addressee,
        List<String> addresses) {

    static RecipientsResponse of(RecipientList list) {
        return new RecipientsResponse(list.municipality().code(), list.municipality().name(),
                list.municipality().addressee(), list.addresses().stream().map(EmailAddress::value).toList());
    }
}
