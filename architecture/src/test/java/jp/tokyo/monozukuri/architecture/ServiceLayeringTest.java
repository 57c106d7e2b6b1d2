package jp.tokyo.monozukuri.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** One run over the compiled main classes of all four services: a layer leak anywhere fails the build. */
class ServiceLayeringTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("architecture.repo", ".."));

    private static final List<String> SERVICES =
            List.of("plan-service", "approval-service", "grant-service", "notification-service");

    @TestFactory
    Stream<DynamicTest> everyServiceKeepsItsLayers() {
        return SERVICES.stream().flatMap(service -> {
            Path classes = REPOSITORY.resolve(service).resolve("target/classes");
            String base = "jp.tokyo.monozukuri." + service.substring(0, service.indexOf('-'));
            JavaClasses imported = new ClassFileImporter().importPath(classes);
            return LayerRules.of(base).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> {
                assertThat(Files.isDirectory(classes)).as("compiled classes of %s", service).isTrue();
                assertThat(imported.containPackage(base + ".domain")).as("%s has a domain package", service).isTrue();
                rule.check(imported);
            }));
        });
    }

    /** The rules can fail: a class that leaks each way, compiled with this test, is caught by each rule. */
    @Test
    void aLeakingClassIsCaught() {
        JavaClasses leaky = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("jp.tokyo.monozukuri.leaky");
        List<ArchRule> rules = LayerRules.of("jp.tokyo.monozukuri.leaky");

        assertThat(rules).allSatisfy(rule -> {
            EvaluationResult result = rule.evaluate(leaky);
            assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        });
    }
}
