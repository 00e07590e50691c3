package nl.ddjgz.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ForwardedHeaderFilter;

/**
 * Spring's {@link ForwardedHeaderFilter} for {@code DDJGZ_FORWARD_HEADERS_STRATEGY=framework}, registered always and
 * switched on at start-up when that is the strategy. Spring Boot registers the same filter only under a condition on
 * {@code server.forward-headers-strategy}; the production start runs the context prepared ahead of time at build time
 * (Spring AOT, which fixes every condition with the build's settings), where that condition would keep the default
 * ({@code native}) whatever the operator sets. This bean also makes Spring Boot's own one stand back (it is registered
 * only while no other {@code ForwardedHeaderFilter} is), so both starts behave the same. {@code native} (Tomcat's
 * valve) and {@code none} are read at start-up by Spring Boot itself.
 */
@Configuration(proxyBeanMethods = false)
class ForwardedHeadersConfiguration {

    @Bean
    FilterRegistrationBean<ForwardedHeaderFilter> frameworkForwardedHeaderFilter(ServerProperties server) {
        FilterRegistrationBean<ForwardedHeaderFilter> registration =
                new FilterRegistrationBean<>(new ForwardedHeaderFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(
                server.getForwardHeadersStrategy() == ServerProperties.ForwardHeadersStrategy.FRAMEWORK);
        return registration;
    }
}
