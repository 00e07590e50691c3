package nl.ddjgz.vaccination;

/** For a child without BSN nothing can go to Praeventis: the registration goes on RIVM's form instead. */
public enum RivmForm {
    NONE,
    NEEDED,
    REPORTED
}
