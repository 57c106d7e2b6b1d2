package jp.tokyo.monozukuri.testsupport;

import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Points every test context of a {@link RealInfrastructure} class at the shared broker and store, with
 * the highest precedence. All such contexts are equal, so Spring's context cache shares them.
 */
public class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        if (!AnnotatedElementUtils.hasAnnotation(testClass, RealInfrastructure.class)) {
            return null;
        }
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            String database = context.getEnvironment().getProperty("spring.application.name", "service") + "-test";
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("realInfrastructure", TestInfrastructure.springProperties(database)));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
