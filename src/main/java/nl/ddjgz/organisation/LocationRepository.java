package nl.ddjgz.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface LocationRepository extends Repository<Location, Long> {

    Location save(Location location);

    Optional<Location> findById(Long id);

    Optional<Location> findByCode(String code);

    List<Location> findAllByOrderByNameAsc();

    List<Location> findByActiveTrueOrderByNameAsc();
}
