package nl.ddjgz.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import nl.ddjgz.audit.AuditAction;
import nl.ddjgz.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsByNameServiceWrapper;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationProvider;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.StringUtils;

/**
 * Form login for people (the staff user table); machine accounts of their own for the register (client certificate
 * or HTTP Basic on {@code /praeventis/**}) and the metrics scraper (HTTP Basic on {@code /actuator/**}). Every page gets CSRF protection,
 * a strict Content-Security-Policy (no inline scripts or styles) and the usual secure headers; Strict-Transport-Security
 * on every response to a request served over HTTPS.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** One year: a browser that saw the module over HTTPS refuses plain http to it for that long. */
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The register's own calls (the nightly batch list, call lists): machine to machine, no session, no CSRF. The
     * register is a machine account of its own, never a staff user: this chain knows only that one account (no staff
     * login reaches it, and the register's account opens no page). In production the register authenticates with its
     * client certificate (TLS client auth at the server or the proxy; the certificate's CN must be the configured
     * register user name, looked up in the register account only); HTTP Basic with the configured password is for the
     * default run and the simulator.
     */
    @Bean
    @Order(0)
    SecurityFilterChain registerChain(
            HttpSecurity http,
            PasswordEncoder passwordEncoder,
            SecurityProperties properties,
            Clock clock,
            @Value("${ddjgz.praeventis.inbound.username:praeventis}") String username,
            @Value("${ddjgz.praeventis.inbound.password:}") String password)
            throws Exception {
        String effectivePassword = machinePassword(password);
        UserDetailsService register = machineAccount(username, effectivePassword, REGISTER_ROLE);
        PreAuthenticatedAuthenticationProvider certificates = new PreAuthenticatedAuthenticationProvider();
        certificates.setPreAuthenticatedUserDetailsService(new UserDetailsByNameServiceWrapper<>(register));
        // no parent: a name this account does not know is refused here, never tried against the staff users
        ProviderManager registerOnly =
                new ProviderManager(certificates, ThrottledLogin.machine(register, passwordEncoder, properties, clock));
        http.securityMatcher("/praeventis/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(REGISTER_ROLE))
                .authenticationManager(registerOnly)
                .x509(x509 -> x509.subjectPrincipalRegex("CN=(.*?)(?:,|$)")
                        .authenticationUserDetailsService(new UserDetailsByNameServiceWrapper<>(register)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if (effectivePassword != null) {
            http.httpBasic(withDefaults());
        }
        return http.build();
    }

    /** The register's role: only on {@code /praeventis/**}. */
    static final String REGISTER_ROLE = "REGISTER";

    /** The metrics scraper's role: only on {@code /actuator/**}. */
    static final String METRICS_ROLE = "METRICS";

    /**
     * The configured password; without one none at all (null: the account cannot log in by password). The
     * development run configures its demo passwords like any other setting.
     */
    private static String machinePassword(String configured) {
        return StringUtils.hasText(configured) ? configured : null;
    }

    private static UserDetailsService machineAccount(String username, String password, String role) {
        return new InMemoryUserDetailsManager(User.withUsername(username)
                .password(password == null ? "{noop}" + UUID.randomUUID() : "{noop}" + password)
                .roles(role)
                .build());
    }

    /**
     * What only a youth doctor or nurse may do: approve, take a registration back (correct, withdraw), a correction
     * request, the RIVM-form mark; set up a mass vaccination session, its expected list, its approval and group file.
     */
    static final String[] PROFESSIONAL_ACTS = {
        "/contactmoments/*/approve",
        "/contactmoments/*/correct",
        "/contactmoments/*/withdraw",
        "/contactmoments/*/correction-request",
        "/contactmoments/*/rivm-form-reported",
        "/massvaccination",
        "/massvaccination/*/cohort",
        "/massvaccination/*/import",
        "/massvaccination/*/import/*/confirm",
        "/massvaccination/*/import/*/discard",
        "/massvaccination/*/approve",
        "/massvaccination/*/groupfile/*",
        "/massvaccination/*/call-list",
        "/massvaccination/*/open-dossiers",
        "/massvaccination/*/desk/lot"
    };

    /**
     * Metrics for the scraper (Prometheus): a machine account of its own (HTTP Basic), not a person. Staff users,
     * administrators included, cannot scrape; the scraper's account opens no page and no register endpoint.
     */
    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(
            HttpSecurity http,
            PasswordEncoder passwordEncoder,
            SecurityProperties properties,
            Clock clock,
            @Value("${ddjgz.metrics.username:prometheus}") String username,
            @Value("${ddjgz.metrics.password:}") String password)
            throws Exception {
        UserDetailsService scraper = machineAccount(username, machinePassword(password), METRICS_ROLE);
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(METRICS_ROLE))
                .authenticationManager(
                        new ProviderManager(ThrottledLogin.machine(scraper, passwordEncoder, properties, clock)))
                .httpBasic(withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        // a professional's acts (JGZ-2); the services check the same by method security
                        .requestMatchers(HttpMethod.POST, PROFESSIONAL_ACTS)
                        .hasRole(Role.JGZ_PROFESSIONAL.name())
                        .requestMatchers("/dossiers/**", "/contactmoments/**", "/worklist/**")
                        .hasAnyRole(Role.JGZ_PROFESSIONAL.name(), Role.JGZ_ASSISTANT.name())
                        // the recall list names every child who got a batch: health data, a professional's task
                        .requestMatchers("/recall/**")
                        .hasRole(Role.JGZ_PROFESSIONAL.name())
                        .requestMatchers("/queue/**")
                        .hasAnyRole(Role.JGZ_PROFESSIONAL.name(), Role.JGZ_ASSISTANT.name(), Role.ADMIN.name())
                        .requestMatchers("/massvaccination/**")
                        .hasAnyRole(Role.JGZ_PROFESSIONAL.name(), Role.JGZ_ASSISTANT.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler(loginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(ex -> ex.accessDeniedHandler(auditedAccessDenied(audit)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        // only on a request served over HTTPS (directly or through the trusted proxy), never on http
                        .httpStrictTransportSecurity(hsts ->
                                hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static ExceptionMappingAuthenticationFailureHandler loginFailureHandler() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setDefaultFailureUrl("/login?error=bad");
        // disabled is only ever told after the right password (ThrottledLogin); there is no account lock
        handler.setExceptionMappings(Map.of(
                ThrottledLogin.LoginThrottledException.class.getName(), "/login?error=wait",
                DisabledException.class.getName(), "/login?error=disabled"));
        return handler;
    }

    /** A refused page: logged in the audit trail, then Boot's error page "error/403" in Dutch. */
    private static AccessDeniedHandler auditedAccessDenied(AuditTrail audit) {
        AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
        return (request, response, exception) -> {
            audit.recordRefused(AuditAction.ACCESS_DENIED, null, request.getMethod() + " " + request.getRequestURI());
            delegate.handle(request, response, exception);
        };
    }
}
