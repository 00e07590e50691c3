package nl.ddjgz.praeventis.hl7;

/**
 * Who sends a message, as the control act wrapper names it ({@code ControlActProcess/authorOrPerformer}): the sending
 * system's UZI server certificate number and its organisation's URA number, name and city.
 */
public record SendingSystem(String certificateNumber, String ura, String organisationName, String city) {

    public SendingSystem {
        require(certificateNumber, "certificateNumber");
        require(organisationName, "organisationName");
        require(city, "city");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    II device() {
        return new II(Oids.UZI_SERVER_CERTIFICATE, certificateNumber);
    }

    II organisation() {
        return ura == null || ura.isBlank() ? null : new II(Oids.URA, ura);
    }
}
