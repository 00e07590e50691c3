package nl.ddjgz.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletMapping;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.CharacterEncodingFilter;

/**
 * A simulated register's requests go straight to its servlet through the kept filters only (character encoding, body
 * limit), never down the module's chain; a request the server routes to another servlet goes on as before.
 */
class DirectToRegisterTests {

    private final List<String> seen = new ArrayList<>();

    private final HttpServlet register = new HttpServlet() {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) {
            seen.add("register " + request.getCharacterEncoding());
        }
    };

    private final ServletRegistrationBean<HttpServlet> servlet =
            new ServletRegistrationBean<>(register, "/simulator/example/*");

    {
        servlet.setName("exampleSimulator");
    }

    @Test
    void theRegistersRequestPassesTheKeptFiltersInOrderAndThenItsServletOnly() throws Exception {
        FilterRegistrationBean<DirectToRegister> direct = direct();
        MockHttpServletRequest request = routedTo("exampleSimulator");
        MockFilterChain moduleChain = new MockFilterChain(register, (req, res, chain) -> seen.add("module filter"));

        direct.getFilter().doFilter(request, new MockHttpServletResponse(), moduleChain);

        assertThat(seen).containsExactly("limit", "register UTF-8");
        assertThat(moduleChain.getRequest()).isNull();
        assertThat(direct.getUrlPatterns()).containsExactly("/simulator/example/*");
        assertThat(direct.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
    }

    @Test
    void aRequestForAnotherServletGoesDownTheModulesChain() throws Exception {
        MockHttpServletRequest request = routedTo("dispatcherServlet");
        MockFilterChain moduleChain = new MockFilterChain(register, (req, res, chain) -> {
            seen.add("module filter");
            chain.doFilter(req, res);
        });

        direct().getFilter().doFilter(request, new MockHttpServletResponse(), moduleChain);

        assertThat(seen).containsExactly("module filter", "register null");
    }

    private FilterRegistrationBean<DirectToRegister> direct() {
        Filter limit = (req, res, chain) -> {
            seen.add("limit");
            chain.doFilter(req, res);
        };
        return DirectToRegister.of(
                servlet, new CharacterEncodingFilter("UTF-8", true), new FilterRegistrationBean<>(limit));
    }

    private static MockHttpServletRequest routedTo(String servletName) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/simulator/example/x");
        request.setHttpServletMapping(
                new MockHttpServletMapping("x", "/simulator/example/*", servletName, MappingMatch.PATH));
        return request;
    }
}
