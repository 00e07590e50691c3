package nl.ddjgz.vaccination;

import static org.assertj.core.api.Assertions.assertThat;

import nl.ddjgz.registry.MessageState;
import nl.ddjgz.vaccination.Worklist.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a contact moment stands on the worklist, from its registration, its message and the RIVM form. */
class WorklistStageTests {

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "DRAFT, -, NONE, DRAFT",
                "WITHDRAWN, -, NONE, WITHDRAWN",
                "APPROVED, QUEUED, NONE, QUEUED",
                "APPROVED, SENDING, NONE, QUEUED",
                "APPROVED, SENT, NONE, SENT",
                "APPROVED, SUBMITTED, NONE, SENT",
                "APPROVED, ACKNOWLEDGED, NONE, ACKNOWLEDGED",
                "APPROVED, NEEDS_ACTION, NONE, NEEDS_PERSON",
                "APPROVED, STUCK, NONE, NEEDS_PERSON",
                "APPROVED, -, NEEDED, NEEDS_PERSON",
                "APPROVED, -, REPORTED, LOCAL",
                "APPROVED, -, NONE, LOCAL"
            })
    void stageFollowsTheRegistrationAndItsMessage(
            RegistrationState state, MessageState message, RivmForm rivmForm, Stage expected) {
        assertThat(Stage.of(state, message, rivmForm)).isEqualTo(expected);
    }
}
