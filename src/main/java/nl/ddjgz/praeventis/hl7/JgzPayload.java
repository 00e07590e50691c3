package nl.ddjgz.praeventis.hl7;

import jakarta.xml.bind.JAXBElement;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.ddjgz.praeventis.hl7.v3.AD;
import nl.ddjgz.praeventis.hl7.v3.ADXP;
import nl.ddjgz.praeventis.hl7.v3.ANY;
import nl.ddjgz.praeventis.hl7.v3.AdministrativeObservation;
import nl.ddjgz.praeventis.hl7.v3.CD;
import nl.ddjgz.praeventis.hl7.v3.CE;
import nl.ddjgz.praeventis.hl7.v3.CV;
import nl.ddjgz.praeventis.hl7.v3.CodeImmunization;
import nl.ddjgz.praeventis.hl7.v3.CodeObjection;
import nl.ddjgz.praeventis.hl7.v3.ConsentEvent;
import nl.ddjgz.praeventis.hl7.v3.Consumable;
import nl.ddjgz.praeventis.hl7.v3.ED;
import nl.ddjgz.praeventis.hl7.v3.ENXP;
import nl.ddjgz.praeventis.hl7.v3.Medication;
import nl.ddjgz.praeventis.hl7.v3.NullFlavor;
import nl.ddjgz.praeventis.hl7.v3.Objection;
import nl.ddjgz.praeventis.hl7.v3.ObjectionObservation;
import nl.ddjgz.praeventis.hl7.v3.ObjectionReason;
import nl.ddjgz.praeventis.hl7.v3.PN;
import nl.ddjgz.praeventis.hl7.v3.PatientPerson;
import nl.ddjgz.praeventis.hl7.v3.PatientSubjectOf;
import nl.ddjgz.praeventis.hl7.v3.ST;
import nl.ddjgz.praeventis.hl7.v3.TS;
import nl.ddjgz.praeventis.hl7.v3.TSDate;
import nl.ddjgz.praeventis.hl7.v3.VaccineType;

/**
 * The JGZ payload parts shared by Bericht 4, the status query and the status answer, between our records and the
 * generated classes: the child (template .102) with name, address, gender and DKTP schedule; the vaccine type; the
 * objection; dates. Writing is null-tolerant (a missing value leaves its element out, so the schema check names it);
 * reading is lenient (what the register may send).
 */
final class JgzPayload {

