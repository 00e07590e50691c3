package nl.ddjgz.praeventis.web;

import nl.ddjgz.praeventis.CallLists;
import nl.ddjgz.praeventis.hl7.Soap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Praeventis sends a vaccination call list: SOAP over HTTP, the REPC_IN002160NL in the body, answered with an
 * MCCI_IN000002 in a SOAP envelope (CA when stored, CR with the reasons when refused). Only the register may call it,
 * on the same channel and with the same login as the batch list (the security configuration's /praeventis/**).
 */
@RestController
class CallListEndpoint {

    private final CallLists callLists;

    CallListEndpoint(CallLists callLists) {
        this.callLists = callLists;
    }

    @PostMapping(
            path = "/praeventis/call-list",
            consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE, "application/soap+xml"},
            produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<byte[]> receive(@RequestBody byte[] envelope) {
        byte[] message = Soap.bodyOrAsIs(envelope);
        CallLists.Receipt receipt = callLists.receive(message);
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(Soap.envelope(receipt.acknowledgement()));
    }
}
