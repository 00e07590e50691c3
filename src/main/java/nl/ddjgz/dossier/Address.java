package nl.ddjgz.dossier;

import jakarta.persistence.Embeddable;

/** The child's BRP address. The postcode has the "1234 AB" form. */
@Embeddable
public record Address(String street, Integer houseNumber, String houseNumberSuffix, String postcode, String city) {

    public static Address none() {
        return new Address(null, null, null, null, null);
    }
}
