package nl.ddjgz.vaccinnet.ws;

/** An error the registry answers ({@code fout}): its code ({@code foutCode}) and text ({@code foutOmschrijving}, may be null). */
public record Fault(String code, String description) {

    public Fault {
        WsChecks.text(code, "foutCode");
    }
}
