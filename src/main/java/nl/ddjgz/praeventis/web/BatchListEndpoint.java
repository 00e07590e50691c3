package nl.ddjgz.praeventis.web;

import nl.ddjgz.batch.BatchSource;
import nl.ddjgz.praeventis.BatchListReceipt;
import nl.ddjgz.praeventis.hl7.Soap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Praeventis pushes the nightly batch list: SOAP over HTTP, the PRMM_IN010043NL in the body, answered with
 * an MCCI_IN000002 in a SOAP envelope (CA when stored, CR with the schema errors when refused). Only the register may
 * call it (see the security configuration).
 */
@RestController
class BatchListEndpoint {

    private final BatchListReceipt receipt;

    BatchListEndpoint(BatchListReceipt receipt) {
        this.receipt = receipt;
    }

    @PostMapping(
            path = "/praeventis/batch-list",
            consumes = {MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_XML_VALUE, "application/soap+xml"},
            produces = MediaType.TEXT_XML_VALUE)
    ResponseEntity<byte[]> receive(@RequestBody byte[] envelope) {
        byte[] message = Soap.bodyOrAsIs(envelope);
        BatchListReceipt.Receipt result = receipt.receive(message, BatchSource.REGISTER, null);
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(Soap.envelope(result.acknowledgement()));
    }
}
