package jp.tokyo.monozukuri.localstack;

/** The command line cannot be understood; the launcher prints the message and the usage. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
