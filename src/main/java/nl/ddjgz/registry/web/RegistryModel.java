package nl.ddjgz.registry.web;

import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.registry.RegisterProfile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page knows the organisation's register: its name ("Bevestigd door Vaccinnet") and, as {@code ${register}},
 * its {@link RegisterProfile}, which pages ask for what differs per register ({@code ${register.identifierKind}},
 * {@code ${register.offersStatusQuery}}, ...). A web slice without the register choice has neither.
 */
@ControllerAdvice
class RegistryModel {

    private final ObjectProvider<RegisterChoice> register;
    private final MessageSource messages;
    private volatile RegisterChoice choice;

    RegistryModel(ObjectProvider<RegisterChoice> register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    @ModelAttribute("registryName")
    String registryName() {
        RegisterProfile profile = register();
        return profile == null ? null : messages.getMessage(profile.nameKey(), null, LocaleContextHolder.getLocale());
    }

    /** What the organisation's register asks and offers. */
    @ModelAttribute("register")
    RegisterProfile register() {
        RegisterChoice available = choice();
        return available == null ? null : available.profile();
    }

    /**
     * The register choice bean, looked up once: this runs for every request to a controller (the scanning desk's
     * every scan among them), and resolving the bean each time was a dependency resolution per request.
     */
    private RegisterChoice choice() {
        RegisterChoice found = choice;
        if (found == null) {
            found = register.getIfAvailable();
            choice = found;
        }
        return found;
    }
}
