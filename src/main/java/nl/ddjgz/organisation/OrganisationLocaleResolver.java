package nl.ddjgz.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The pages and messages speak the organisation's language (Dutch; French for services in Wallonia and Brussels),
 * whatever the browser asks: a consultation desk shows the texts of its organisation.
 */
@Component("localeResolver")
class OrganisationLocaleResolver implements LocaleResolver {

    private final OrganisationSettings settings;

    OrganisationLocaleResolver(OrganisationSettings settings) {
        this.settings = settings;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return settings.locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language is the organisation's setting");
    }
}
