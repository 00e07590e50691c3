package nl.ddjgz.schedule;

import java.util.List;
import org.springframework.data.repository.Repository;

interface ScheduleVersionRepository extends Repository<ScheduleVersion, Integer> {
    List<ScheduleVersion> findAllByOrderByValidFromAsc();
}

interface ScheduleItemRepository extends Repository<ScheduleItem, Integer> {
    List<ScheduleItem> findAll();
}

interface VaccineTypeRepository extends Repository<VaccineType, String> {
    List<VaccineType> findAllByOrderByCodeAsc();
}

interface CatchUpItemRepository extends Repository<CatchUpItem, Integer> {
    List<CatchUpItem> findAll();
}
