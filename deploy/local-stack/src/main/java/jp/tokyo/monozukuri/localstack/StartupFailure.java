package jp.tokyo.monozukuri.localstack;

/** A process of the stack could not be started or did not become ready: the whole stack stops. */
final class StartupFailure extends Exception {

    StartupFailure(String message) {
        super(message);
    }
}
