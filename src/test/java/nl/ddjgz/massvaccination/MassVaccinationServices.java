package nl.ddjgz.massvaccination;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mass vaccination use-case services, injected once for the integration tests that drive a session through them
 * (set it up, fill the expected list, scan, review, approve). The tests keep their own {@code @IntegrationTest}, so
 * the suite still starts one Spring context.
 */
public abstract class MassVaccinationServices {

    @Autowired
    protected SessionSetup sessionSetup;

    @Autowired
    protected ExpectedList expectedList;

    @Autowired
    protected ScanDesk scanDesk;

    @Autowired
    protected SessionReview sessionReview;

    @Autowired
    protected SessionApproval sessionApproval;

    @Autowired
    protected SessionGroupFile sessionGroupFile;
}
