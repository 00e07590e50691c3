package nl.ddjgz.vaccinnet.ws;

import java.util.function.Function;

/** An error the registry answers ({@code fout}): its code ({@code foutCode}) and text ({@code foutOmschrijving}, may be null). */
public record Fault(String code, String description) {

    public Fault {
        WsChecks.text(code, "foutCode");
    }

    /**
     * The fault a contract's {@code fout} element holds.
     *
     * @return null when there is none
     */
    static <F> Fault read(F fout, Function<F, String> code, Function<F, String> description) {
        return fout == null ? null : new Fault(code.apply(fout), description.apply(fout));
    }
}
