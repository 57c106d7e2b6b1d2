package jp.tokyo.monozukuri.approval.domain;

/** An approval round announces at least one approved plan. */
public class EmptyRoundException extends RuntimeException {

    public EmptyRoundException() {
        super("an approval round needs at least one approved review");
    }
}
