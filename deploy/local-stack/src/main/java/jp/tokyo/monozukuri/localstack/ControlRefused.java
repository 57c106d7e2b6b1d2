package jp.tokyo.monozukuri.localstack;

/** A control request the stack cannot carry out now; {@code status} is the HTTP status the control port answers. */
final class ControlRefused extends Exception {

    private final int status;

    ControlRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
