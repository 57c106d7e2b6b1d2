package jp.tokyo.monozukuri.notification.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import jp.tokyo.monozukuri.contracts.reference.Municipality;

/**
 * 通知先の承認 — which mailboxes Tokyo lets a municipality's formal notices go to: only addresses at a domain Tokyo
 * approved for that municipality (or an address approved one by one), and at most {@code maxPerMunicipality} on its
 * standing list. A plan's contact receives the notices of that plan only, and only at an approved address that
 * staff did not block; nothing a municipality submits changes who receives any other letter.
 */
public final class RecipientPolicy {

    /** The default approved domain of each of Tokyo's 62 municipalities, in {@code recipient-domains.csv}. */
    public static final String OFFICIAL_DOMAINS = "/recipient-domains.csv";

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final Map<String, List<String>> approved;
    private final int maxPerMunicipality;

    /**
     * @param approved           per municipality code, the approved domains ({@code city.shinagawa.tokyo.jp}: that
     *                           domain and its subdomains) and single addresses ({@code kigyo@example.jp})
     * @param maxPerMunicipality the longest standing list staff may set for one municipality
     */
    public RecipientPolicy(Map<String, List<String>> approved, int maxPerMunicipality) {
        if (maxPerMunicipality < 1) {
            throw new IllegalArgumentException("at least one recipient per municipality must be allowed");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        approved.forEach((code, entries) -> {
            Municipality municipality = RecipientList.tokyoMunicipality(code);
            copy.put(municipality.code(), entries.stream().map(RecipientPolicy::entry).distinct().toList());
        });
        this.approved = Map.copyOf(copy);
        this.maxPerMunicipality = maxPerMunicipality;
    }

    /**
     * The official domains of {@link #OFFICIAL_DOMAINS} (unless {@code withOfficialDomains} is false) with
     * {@code additional} entries per code.
     */
    public static RecipientPolicy of(boolean withOfficialDomains, Map<String, List<String>> additional,
            int maxPerMunicipality) {
        Map<String, List<String>> approved = new LinkedHashMap<>();
        if (withOfficialDomains) {
            officialDomains().forEach((code, domain) -> approved.put(code, new ArrayList<>(List.of(domain))));
        }
        additional.forEach((code, entries) -> approved.computeIfAbsent(
                RecipientList.tokyoMunicipality(code.strip()).code(), c -> new ArrayList<>()).addAll(entries));
        return new RecipientPolicy(approved, maxPerMunicipality);
    }

    /** Code → domain, as listed in {@link #OFFICIAL_DOMAINS}; every one of Tokyo's 62 codes is there. */
    public static Map<String, String> officialDomains() {
        Map<String, String> domains = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(RecipientPolicy.class.getResourceAsStream(OFFICIAL_DOMAINS),
                OFFICIAL_DOMAINS); BufferedReader reader = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                String[] cells = line.split(",");
                domains.put(cells[0], cells[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return domains;
    }

    public int maxPerMunicipality() {
        return maxPerMunicipality;
    }

    /** The approved domains and addresses of a municipality (none: nobody may receive its notices). */
    public List<String> approvedFor(String municipalityCode) {
        return approved.getOrDefault(municipalityCode, List.of());
    }

    /** True if {@code address} is at a domain (or is an address) Tokyo approved for the municipality. */
    public boolean allows(String municipalityCode, EmailAddress address) {
        String value = address.value();
        String domain = value.substring(value.lastIndexOf('@') + 1);
        return approvedFor(municipalityCode).stream().anyMatch(entry -> entry.contains("@")
                ? entry.equals(value)
                : domain.equals(entry) || domain.endsWith("." + entry));
    }

    /**
     * Checks a standing list staff set: every address approved for the municipality, no more than the cap.
     *
     * @throws RecipientsRefusedException naming {@code addresses[i]} for each address outside the approved ones
     *                                    and {@code addresses} for a list over the cap
     */
    public void check(RecipientList list) {
        String code = list.municipality().code();
        List<RecipientsRefusedException.Refusal> refusals = new ArrayList<>();
        for (int i = 0; i < list.addresses().size(); i++) {
            if (!allows(code, list.addresses().get(i))) {
                refusals.add(new RecipientsRefusedException.Refusal("addresses[" + i + "]", "is not at an address"
                        + " Tokyo approved for " + list.municipality().name() + " (" + String.join(", ",
                                approvedFor(code)) + ")"));
            }
        }
        if (list.addresses().size() > maxPerMunicipality) {
            refusals.add(new RecipientsRefusedException.Refusal("addresses",
                    "at most " + maxPerMunicipality + " recipients per municipality"));
        }
        if (!refusals.isEmpty()) {
            throw new RecipientsRefusedException(refusals);
        }
    }

    /**
     * Who receives a notice to {@code list}'s municipality: its standing list, as far as it is still approved, and
     * — for a notice about one plan — that plan's contact, if it is the plan of this municipality, at an approved
     * address, and not blocked by staff.
     *
     * @param planContact the contact of the plan the notice is about, or null (no plan, or none recorded)
     */
    public List<EmailAddress> recipientsOf(RecipientList list, PlanContact planContact) {
        String code = list.municipality().code();
        Set<EmailAddress> recipients = new LinkedHashSet<>();
        list.addresses().stream().filter(address -> allows(code, address)).forEach(recipients::add);
        if (planContact != null && planContact.municipalityCode().equals(code)
                && allows(code, planContact.address()) && !list.blocked().contains(planContact.address())) {
            recipients.add(planContact.address());
        }
        return List.copyOf(recipients);
    }

    private static String entry(String raw) {
        String entry = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (entry.contains("@")) {
            return EmailAddress.of(entry).value();
        }
        if (!DOMAIN.matcher(entry).matches()) {
            throw new IllegalArgumentException("not a mail domain: \"" + raw + "\"");
        }
        return entry;
    }
}
