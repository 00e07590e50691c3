package nl.ddjgz.vaccinecodes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface VaccineCodeRepository extends Repository<VaccineCode, String> {

    Optional<VaccineCode> findById(String vaccineTypeCode);

    List<VaccineCode> findAll();

    VaccineCode save(VaccineCode code);
}
