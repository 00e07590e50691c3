package nl.ddjgz.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.ddjgz.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Recording or changing the RIVM consent is a professional's act; an assistant changes the rest of the dossier. */
@IntegrationTest
class ConsentByProfessionalIntegrationTests {

    private final LocalDate birth = LocalDate.now().minusMonths(5);

    @Autowired
    Dossiers dossiers;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    private static void as(String user, String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_" + role));
    }

    @Test
    void anAssistantCannotChangeConsentButCanChangeTheRest() {
        as("arts", "JGZ_PROFESSIONAL");
        ChildDossier dossier = dossiers.open(Children.born(birth));
        Consent recorded = dossier.getConsent();

        as("assistent", "JGZ_ASSISTANT");
        ChildData refused = Children.withConsent(Children.born(birth), new Consent(false, "03", birth, "01", null));
        assertThatThrownBy(() -> dossiers.change(dossier.getId(), dossier.getVersion(), withBsnOf(dossier, refused)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dossiers.get(dossier.getId()).getConsent()).isEqualTo(recorded);

        ChildData renamed = Children.withFamilyName(withBsnOf(dossier, Children.born(birth)), "Verhoeven");
        dossiers.change(dossier.getId(), dossier.getVersion(), Children.withConsent(renamed, recorded));
        assertThat(dossiers.get(dossier.getId()).getFamilyName()).isEqualTo("Verhoeven");
        assertThat(dossiers.get(dossier.getId()).getConsent()).isEqualTo(recorded);
    }

    @Test
    void anAssistantOpensADossierOnlyWithoutConsentAndAProfessionalRecordsIt() {
        as("assistent", "JGZ_ASSISTANT");
        assertThatThrownBy(() -> dossiers.open(Children.born(birth))).isInstanceOf(AccessDeniedException.class);
        ChildDossier opened = dossiers.open(Children.withConsent(Children.born(birth), Consent.unknown()));
        assertThat(opened.getConsent()).isEqualTo(Consent.unknown());

        as("verpleegkundige", "JGZ_PROFESSIONAL");
        Consent given = new Consent(true, "03", birth, "01", null);
        dossiers.change(
                opened.getId(),
                opened.getVersion(),
                Children.withConsent(withBsnOf(opened, Children.born(birth)), given));
        assertThat(dossiers.get(opened.getId()).getConsent()).isEqualTo(given);
    }

    private static ChildData withBsnOf(ChildDossier dossier, ChildData data) {
        return Children.withBsn(data, dossier.getBsn());
    }
}
