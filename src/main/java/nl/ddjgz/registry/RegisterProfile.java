package nl.ddjgz.registry;

import java.util.Objects;

/**
 * What a register asks and offers, as its adapter describes it: the one thing the rest of the module (services and
 * pages) asks about the organisation's register, instead of its name. Read on pages as {@code ${register}} (e.g.
 * {@code ${register.identifierKind}}, {@code ${register.offersGroupFile}}).
 *
 * @param registry the register's stored code
 * @param identifierKind the number that identifies the child at the register (BSN or INSZ)
 * @param takesObjections whether the register takes objections (Vaccinnet registers administered vaccinations only)
 * @param anonymisesWithoutConsent whether the parents' consent decides the message: with the child's data when in
 *     force, anonymised otherwise (RIVM); a register without it always gets the child's data
 * @param paperFormWithoutIdentifier whether a child without identifier is reported on paper (the RIVM form)
 * @param offersGroupFile whether a mass vaccination session can be exported as the register's group file (the
 *     Vaccinnet CSV upload), an export beyond the messages
 * @param offersStatusQuery whether the register can be asked what it holds of a child (Praeventis status query)
 * @param offersCallList whether the register supplies call lists for a mass vaccination session (Praeventis)
 * @param retractsAfterDispatch whether a registration the register took can be taken back by a message
 * @param processesLater whether the register takes messages on and processes them later (polled)
 * @param correctsByRequest whether a registration that has left is corrected by calling the register and recording
 *     the agreed correction request (Praeventis), rather than in the register's own way
 * @param needsEhealthId whether the organisation must have an eHealth id (the sender of every Belgian message)
 * @param needsSoftwareId whether the organisation must have a software id (Vaccinnet's SoftwareId)
 * @param sentKey the message key of the text shown when a registration has left and cannot be retracted (now), with
 *     the register's name as its argument
 */
public record RegisterProfile(
        Registry registry,
        IdentifierKind identifierKind,
        boolean takesObjections,
        boolean anonymisesWithoutConsent,
        boolean paperFormWithoutIdentifier,
        boolean offersGroupFile,
        boolean offersStatusQuery,
        boolean offersCallList,
        boolean retractsAfterDispatch,
        boolean processesLater,
        boolean correctsByRequest,
        boolean needsEhealthId,
        boolean needsSoftwareId,
        String sentKey) {

    public RegisterProfile {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(identifierKind, "identifierKind");
        Objects.requireNonNull(sentKey, "sentKey");
    }

    /** A profile that asks and offers nothing beyond the messages, to be told what it does. */
    public static Builder builder(Registry registry, IdentifierKind identifierKind) {
        return new Builder(registry, identifierKind);
    }

    /** The message key of the register's name ({@code registry.name.<code>}). */
    public String nameKey() {
        return "registry.name." + registry.code();
    }

    /** Whether the child is identified by INSZ (and the professional by NIHII), the Belgian way. */
    public boolean identifiedByInsz() {
        return identifierKind == IdentifierKind.INSZ;
    }

    /** The number a register identifies a child by. */
    public enum IdentifierKind {
        /** Burgerservicenummer (the Netherlands). */
        BSN,
        /** Rijksregisternummer / INSZ (Belgium). */
        INSZ
    }

    /** Builds a profile: every capability is off until it is named. */
    public static final class Builder {

        private final Registry registry;
        private final IdentifierKind identifierKind;
        private boolean takesObjections;
        private boolean anonymisesWithoutConsent;
        private boolean paperFormWithoutIdentifier;
        private boolean offersGroupFile;
        private boolean offersStatusQuery;
        private boolean offersCallList;
        private boolean retractsAfterDispatch;
        private boolean processesLater;
        private boolean correctsByRequest;
        private boolean needsEhealthId;
        private boolean needsSoftwareId;

        private Builder(Registry registry, IdentifierKind identifierKind) {
            this.registry = registry;
            this.identifierKind = identifierKind;
        }

        public Builder takesObjections() {
            takesObjections = true;
            return this;
        }

        public Builder anonymisesWithoutConsent() {
            anonymisesWithoutConsent = true;
            return this;
        }

        public Builder paperFormWithoutIdentifier() {
            paperFormWithoutIdentifier = true;
            return this;
        }

        public Builder offersGroupFile() {
            offersGroupFile = true;
            return this;
        }

        public Builder offersStatusQuery() {
            offersStatusQuery = true;
            return this;
        }

        public Builder offersCallList() {
            offersCallList = true;
            return this;
        }

        public Builder retractsAfterDispatch() {
            retractsAfterDispatch = true;
            return this;
        }

        public Builder processesLater() {
            processesLater = true;
            return this;
        }

        public Builder correctsByRequest() {
            correctsByRequest = true;
            return this;
        }

        public Builder needsEhealthId() {
            needsEhealthId = true;
            return this;
        }

        public Builder needsSoftwareId() {
            needsSoftwareId = true;
            return this;
        }

        /** The profile, with the key of the text shown when a registration has left and cannot be retracted. */
        public RegisterProfile sentKey(String sentKey) {
            return new RegisterProfile(
                    registry,
                    identifierKind,
                    takesObjections,
                    anonymisesWithoutConsent,
                    paperFormWithoutIdentifier,
                    offersGroupFile,
                    offersStatusQuery,
                    offersCallList,
                    retractsAfterDispatch,
                    processesLater,
                    correctsByRequest,
                    needsEhealthId,
                    needsSoftwareId,
                    sentKey);
        }
    }
}
