package jp.tokyo.monozukuri.endtoend.support;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * ONE local stack for the whole test JVM: started by the first test class that needs it, shared by all, stopped
 * (SIGTERM) when JUnit closes its root store at the very end — after the reliability summary is printed. A JVM
 * that ends otherwise still stops it from a shutdown hook. A stack that could not start is not tried again.
 *
 * <p>While writing a test, {@code -De2e.attach-offset=N -De2e.attach-data=DIR} uses a stack started by hand
 * ({@code java -jar deploy/local-stack/target/local-stack.jar --data DIR --ports-offset N --clock 2014-03-13})
 * instead, and leaves it running.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    private static RunningStack stack;
    private static RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Shared.class, type -> new Shared(), Shared.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return running();
    }

    /** The stack of this JVM, started on first use. */
    public static synchronized RunningStack running() {
        if (startFailure != null) {
            throw new IllegalStateException("the local stack could not start (see the first failure)", startFailure);
        }
        if (stack == null) {
            try {
                Integer attachTo = Integer.getInteger("e2e.attach-offset");
                stack = attachTo != null
                        ? RunningStack.attach(attachTo, Path.of(System.getProperty("e2e.attach-data", ".local")))
                        : RunningStack.start(Path.of(System.getProperty("e2e.repo", "..")).toAbsolutePath().normalize(),
                                Integer.getInteger("e2e.ports-offset", 200));
            } catch (Exception e) {
                startFailure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                throw startFailure;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(LocalStackExtension::stopOnce, "e2e-stack-shutdown"));
        }
        return stack;
    }

    private static synchronized void stopOnce() {
        if (stack != null) {
            RunningStack stopping = stack;
            stack = null;
            startFailure = new IllegalStateException("the local stack has been stopped");
            stopping.close();
        }
    }

    /** Closed by JUnit after the last test of the run: the summary, then the stack. */
    private static final class Shared implements AutoCloseable {

        @Override
        public void close() {
            ReliabilityReport.printAndSave();
            stopOnce();
        }
    }
}
