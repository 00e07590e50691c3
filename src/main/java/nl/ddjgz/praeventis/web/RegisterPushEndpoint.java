package nl.ddjgz.praeventis.web;

import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.praeventis.BatchListReceipt;
import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.praeventis.hl7.Soap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Praeventis pushes to us: SOAP over HTTP, the message in the body, answered with an MCCI_IN000002 in a SOAP
 * envelope (CA when stored, CR with the reasons when refused). Only the register may call it, on one channel and with
 * one login (the security configuration's /praeventis/**).
 */
@RestController
@RequestMapping(
        path = "/praeventis",
        consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE, "application/soap+xml"},
        produces = MediaType.TEXT_XML_VALUE)
class RegisterPushEndpoint {

    private final BatchListReceipt batchLists;
    private final CallLists callLists;

    RegisterPushEndpoint(BatchListReceipt batchLists, CallLists callLists) {
        this.batchLists = batchLists;
        this.callLists = callLists;
    }

    /** The nightly batch list, PRMM_IN010043NL. */
    @PostMapping("/batch-list")
    ResponseEntity<byte[]> batchList(@RequestBody byte[] envelope) {
        return answer(batchLists
                .receive(Soap.bodyOrAsIs(envelope), BatchSource.REGISTER, null)
                .acknowledgement());
    }

    /** A vaccination call list, REPC_IN002160NL. */
    @PostMapping("/call-list")
    ResponseEntity<byte[]> callList(@RequestBody byte[] envelope) {
        return answer(callLists.receive(Soap.bodyOrAsIs(envelope)).acknowledgement());
    }

    private static ResponseEntity<byte[]> answer(byte[] acknowledgement) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(Soap.envelope(acknowledgement));
    }
}
