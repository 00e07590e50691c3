package nl.ddjgz.simulator;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.CharacterEncodingFilter;

/**
 * Hands a simulated register's requests straight to its servlet, ahead of the module's servlet filters. A servlet
 * registered beside the DispatcherServlet still passes every filter mapped to {@code /*} (Spring Session's request
 * wrapper, the HTTP observation filter, Spring Security's filter chain matching its ignored paths, the request
 * context), and a servlet filter mapping cannot leave a path out (Spring Boot offers no exclusion either). The
 * register stands in for another system, which runs none of them. So this filter is mapped to the register servlet's
 * own URL patterns, runs first, and for a request the server routes to that servlet calls the servlet itself instead
 * of passing the request on down the module's chain (a filter mapped by servlet name would come after every filter
 * mapped by URL, so too late).
 *
 * <p>Only the filters that shape what the register reads stay in front of it, in their order: the character
 * encoding of the request (Spring Boot's {@code server.servlet.encoding}) and the inbound body limit (413 with the
 * Dutch text, as for every path under {@code /simulator/*}). The URLs, the port and the servlet's own checks are the
 * same; an error page ({@code sendError}) is dispatched by the server as before.
 */
public final class DirectToRegister implements Filter {

    /** The bean name of the shared inbound body limit's registration ({@code nl.ddjgz.shared.xml.InboundBodyLimit}). */
    public static final String BODY_LIMIT = "inboundBodyLimitFilter";

    private final String name;
    private final Servlet register;
    private final List<Filter> kept;

    DirectToRegister(String name, Servlet register, List<Filter> kept) {
        this.name = Objects.requireNonNull(name);
        this.register = Objects.requireNonNull(register);
        this.kept = List.copyOf(kept);
    }

    /**
     * The registration for one register's servlet: mapped to that servlet's URL patterns, for requests only (not for
     * error dispatches), before every other filter.
     *
     * @param servlet the register's servlet registration
     * @param encoding Spring Boot's character encoding filter, null when it is off
     * @param bodyLimit the inbound body limit's registration, null when there is none
     */
    public static FilterRegistrationBean<DirectToRegister> of(
            ServletRegistrationBean<? extends Servlet> servlet,
            CharacterEncodingFilter encoding,
            FilterRegistrationBean<?> bodyLimit) {
        List<Filter> kept = new ArrayList<>(2);
        if (encoding != null) {
            kept.add(encoding);
        }
        if (bodyLimit != null && bodyLimit.isEnabled()) {
            kept.add(bodyLimit.getFilter());
        }
        FilterRegistrationBean<DirectToRegister> registration = new FilterRegistrationBean<>(
                new DirectToRegister(servlet.getServletName(), servlet.getServlet(), kept));
        registration.setName(servlet.getServletName() + "Direct");
        registration.setUrlPatterns(servlet.getUrlMappings());
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain moduleChain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && name.equals(http.getHttpServletMapping().getServletName())) {
            new Kept(0).doFilter(request, response);
        } else {
            // a path under the patterns that the server routes to another servlet: the module's chain as ever
            moduleChain.doFilter(request, response);
        }
    }

    /** The kept filters from {@code index} on, then the register's servlet. */
    private final class Kept implements FilterChain {

        private final int index;

        Kept(int index) {
            this.index = index;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) throws IOException, ServletException {
            if (index < kept.size()) {
                kept.get(index).doFilter(request, response, new Kept(index + 1));
            } else {
                register.service(request, response);
            }
        }
    }
}
