package nl.ddjgz.dossier;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.ddjgz.schedule.DktpSchedule;

@Converter
class DktpScheduleConverter implements AttributeConverter<DktpSchedule, String> {

    @Override
    public String convertToDatabaseColumn(DktpSchedule schedule) {
        return schedule == null ? null : schedule.code();
    }

    @Override
    public DktpSchedule convertToEntityAttribute(String code) {
        return code == null ? null : DktpSchedule.ofCode(code).orElseThrow();
    }
}
