package nl.ddjgz.vaccinnet.ws;

import java.util.List;

/** The answer to GetVaccinations: the vaccinations (possibly none), or a fault. */
public record GetVaccinationsReply(List<StoredVaccination> vaccinations, Fault fault) {

    public GetVaccinationsReply {
        vaccinations = vaccinations == null ? List.of() : List.copyOf(vaccinations);
        if (fault != null && !vaccinations.isEmpty()) {
            throw new IllegalArgumentException("a GetVaccinations reply is either vaccinations or a fault");
        }
    }

    public static GetVaccinationsReply of(List<StoredVaccination> vaccinations) {
        return new GetVaccinationsReply(vaccinations, null);
    }

    public static GetVaccinationsReply refused(Fault fault) {
        return new GetVaccinationsReply(List.of(), fault);
    }
}
