package jp.tokyo.monozukuri.infrastructure.security;

/** The roles of the JWT claim {@code roles}. */
public enum Role {
    /** A municipality's staff (claim {@code municipality_code}): sees and edits only its own data. */
    MUNICIPALITY,
    /** Tokyo staff who review submitted plans. */
    REVIEWER,
    /** Tokyo staff who decide: approvals, grant decisions, payments. */
    APPROVER,
    /** Tokyo staff who administer everything. */
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_REVIEWER}; for {@code hasRole('REVIEWER')}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
