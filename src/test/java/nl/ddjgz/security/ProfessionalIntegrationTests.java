package nl.ddjgz.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.IntegrationTest;
import nl.ddjgz.Visitor;
import nl.ddjgz.shared.Nihii;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrator gives a Belgian professional a NIHII; other modules read it by user name. */
@IntegrationTest
class ProfessionalIntegrationTests {

    private static final String DEMO_PASSWORD = "demo-wachtwoord";

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcTemplate jdbc;

    private Visitor admin() {
        Visitor visitor = new Visitor(port);
        visitor.login("beheerder", DEMO_PASSWORD);
        return visitor;
    }

    private static Map<String, String> edit(String nihii) {
        return Map.of("displayName", "Dr. L. Peeters", "roles", "JGZ_PROFESSIONAL", "enabled", "true", "nihii", nihii);
    }

    @Test
    void anAdministratorSetsTheNihiiAndOtherModulesReadItWithTheName() {
        String name = "peeters-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(name, "L. Peeters", "correct-horse-battery", Role.JGZ_PROFESSIONAL);
        assertThat(users.professional(name))
                .hasValueSatisfying(p -> assertThat(p.hasNihii()).isFalse());

        Visitor admin = admin();
        assertThat(admin.get("/admin/users/" + account.getId()).body()).contains("RIZIV-nummer (NIHII)");
        HttpResponse<String> saved = admin.post("/admin/users/" + account.getId(), edit("1-23456-25-003"));

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(Visitor.location(saved)).isEqualTo("/admin/users");
        assertThat(users.professional(name.toUpperCase()))
                .contains(new Professional(name, "Dr. L. Peeters", Nihii.of("12345625003")));
        assertThat(jdbc.queryForObject("select nihii from user_account where id = ?", String.class, account.getId()))
                .isEqualTo("12345625003");
        assertThat(admin.get("/admin/users").body()).contains("1-23456-25-003");
    }

    @Test
    void aWrongNihiiGetsTheDutchMessageAndNothingChanges() {
        String name = "maes-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account =
                users.create(name, "K. Maes", "correct-horse-battery", Role.JGZ_PROFESSIONAL, Nihii.of("12345625003"));

        Visitor admin = admin();
        admin.get("/admin/users/" + account.getId());
        HttpResponse<String> refused = admin.post("/admin/users/" + account.getId(), edit("12345624003"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Het formulier bevat fouten. Er is niets opgeslagen.")
                .contains("Dit RIZIV-nummer klopt niet: controleer de cijfers.");
        assertThat(users.professional(name)).contains(new Professional(name, "K. Maes", Nihii.of("12345625003")));
    }

    @Test
    void anEmptyFieldRemovesTheNihiiAndAnUnknownUserIsNoProfessional() {
        String name = "claes-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account =
                users.create(name, "J. Claes", "correct-horse-battery", Role.JGZ_PROFESSIONAL, Nihii.of("12345625003"));

        Visitor admin = admin();
        admin.get("/admin/users/" + account.getId());
        assertThat(admin.post("/admin/users/" + account.getId(), edit("")).statusCode())
                .isEqualTo(302);

        assertThat(users.professional(name))
                .hasValueSatisfying(p -> assertThat(p.nihii()).isNull());
        assertThat(users.professional("nobody-" + UUID.randomUUID())).isEmpty();
    }
}
