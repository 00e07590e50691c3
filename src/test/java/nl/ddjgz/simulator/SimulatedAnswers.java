package nl.ddjgz.simulator;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** How every simulated register answers over HTTP: a whole body, a slow answer, or one that breaks off. */
public final class SimulatedAnswers {

    /**
     * The code system of the simulated register's own error codes (PAT-ONBEKEND, NF, QE, AE): an OID in Nictiz' test
     * branch (2.16.840.1.113883.2.4.3.11.999), since the real register's codes are not published.
     */
    public static final String CODE_SYSTEM = "2.16.840.1.113883.2.4.3.11.999.77.1";

    private static final String XML = "text/xml;charset=UTF-8";

    private SimulatedAnswers() {}

    /** An XML (SOAP) answer with this status. */
    public static void xml(HttpServletResponse response, int status, byte[] body) throws IOException {
        write(response, status, XML, body);
    }

    /** An answer of any content type. */
    public static void write(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /**
     * Stored, but the answer never arrives complete: the sender must assume nothing and may send again. Announces a
     * long body, sends its first bytes and breaks off.
     */
    public static void dropConnection(HttpServletResponse response, int status, String contentType, String start)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(100_000);
        OutputStream out = response.getOutputStream();
        out.write(start.getBytes(StandardCharsets.UTF_8));
        out.flush();
        throw new IOException("simulated dropped connection");
    }

    /** A SOAP answer that breaks off after it was stored. */
    public static void dropSoapConnection(HttpServletResponse response) throws IOException {
        dropConnection(response, 200, XML, "<soap");
    }

    /** Every answer takes this long (a slow register). */
    public static void pause(Duration delay) {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
