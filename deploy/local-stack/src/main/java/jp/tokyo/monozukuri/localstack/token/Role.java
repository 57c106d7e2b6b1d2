package jp.tokyo.monozukuri.localstack.token;

/**
 * The roles a development token can carry in its {@code roles} claim; the same names the services'
 * security configuration maps to authorities.
 */
enum Role {
    /** A municipality's staff; the token must then name the municipality. */
    MUNICIPALITY,
    REVIEWER,
    APPROVER,
    ADMIN
}
