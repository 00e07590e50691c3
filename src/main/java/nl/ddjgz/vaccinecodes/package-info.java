/**
 * Our vaccine types in the Belgian registers' codes: the product (CNK code of the pack and its name), the KMEHR
 * vaccine indications (Vaccinnet) and the SNOMED CT code of the BeVaccination value set (Vaccicard), kept as data the
 * administrator edits (admin → Codes voor de Belgische registers). Used only by the Belgian registers' adapters
 * ({@code vaccinnet}, {@code vaccicard}); the register-neutral port ({@code registry}) and the modules that approve or
 * export registrations know nothing of these codes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Belgian vaccine codes",
        allowedDependencies = {"audit", "schedule", "shared"})
package nl.ddjgz.vaccinecodes;
