package nl.ddjgz.simulator;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import nl.ddjgz.dossier.ChildDossier;
import nl.ddjgz.dossier.Dossiers;
import nl.ddjgz.organisation.OrganisationSettings;
import nl.ddjgz.praeventis.hl7.CallListMessage;
import nl.ddjgz.praeventis.hl7.CallListWriter;
import nl.ddjgz.praeventis.hl7.II;
import nl.ddjgz.praeventis.hl7.SendingSystem;
import nl.ddjgz.praeventis.hl7.W0422;
import nl.ddjgz.shared.Bsn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The simulated register sends a vaccination call list (REPC_IN002160NL) for a campaign: the children of a birth
 * cohort, called for one vaccine type, as Praeventis does before a mass vaccination. The register knows every child in
 * the country; the simulator stands in with the children of the module's own dossiers born in that year (with a BSN)
 * and a few fictitious children that have no dossier here (children who moved into the area, or whose dossier is kept
 * elsewhere), so that every branch of the receiving side is exercised. The list goes over the batch list's channel.
 */
@Component
@ConditionalOnBooleanProperty("ddjgz.simulator.enabled")
public class CallListPusher {

    private static final Logger log = LoggerFactory.getLogger(CallListPusher.class);

    private static final String[] FAMILY_NAMES = {"Jansen", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters"
    };
    private static final String[] GIVEN_NAMES = {"Sanne", "Daan", "Lotte", "Sem", "Fenna", "Milan", "Noor", "Luuk"};

    private final Environment environment;
    private final Dossiers dossiers;
    private final OrganisationSettings organisation;
    private final Clock clock;
    private final String username;
    private final String password;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CallListPusher(
            Environment environment,
            Dossiers dossiers,
            OrganisationSettings organisation,
            Clock clock,
            @Value("${ddjgz.praeventis.inbound.username:praeventis}") String username,
            @Value("${ddjgz.praeventis.inbound.password:}") String password) {
        this.environment = environment;
        this.dossiers = dossiers;
        this.organisation = organisation;
        this.clock = clock;
        this.username = username;
        this.password = password.isBlank() ? "demo-praeventis" : password;
    }

    /**
     * What to call for.
     *
     * @param birthYear the cohort
     * @param vaccineType the W0422 code (HPV is 09)
     * @param withoutDossier how many fictitious children without a dossier here to add
     */
    public record Campaign(int birthYear, String vaccineType, int withoutDossier) {

        public Campaign {
            if (!W0422.isCode(vaccineType)) {
                throw new IllegalArgumentException("not a W0422 vaccine type");
            }
            if (withoutDossier < 0 || withoutDossier > 100) {
                throw new IllegalArgumentException("withoutDossier between 0 and 100");
            }
        }
    }

    /** The outcome of one delivery: whether the module answered CA, and how many children the list held. */
    public record Delivery(boolean accepted, int children, String acknowledgement) {}

    /** Sends the call list now. */
    public Delivery push(Campaign campaign) {
        Written written = callList(campaign);
        byte[] list = written.xml();
        int children = written.children();
        try {
            HttpResponse<String> response =
                    ModulePost.send(http, environment, "/praeventis/call-list", username, password, list);
            boolean accepted = ModulePost.accepted(response);
            log.info(
                    "Simulated register sent a call list of {} children: {}",
                    children,
                    accepted ? "accepted" : "refused");
            return new Delivery(accepted, children, response.body());
        } catch (Exception e) {
            log.warn(
                    "Simulated register could not send the call list: {}",
                    e.getClass().getSimpleName());
            return new Delivery(false, children, null);
        }
    }

    /** A written call list and how many children it holds. */
    record Written(byte[] xml, int children) {}

    /** The call list for a campaign, as the register writes it. */
    Written callList(Campaign campaign) {
        LocalDate today = LocalDate.now(clock);
        List<CallListMessage.Child> children = new ArrayList<>();
        LocalDate planned = today.plusDays(14);
        List<CallListMessage.CalledFor> calledFor = List.of(new CallListMessage.CalledFor(
                campaign.vaccineType(), W0422.displayName(campaign.vaccineType()), planned));
        for (ChildDossier d : dossiers.findBornBetween(
                LocalDate.of(campaign.birthYear(), 1, 1), LocalDate.of(campaign.birthYear(), 12, 31))) {
            if (!d.hasBsn()) {
                continue; // the register knows the child by BSN; one without is not on its list
            }
            var address = d.getAddress();
            children.add(new CallListMessage.Child(
                    d.getBsn().value(),
                    null,
                    d.getGivenNames(),
                    d.getNamePrefix(),
                    d.getFamilyName(),
                    d.getBirthDate(),
                    d.getGender() == null ? null : d.getGender().name(),
                    address == null ? null : address.postcode(),
                    address == null ? null : address.houseNumber(),
                    address == null ? null : address.houseNumberSuffix(),
                    address == null ? null : address.city(),
                    calledFor,
                    address == null ? null : address.street()));
        }
        Random random = new Random();
        for (int i = 0; i < campaign.withoutDossier(); i++) {
            String bsn = fictitiousBsn(random);
            children.add(new CallListMessage.Child(
                    bsn,
                    null,
                    GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)],
                    null,
                    FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)],
                    LocalDate.of(campaign.birthYear(), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean() ? "F" : "M",
                    "3511 " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)),
                    1 + random.nextInt(200),
                    null,
                    "Utrecht",
                    calledFor,
                    "Oudegracht"));
        }
        if (children.isEmpty()) {
            throw new IllegalArgumentException("nobody to call in this cohort");
        }
        String name = W0422.displayName(campaign.vaccineType()) + "-campagne cohort " + campaign.birthYear();
        CallListMessage message = new CallListMessage(
                new II("2.16.840.1.113883.2.4.3.8.1000.10", "OPRL-" + UUID.randomUUID()),
                clock.instant(),
                II.application("PRAEVENTIS"),
                II.application(
                        Objects.requireNonNullElse(organisation.organisation().getApplicationId(), "0")),
                children,
                name);
        byte[] xml = new CallListWriter(
                        new SendingSystem("900000001", "00000001", "RIVM Praeventis (simulator)", "Bilthoven"),
                        clock.getZone())
                .write(message, new CallListWriter.Campaign(name, today, today.plusMonths(3)));
        return new Written(xml, children.size());
    }

    /** Nine digits passing the elfproef, made up. */
    static String fictitiousBsn(Random random) {
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                int d = random.nextInt(10);
                digits.append(d);
                sum += (9 - i) * d;
            }
            int last = sum % 11;
            if (last < 10) {
                String candidate = digits.append(last).toString();
                if (Bsn.isValid(candidate)) {
                    return candidate;
                }
            }
        }
    }
}
