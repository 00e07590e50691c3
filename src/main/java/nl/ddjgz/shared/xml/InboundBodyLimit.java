package nl.ddjgz.shared.xml;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A limit on the body of every inbound XML/SOAP call (the register's batch-list push on {@code /praeventis/**}, the
 * simulators' SOAP and FHIR endpoints on {@code /simulator/**}): a larger body is answered with 413 and a Dutch text
 * before anything parses it, whether the caller announced its length or sends it in chunks. Checked before the login
 * (nothing is read beyond the limit). A body within its announced length passes as it is (the server delivers no more
 * than that length); a chunked one is read here, up to one byte over the limit, and passed on as read.
 */
@Configuration(proxyBeanMethods = false)
class InboundBodyLimit {

    /** Runs just before Spring Security's filter chain (order -100). */
    static final int ORDER = -101;

    @Bean
    FilterRegistrationBean<LimitFilter> inboundBodyLimitFilter(
            @Value("${ddjgz.inbound.max-body-size:5MB}") DataSize maxBodySize, MessageSource messages) {
        FilterRegistrationBean<LimitFilter> registration =
                new FilterRegistrationBean<>(new LimitFilter(maxBodySize.toBytes(), messages));
        registration.addUrlPatterns("/praeventis/*", "/simulator/*");
        registration.setOrder(ORDER);
        return registration;
    }

    static final class LimitFilter extends OncePerRequestFilter {

        private final long max;
        private final MessageSource messages;

        LimitFilter(long max, MessageSource messages) {
            this.max = max;
            this.messages = messages;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long announced = request.getContentLengthLong();
            if (announced > max) {
                refuse(response);
                return;
            }
            if (announced >= 0) {
                // the server reads no byte beyond the announced length (the rest would be the next request): the
                // body is within the limit as it stands, and is read once, by whoever reads it, without a copy here
                chain.doFilter(request, response);
                return;
            }
            String type = request.getContentType() == null
                    ? ""
                    : request.getContentType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
                // forms are parsed by the server itself (its own post-size limits); reading them here would lose them
                chain.doFilter(request, response);
                return;
            }
            // sent in chunks: read up to one byte over the limit before anything parses it
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                refuse(response);
                return;
            }
            chain.doFilter(new CachedBody(request, body), response);
        }

        private void refuse(HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Connection", "close");
            String text = messages.getMessage(
                    "inbound.tooLarge",
                    new Object[] {DataSize.ofBytes(max).toKilobytes()},
                    Locale.forLanguageTag("nl"));
            response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The request with its body read once, within the limit. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
