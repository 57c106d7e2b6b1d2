package jp.tokyo.monozukuri.notification.domain.template;

/** A template file that the classpath does not hold: a packaging error, found at the first render. */
public class TemplateNotFoundException extends RuntimeException {

    public TemplateNotFoundException(String path, Throwable cause) {
        super("template not found: " + path, cause);
    }
}
