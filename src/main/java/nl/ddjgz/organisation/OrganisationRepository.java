package nl.ddjgz.organisation;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, Short> {
    Optional<Organisation> findById(Short id);
}