    /** "1234 AB": four digits not starting with 0, a space, two capitals. */
    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} [A-Z]{2}");

    private JgzPayload() {}

    // ------------------------------------------------------------------ the child

    /** The identified child (template .102); the base class, so no xsi:type is written. */
    static nl.ddjgz.praeventis.hl7.v3.Patient patient(VaccinationMessage.Patient child) {
        nl.ddjgz.praeventis.hl7.v3.Patient patient = new nl.ddjgz.praeventis.hl7.v3.Patient();
        patient.setClassCode("PAT");
        patient.getTemplateId().add(template(Oids.PATIENT_TEMPLATE));
        nl.ddjgz.praeventis.hl7.v3.II id = new nl.ddjgz.praeventis.hl7.v3.II();
        id.setRoot(Oids.BSN);
        id.setExtension(child.bsn());
        patient.getId().add(id);
        AD address =
                address(child.street(), child.houseNumber(), child.houseNumberSuffix(), child.postcode(), child.city());
        if (address != null) {
            patient.getAddr().add(address);
        }
        PatientPerson person = new PatientPerson();
        person.setClassCode("PSN");
        person.setDeterminerCode("INSTANCE");
        person.getName().add(name(child.givenNames(), child.namePrefix(), child.familyName()));
        person.setAdministrativeGenderCode(gender(new CE(), child.gender()));
        if (child.birthDate() != null) {
            person.setBirthTime(date(new TS(), child.birthDate()));
        }
        patient.setPatientPerson(person);
        if (child.dktpScheduleCode() != null) {
            patient.getSubjectOf1().add(dktpSchedule(child.dktpScheduleCode()));
        }
        return patient;
    }

    /** The child as the register (or we) sent it; null when masked or absent. */
    static VaccinationMessage.Patient patient(nl.ddjgz.praeventis.hl7.v3.Patient patient) {
        if (patient == null || patient.getNullFlavor() != null) {
            return null;
        }
        String bsn = V3.extension(patient.getId(), Oids.BSN);
        Address address = patient.getAddr().isEmpty()
                ? Address.NONE
                : address(patient.getAddr().get(0));
        PatientPerson person = patient.getPatientPerson();
        Name name = person == null || person.getName().isEmpty() ? Name.NONE : name(person.getName());
        String gender = person == null ? null : gender(person.getAdministrativeGenderCode());
        LocalDate birthDate = person == null ? null : day(V3.value(person.getBirthTime()));
        return new VaccinationMessage.Patient(
                bsn,
                name.given(),
                name.prefix(),
                name.family(),
                birthDate,
                gender,
                address.street(),
                address.houseNumber(),
                address.suffix(),
                address.postcode(),
                address.city(),
                dktpSchedule(patient.getSubjectOf1()));
    }

    private static PatientSubjectOf dktpSchedule(String code) {
        AdministrativeObservation observation = new AdministrativeObservation();
        observation.setClassCode("OBS");
        observation.setMoodCode("EVN");
        observation.getTemplateId().add(template(Oids.DKTP_SCHEDULE_TEMPLATE));
        observation.setCode(V3.code(new CD(), Oids.BDS_DKTP_SCHEDULE, Oids.BDS_ELEMENT, null));
        observation.setValue(V3.code(new CV(), code, Oids.DKTP_SCHEDULE, dktpScheduleName(code)));
        PatientSubjectOf subjectOf = new PatientSubjectOf();
        subjectOf.setTypeCode("SBJ");
        subjectOf.setAdministrativeObservation(observation);
        return subjectOf;
    }

    private static String dktpScheduleName(String code) {
        return switch (code) {
            case "01" -> "2+1 schema";
            case "02" -> "3+1 schema";
            default -> null;
        };
    }

    private static String dktpSchedule(List<PatientSubjectOf> subjectOfs) {
        for (PatientSubjectOf subjectOf : subjectOfs) {
            AdministrativeObservation observation = subjectOf.getAdministrativeObservation();
            if (observation != null
                    && observation.getCode() != null
                    && Oids.BDS_DKTP_SCHEDULE.equals(observation.getCode().getCode())
                    && observation.getValue() instanceof CD value
                    && value.getNullFlavor() == null) {
                return V3.blankToNull(value.getCode());
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ names

    /** The official name (use OR): given names, prefix (qualifier VV BR), family name (qualifier BR). */
    static PN name(String givenNames, String prefix, String family) {
        PN name = new PN();
        name.getUse().add("OR");
        if (!V3.isBlank(givenNames)) {
            name.getContent().add(V3.FACTORY.createENGiven(V3.text(new ENXP(), givenNames.strip())));
        }
        if (!V3.isBlank(prefix)) {
            ENXP part = V3.text(new ENXP(), prefix.strip());
            part.getQualifier().add("VV");
            part.getQualifier().add("BR");
            name.getContent().add(V3.FACTORY.createENPrefix(part));
        }
        if (!V3.isBlank(family)) {
            ENXP part = V3.text(new ENXP(), family.strip());
            part.getQualifier().add("BR");
            name.getContent().add(V3.FACTORY.createENFamily(part));
        }
        return name;
    }

    /**
     * The official name of a person (use OR, else the first), read by its parts: given names joined by a space; the
     * prefix and the family name of the birth name (qualifier BR), else the first ones.
     */
    static Name name(List<PN> names) {
        PN chosen = names.stream()
                .filter(n -> n.getUse().contains("OR"))
                .findFirst()
                .orElse(names.get(0));
        List<String> given = new ArrayList<>();
        List<ENXP> prefixes = new ArrayList<>();
        List<ENXP> families = new ArrayList<>();
        for (Serializable content : chosen.getContent()) {
            if (content instanceof JAXBElement<?> element
                    && element.getValue() instanceof ENXP part
                    && V3.text(part) != null) {
                switch (element.getName().getLocalPart()) {
                    case "given" -> given.add(V3.text(part));
                    case "prefix" -> prefixes.add(part);
                    case "family" -> families.add(part);
                    default -> {}
                }
            }
        }
        return new Name(given.isEmpty() ? null : String.join(" ", given), birthName(prefixes), birthName(families));
    }

    private static String birthName(List<ENXP> parts) {
        return parts.stream()
                .filter(p -> p.getQualifier().contains("BR"))
                .findFirst()
                .or(() -> parts.stream().findFirst())
                .map(V3::text)
                .orElse(null);
    }

    record Name(String given, String prefix, String family) {
        static final Name NONE = new Name(null, null, null);
    }

    // ------------------------------------------------------------------ address

    /** A BRP address from its parts; null when there is no part at all. */
    static AD address(String street, Integer houseNumber, String suffix, String postcode, String city) {
        AD address = new AD();
        List<Serializable> parts = address.getContent();
        if (!V3.isBlank(street)) {
            parts.add(V3.FACTORY.createADStreetName(V3.text(new ADXP(), street.strip())));
        }
        if (houseNumber != null) {
            parts.add(V3.FACTORY.createADHouseNumber(V3.text(new ADXP(), houseNumber.toString())));
        }
        if (!V3.isBlank(suffix)) {
            parts.add(V3.FACTORY.createADBuildingNumberSuffix(V3.text(new ADXP(), suffix.strip())));
        }
        if (!V3.isBlank(postcode)) {
            parts.add(V3.FACTORY.createADPostalCode(V3.text(new ADXP(), postcode.strip())));
        }
        if (!V3.isBlank(city)) {
            parts.add(V3.FACTORY.createADCity(V3.text(new ADXP(), city.strip())));
        }
        return parts.isEmpty() ? null : address;
    }

    static Address address(AD address) {
        String street = null;
        Integer houseNumber = null;
        String suffix = null;
        String postcode = null;
        String city = null;
        for (Serializable content : address.getContent()) {
            if (content instanceof JAXBElement<?> element && element.getValue() instanceof ADXP part) {
                String text = V3.text(part);
                switch (element.getName().getLocalPart()) {
                    case "streetName" -> street = text;
                    case "houseNumber", "houseNumberNumeric" -> houseNumber = number(text);
                    case "buildingNumberSuffix" -> suffix = text;
                    case "postalCode" -> postcode = text;
                    case "city" -> city = text;
                    default -> {}
                }
            }
        }
        return new Address(street, houseNumber, suffix, postcode, city);
    }

    /** The postcodes in an address (for the rules). */
    static List<String> postcodes(AD address) {
        List<String> postcodes = new ArrayList<>();
        for (Serializable content : address.getContent()) {
            if (content instanceof JAXBElement<?> element
                    && "postalCode".equals(element.getName().getLocalPart())
                    && element.getValue() instanceof ADXP part) {
                postcodes.add(V3.text(part) == null ? "" : V3.text(part));
            }
        }
        return postcodes;
    }

    private static Integer number(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    record Address(String street, Integer houseNumber, String suffix, String postcode, String city) {
        static final Address NONE = new Address(null, null, null, null, null);
    }

    // ------------------------------------------------------------------ gender

    /** W0023: M, F, UN as a code in AdministrativeGender; unknown (null) as nullFlavor UNK. */
    static <T extends CE> T gender(T target, String gender) {
        if (gender == null) {
            target.setNullFlavor(NullFlavor.UNK);
        } else {
            target.setCode(gender);
            target.setCodeSystem(Oids.ADMINISTRATIVE_GENDER);
        }
        return target;
    }

    static String gender(CE code) {
        return code == null || code.getNullFlavor() != null ? null : V3.blankToNull(code.getCode());
    }

    // ------------------------------------------------------------------ vaccine type, objection

    /** A W0422 code with the name as displayName, or nullFlavor OTH with the name as originalText. */
    static VaccineType vaccineType(String w0422Code, String name) {
        VaccineType type = new VaccineType();
        if (w0422Code != null) {
            V3.code(type, w0422Code, Oids.VACCINE_TYPE, name);
        } else {
            type.setNullFlavor(NullFlavor.OTH);
            if (name != null) {
                type.setOriginalText(V3.text(new ED(), name));
            }
        }
        return type;
    }

    /** The W0422 code, or null when the type is uncoded or in another code system. */
    static String w0422Code(CE type) {
        if (type == null || type.getNullFlavor() != null) {
            return null;
        }
        String system = type.getCodeSystem();
        return system == null || Oids.VACCINE_TYPE.equals(system) ? V3.blankToNull(type.getCode()) : null;
    }

    /** The name of a vaccine type: its displayName, else its originalText. */
    static String vaccineName(CE type) {
        if (type == null) {
            return null;
        }
        String displayName = V3.blankToNull(type.getDisplayName());
        return displayName != null ? displayName : V3.text(type.getOriginalText());
    }

    /** consumable/medication/administrableMedicine with the vaccine type and, when given, the batch number. */
    static Consumable consumable(String w0422Code, String vaccineName, String batchNumber) {
        nl.ddjgz.praeventis.hl7.v3.AdministrableMedicine medicine =
                new nl.ddjgz.praeventis.hl7.v3.AdministrableMedicine();
        medicine.setClassCode("MMAT");
        medicine.setDeterminerCode("KIND");
        medicine.setCode(vaccineType(w0422Code, vaccineName));
        if (batchNumber != null) {
            medicine.setLotNumberText(V3.text(new ST(), batchNumber));
        }
        Medication medication = new Medication();
        medication.setClassCode("ADMM");
        medication.setAdministrableMedicine(medicine);
        Consumable consumable = new Consumable();
        consumable.setTypeCode("CSM");
        consumable.setMedication(medication);
        return consumable;
    }

    static nl.ddjgz.praeventis.hl7.v3.AdministrableMedicine medicine(Consumable consumable) {
        return consumable == null || consumable.getMedication() == null
                ? null
                : consumable.getMedication().getAdministrableMedicine();
    }

    /** The objection: consentEvent (negationInd true, IMMUNIZ) with reason 683 and the W0323 value. */
    static Objection objection(String reason) {
        ObjectionObservation observation = new ObjectionObservation();
        observation.setClassCode("OBS");
        observation.setMoodCode("EVN");
        observation.setCode(V3.code(new CodeObjection(), Oids.BDS_OBJECTION, Oids.BDS_ELEMENT, null));
        observation.setValue(V3.code(new CV(), reason, Oids.OBJECTION_REASON, null));
        ObjectionReason reasonOf = new ObjectionReason();
        reasonOf.setTypeCode("RSON");
        reasonOf.setObservationEvent(observation);
        ConsentEvent consent = new ConsentEvent();
        consent.setClassCode("CONS");
        consent.setMoodCode("EVN");
        consent.setNegationInd(true);
        consent.setCode(immunization());
        consent.setReasonOf(reasonOf);
        Objection objection = new Objection();
        objection.setTypeCode("AUTH");
        objection.setConsentEvent(consent);
        return objection;
    }

    /** The objection's value (W0323 code), or null when it has none. */
    static CD objectionValue(Objection objection) {
        if (objection == null
                || objection.getConsentEvent() == null
                || objection.getConsentEvent().getReasonOf() == null
                || objection.getConsentEvent().getReasonOf().getObservationEvent() == null) {
            return null;
        }
        ANY value =
                objection.getConsentEvent().getReasonOf().getObservationEvent().getValue();
        return value instanceof CD code && code.getNullFlavor() == null ? code : null;
    }

    static String objectionReason(Objection objection) {
        CD value = objectionValue(objection);
        return value == null ? null : V3.blankToNull(value.getCode());
    }

    static CodeImmunization immunization() {
        return V3.code(new CodeImmunization(), "IMMUNIZ", Oids.ACT_CODE, "Immunization");
    }

    // ------------------------------------------------------------------ dates and templates

    static <T extends TS> T date(T target, LocalDate date) {
        target.setValue(Hl7Time.format(date));
        return target;
    }

    static TSDate date(LocalDate date) {
        return date == null ? null : date(new TSDate(), date);
    }

    /** The day of a TS value, or null when there is none; a value that names no real day raises an exception. */
    static LocalDate day(String value) {
        return value == null ? null : Hl7Time.day(value);
    }

    static nl.ddjgz.praeventis.hl7.v3.II template(String root) {
        nl.ddjgz.praeventis.hl7.v3.II template = new nl.ddjgz.praeventis.hl7.v3.II();
        template.setRoot(root);
        return template;
    }
}
