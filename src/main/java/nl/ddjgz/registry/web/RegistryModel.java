package nl.ddjgz.registry.web;

import nl.ddjgz.registry.RegisterChoice;
import nl.ddjgz.registry.Registry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page names the register the organisation reports to ("Bevestigd door Vaccinnet"). Web slices without the
 * register choice fall back to Praeventis.
 */
@ControllerAdvice
class RegistryModel {

    private final ObjectProvider<RegisterChoice> register;
    private final MessageSource messages;

    RegistryModel(ObjectProvider<RegisterChoice> register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    @ModelAttribute("registryName")
    String registryName() {
        return messages.getMessage("registry.name." + registry(), null, LocaleContextHolder.getLocale());
    }

    /** The register's code (PRAEVENTIS, VACCINNET_BATCH, ...), for what differs per register on a page. */
    @ModelAttribute("registryCode")
    String registryCode() {
        return registry().name();
    }

    /** Whether the register is Belgian: the child needs an INSZ, there is no BSN, RIVM form or RIVM consent. */
    @ModelAttribute("belgianRegistry")
    boolean belgianRegistry() {
        return registry().belgian();
    }

    private Registry registry() {
        RegisterChoice available = register.getIfAvailable();
        return available == null ? Registry.PRAEVENTIS : available.current();
    }
}
