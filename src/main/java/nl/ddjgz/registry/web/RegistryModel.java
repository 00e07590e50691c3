package nl.ddjgz.registry.web;

import nl.ddjgz.registry.Outbox;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page names the register the organisation reports to ("Bevestigd door Vaccinnet"). */
@ControllerAdvice
class RegistryModel {

    private final Outbox outbox;
    private final MessageSource messages;

    RegistryModel(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @ModelAttribute("registryName")
    String registryName() {
        return messages.getMessage("registry.name." + outbox.registry(), null, LocaleContextHolder.getLocale());
    }
}
