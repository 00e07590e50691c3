package nl.ddjgz.security;

import static org.springframework.security.config.Customizer.withDefaults;

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
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.StringUtils;

/**
 * Form login for people, HTTP Basic (administrators only) for the metrics scraper. Every page gets CSRF protection,
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
     * The register's own calls (the nightly batch list): machine to machine, no session, no CSRF. In production the
     * register authenticates with its client certificate (TLS client auth at the server; the certificate's CN must be
     * the configured user name); HTTP Basic with the configured password is for the default run and the simulator.
     */
    @Bean
    @Order(0)
    SecurityFilterChain registerChain(
            HttpSecurity http,
            @Value("${ddjgz.praeventis.inbound.username:praeventis}") String username,
            @Value("${ddjgz.praeventis.inbound.password:}") String password,
            @Value("${spring.datasource.url:}") String externalDatabase)
            throws Exception {
        String effectivePassword = StringUtils.hasText(password)
                ? password
                : (StringUtils.hasText(externalDatabase) ? null : DEMO_REGISTER_PASSWORD);
        InMemoryUserDetailsManager register = new InMemoryUserDetailsManager();
        register.createUser(User.withUsername(username)
                .password(effectivePassword == null ? "{noop}" + UUID.randomUUID() : "{noop}" + effectivePassword)
                .roles("REGISTER")
                .build());
        http.securityMatcher("/praeventis/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("REGISTER"))
                .userDetailsService(register)
                .x509(x509 -> x509.subjectPrincipalRegex("CN=(.*?)(?:,|$)"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        if (effectivePassword != null) {
            http.httpBasic(withDefaults());
        }
        return http.build();
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
        "/massvaccination/*/open-dossiers"
    };

    /** The register's password in the default run (embedded database), known to the built-in simulator. */
    static final String DEMO_REGISTER_PASSWORD = "demo-praeventis";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole(Role.ADMIN.name()))
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
        // locked and disabled are only ever told after the right password (ThrottledLogin)
        handler.setExceptionMappings(Map.of(
                ThrottledLogin.LoginThrottledException.class.getName(), "/login?error=wait",
                LockedException.class.getName(), "/login?error=locked",
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
