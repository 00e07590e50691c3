package nl.ddjgz.vaccinnet.ws;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** An error the registry answers ({@code fout}): its code ({@code foutCode}) and text ({@code foutOmschrijving}, may be null). */
public record Fault(String code, String description) {

    public Fault {
        WsChecks.text(code, "foutCode");
    }

    /**
     * The fault as a contract's {@code fout} element (each contract has its own generated type of the same shape).
     *
     * @return null when there is no fault
     */
    static <F> F write(Fault fault, Supplier<F> type, BiConsumer<F, String> code, BiConsumer<F, String> description) {
        if (fault == null) {
            return null;
        }
        F fout = type.get();
        code.accept(fout, fault.code());
        description.accept(fout, fault.description());
        return fout;
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
