package nl.ddjgz.massvaccination.web;

import nl.ddjgz.massvaccination.IdentifierKind;
import nl.ddjgz.massvaccination.MassVaccinations;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the mass vaccination pages which number identifies the children ({@code insz} is true at an organisation that
 * reports to a Belgian register), so that labels, help and call cards name the INSZ instead of the BSN.
 */
@ControllerAdvice(basePackageClasses = IdentifierModel.class)
class IdentifierModel {

    private final MassVaccinations massVaccinations;

    IdentifierModel(MassVaccinations massVaccinations) {
        this.massVaccinations = massVaccinations;
    }

    @ModelAttribute("insz")
    boolean insz() {
        return massVaccinations.identifierKind() == IdentifierKind.INSZ;
    }
}
