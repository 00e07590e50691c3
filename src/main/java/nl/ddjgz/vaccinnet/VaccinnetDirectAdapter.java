package nl.ddjgz.vaccinnet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ddjgz.registry.Delivery;
import nl.ddjgz.registry.InvalidRegistrationException;
import nl.ddjgz.registry.OutgoingRegistration;
import nl.ddjgz.registry.RegisterProfile;
import nl.ddjgz.registry.RegistryAdapter;
import nl.ddjgz.registry.UnsendableRegistrationException;
import nl.ddjgz.shared.Insz;
import nl.ddjgz.vaccinnet.kmehr.Folder;
import nl.ddjgz.vaccinnet.kmehr.InvalidKmehrException;
import nl.ddjgz.vaccinnet.kmehr.KmehrWriter;
import nl.ddjgz.vaccinnet.ws.AddResult;
import nl.ddjgz.vaccinnet.ws.AddVaccinations;
import nl.ddjgz.vaccinnet.ws.AddVaccinationsReply;
import nl.ddjgz.vaccinnet.ws.Fault;
import nl.ddjgz.vaccinnet.ws.InvalidWsMessageException;
import nl.ddjgz.vaccinnet.ws.RegistratieXml;
import nl.ddjgz.vaccinnet.ws.RegistrationStatus;
import nl.ddjgz.vaccinnet.ws.RemoveReply;
import nl.ddjgz.vaccinnet.ws.RemoveVaccination;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Vaccinnet RegistratieService adapter of the registry port (a physician's own software, answered at once).
 *
 * <p>At approval a contact moment becomes one KMEHR message per given vaccination (so that each gets its own
 * VaccinationId and can be removed on its own), in AddVaccinations requests of at most {@value
 * AddVaccinations#MAX_MESSAGES} for the child's INSZ, with the organisation's software id; each is checked against the
 * schemas and the KMEHR rules. A contact moment with more than five vaccinations is split into several requests in the
 * same outbox message (sent in order; accepted when every one is), rather than refused: the registry's limit is per
 * request, not per child. The payload is a JSON array of the SOAP envelopes as they leave.
 *
 * <p>Sending: all OK → ACCEPTED with the VaccinationIds (comma-separated, in the order of the vaccinations) kept as
 * the remote id; a refusal by the registry (unknown child, unknown product, missing lot) → ERROR with its code and
 * text, for a person; a partial acceptance is an ERROR that keeps the accepted VaccinationIds. A SOAP Server fault,
 * 5xx and timeouts are retried (the transaction ids stay the same, so the registry recognises a re-send); 401/403/404
 * and a missing endpoint are set-up errors. A correction after acceptance removes the kept VaccinationIds
 * (RemoveVaccination each), then the new approval adds again.
 */
@Component
class VaccinnetDirectAdapter implements RegistryAdapter {

    /** The form the organisation page requires: integrator_software[_organisation[_postcode]]. */

    /** The code of an accepted message (all KMEHR messages OK). */
    static final String OK = "OK";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KmehrComposer composer;
    private final RegistratieClient client;
    private final KmehrWriter writer = new KmehrWriter();

    VaccinnetDirectAdapter(KmehrComposer composer, RegistratieClient client) {
        this.composer = composer;
        this.client = client;
    }

    @Override
    public RegisterProfile profile() {
        return VaccinnetRegisters.DIRECT;
    }

    /**
     * @return a JSON array of AddVaccinations envelopes (one unless there are more than five vaccinations)
     * @throws UnsendableRegistrationException without (valid) software id, and as {@link KmehrComposer#folder}
     * @throws InvalidRegistrationException when a KMEHR message or a request fails its schema or rules
     */
    @Override
    public String compose(OutgoingRegistration registration, String messageId, Instant at) {
        return compose(composer, registration, messageId, at);
    }

    /**
     * The composer of an approval of many registrations: the codes table is read once, on the caller's thread, so the
     * KMEHR messages and requests are built and checked on every core without touching the database.
     */
    @Override
    public Composer composer() {
        KmehrComposer snapshot = composer.snapshot();
        return Composer.concurrent((registration, messageId, at) -> compose(snapshot, registration, messageId, at));
    }

    private String compose(KmehrComposer composer, OutgoingRegistration registration, String messageId, Instant at) {
        String softwareId = SoftwareId.of(registration.organisation());
        List<Folder> folders = composer.foldersPerVaccination(registration, messageId);
        Insz patient = folders.get(0).patient().insz();
        List<byte[]> kmehr = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) {
            // one millisecond apart: every KMEHR message has its own header id
            kmehr.add(kmehr(
                    KmehrComposer.message(registration.organisation(), at.plusMillis(i), List.of(folders.get(i)))));
        }
        List<String> envelopes = new ArrayList<>();
        for (int from = 0; from < kmehr.size(); from += AddVaccinations.MAX_MESSAGES) {
            List<byte[]> part = kmehr.subList(from, Math.min(kmehr.size(), from + AddVaccinations.MAX_MESSAGES));
            envelopes.add(envelope(
                    () -> RegistratieXml.writeAddVaccinations(new AddVaccinations(softwareId, patient, part))));
        }
        return JSON.writeValueAsString(envelopes);
    }

    /** RemoveVaccination for each VaccinationId the registry returned (a JSON array of envelopes). */
    @Override
    public String composeRetraction(Pending accepted, String messageId, Instant at) {
        List<String> ids = vaccinationIds(accepted.remoteId());
        if (ids.isEmpty()) {
            throw new IllegalStateException("nothing to retract: the registry returned no VaccinationId");
        }
        OutgoingRegistration registration = accepted.registration();
        String softwareId = SoftwareId.of(registration.organisation());
        Insz patient = Insz.of(registration.child().insz());
        List<String> envelopes = new ArrayList<>();
        for (String id : ids) {
            envelopes.add(envelope(
                    () -> RegistratieXml.writeRemoveVaccination(new RemoveVaccination(softwareId, patient, id))));
        }
        return JSON.writeValueAsString(envelopes);
    }

    /** One message per request (one patient per AddVaccinations). */
    @Override
    public List<Delivery> send(List<Pending> messages) {
        return messages.stream()
                .map(m -> m.operation() == Operation.RETRACT ? retract(m) : register(m))
                .toList();
    }

    private Delivery register(Pending message) {
        List<String> accepted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        String firstCode = null;
        int offset = 0;
        for (String envelope : envelopes(message.payload())) {
            RegistratieClient.Answer<AddVaccinationsReply> answer = client.add(bytes(envelope));
            if (answer.failure() != null) {
                return keep(answer.failure(), accepted);
            }
            AddVaccinationsReply reply = answer.reply();
            if (reply.fault() != null) {
                // the whole request refused (e.g. the child is unknown): nothing of it was stored
                firstCode = firstCode == null ? reply.fault().code() : firstCode;
                refusals.add(text(reply.fault(), 0));
            }
            for (AddResult result : reply.results()) {
                if (result.status() == RegistrationStatus.OK) {
                    accepted.add(result.vaccinationId());
                } else {
                    firstCode = firstCode == null ? result.fault().code() : firstCode;
                    refusals.add(text(result.fault(), offset + result.index() + 1));
                }
            }
            // every request but the last is full
            offset += AddVaccinations.MAX_MESSAGES;
        }
        if (refusals.isEmpty()) {
            return Delivery.accepted(200, OK, null, String.join(",", accepted));
        }
        String detail = (accepted.isEmpty() ? "" : accepted.size() + " vaccinatie(s) geregistreerd; ")
                + String.join("; ", refusals);
        // a partial acceptance keeps the VaccinationIds, so that a correction can remove them
        return keep(Delivery.refused(Delivery.Outcome.ERROR, 200, firstCode, detail), accepted);
    }

    private Delivery retract(Pending message) {
        List<String> refusals = new ArrayList<>();
        String firstCode = null;
        for (String envelope : envelopes(message.payload())) {
            RegistratieClient.Answer<RemoveReply> answer = client.remove(bytes(envelope));
            if (answer.failure() != null) {
                return answer.failure();
            }
            if (answer.reply().status() != RegistrationStatus.OK) {
                Fault fault = answer.reply().fault();
                firstCode = firstCode == null ? fault.code() : firstCode;
                refusals.add(text(fault, 0));
            }
        }
        if (refusals.isEmpty()) {
            return Delivery.accepted(200, OK, null, null);
        }
        return Delivery.refused(Delivery.Outcome.ERROR, 200, firstCode, String.join("; ", refusals));
    }

    /** A failure that keeps the VaccinationIds already returned by earlier requests of the same message. */
    private static Delivery keep(Delivery failure, List<String> accepted) {
        if (accepted.isEmpty()) {
            return failure;
        }
        return new Delivery(
                failure.outcome(),
                failure.httpStatus(),
                failure.code(),
                failure.detail(),
                String.join(",", accepted),
                failure.pollAt());
    }

    /** The registry's code and text, with the vaccination's position when it is about one of several. */
    private static String text(Fault fault, int position) {
        String text = fault.code() + (fault.description() == null ? "" : ": " + fault.description());
        return position > 0 ? "vaccinatie " + position + ": " + text : text;
    }

    /** The VaccinationIds kept in a message's remote id. */
    static List<String> vaccinationIds(String remoteId) {
        if (remoteId == null || remoteId.isBlank()) {
            return List.of();
        }
        return Arrays.stream(remoteId.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The envelopes of a payload, in order. */
    static List<String> envelopes(String payload) {
        return List.of(JSON.readValue(payload, String[].class));
    }

    private byte[] kmehr(nl.ddjgz.vaccinnet.kmehr.KmehrMessage message) {
        try {
            return writer.write(message);
        } catch (InvalidKmehrException e) {
            throw new InvalidRegistrationException(
                    e.violations().stream().map(Object::toString).limit(10).toList());
        }
    }

    private static String envelope(java.util.function.Supplier<byte[]> write) {
        try {
            return new String(write.get(), StandardCharsets.UTF_8);
        } catch (InvalidWsMessageException e) {
            throw new InvalidRegistrationException(
                    e.errors().stream().map(Object::toString).limit(10).toList());
        }
    }

    private static byte[] bytes(String envelope) {
        return envelope.getBytes(StandardCharsets.UTF_8);
    }
}
