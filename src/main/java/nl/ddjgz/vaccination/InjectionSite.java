package nl.ddjgz.vaccination;

/** Where the vaccine was given (prikplaats), when it is known. */
public enum InjectionSite {
    LEFT_ARM,
    RIGHT_ARM,
    LEFT_THIGH,
    RIGHT_THIGH
}
