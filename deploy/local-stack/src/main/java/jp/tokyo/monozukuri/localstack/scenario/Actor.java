package jp.tokyo.monozukuri.localstack.scenario;

import java.util.List;
import java.util.Objects;

/**
 * Who calls an API, as the development token issuer writes it into the JWT: a subject, its roles and, for a
 * municipality's officer, the municipality's code.
 */
public record Actor(String subject, List<String> roles, String municipalityCode) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = List.copyOf(roles);
    }

    /** An officer of a municipality (区市町村の担当者): sees and edits only its own plans, grants and notices. */
    public static Actor municipality(String municipalityCode, String subject) {
        return new Actor(subject, List.of("MUNICIPALITY"), municipalityCode);
    }

    /** 審査担当: starts, comments, returns and recommends reviews. */
    public static Actor reviewer(String subject) {
        return new Actor(subject, List.of("REVIEWER"), null);
    }

    /** 決裁者: approves or rejects what someone else recommended, records budgets and takes the grant steps. */
    public static Actor approver(String subject) {
        return new Actor(subject, List.of("APPROVER"), null);
    }

    public static Actor admin(String subject) {
        return new Actor(subject, List.of("ADMIN"), null);
    }
}
