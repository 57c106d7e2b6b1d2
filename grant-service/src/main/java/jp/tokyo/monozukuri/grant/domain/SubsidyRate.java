package jp.tokyo.monozukuri.grant.domain;

import java.math.BigInteger;

/**
 * 補助率 — the subsidy rate as an exact fraction (1/2), so that no amount ever passes through floating point.
 */
public record SubsidyRate(long numerator, long denominator) {

    public SubsidyRate {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a subsidy rate is a fraction in (0, 1], not " + numerator + "/"
                    + denominator);
        }
    }

    /** Reads {@code 1/2}, the form the configuration and documents use. */
    public static SubsidyRate parse(String fraction) {
        String[] parts = fraction.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("a subsidy rate is written numerator/denominator, not " + fraction);
        }
        return new SubsidyRate(Long.parseLong(parts[0].trim()), Long.parseLong(parts[1].trim()));
    }

    /** The rate applied to an amount, rounded down to the yen; exact for every long amount. */
    public long applyTo(long amountYen) {
        if (amountYen < 0) {
            throw new IllegalArgumentException("the rate applies to a non-negative amount, not " + amountYen);
        }
        return BigInteger.valueOf(amountYen).multiply(BigInteger.valueOf(numerator))
                .divide(BigInteger.valueOf(denominator)).longValueExact();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
