package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Preparing a service for class data sharing never stops it from starting. The real preparation (a Spring Boot jar
 * extracted and trained) runs whenever the stack starts the four services: in the end-to-end suite and the benchmark.
 */
class ClassDataArchiveTest {

    @TempDir
    Path workingDir;

    @Test
    void aJarThatCannotBeExtractedRunsAsBuiltWithoutAnArchive() throws Exception {
        // given a service jar that is not a Spring Boot jar
        FakeRepository repository = FakeRepository.create(workingDir.resolve("repo"));
        Path jar = StackPlan.serviceJar(repository.root(), Service.PLAN);
        ClassDataArchive archive = ClassDataArchive.of(jar);
        Path log = workingDir.resolve("plan-service.log");

        // when it is prepared
        archive.prepare(JavaCommand.ofThisJvm().javaBinary(), List.of("-Xmx64m"), List.of(), log);

        // then the jar it will run is the jar as built, there is no archive, and the attempt is in the log
        assertThat(archive.prepared()).isTrue();
        assertThat(archive.extractedJar().toString()).startsWith(jar.resolveSibling("cds").toString());
        assertThat(Files.isSameFile(archive.extractedJar(), jar)).isTrue();
        assertThat(archive.archive()).doesNotExist();
        assertThat(Files.readString(log)).contains("local-stack: extracting " + jar);
        // and nothing half-made is left beside it
        try (var entries = Files.list(jar.resolveSibling("cds"))) {
            assertThat(entries.map(path -> path.getFileName().toString())).noneMatch(n -> n.startsWith("preparing-"));
        }
    }

    @Test
    void aNewBuildGetsAnArchiveOfItsOwn() throws Exception {
        FakeRepository repository = FakeRepository.create(workingDir.resolve("repo"));
        Path jar = StackPlan.serviceJar(repository.root(), Service.GRANT);
        Path before = ClassDataArchive.of(jar).extractedJar();

        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 60_000));

        assertThat(ClassDataArchive.of(jar).extractedJar()).isNotEqualTo(before);
        assertThat(ClassDataArchive.of(jar).extractedJar().getParent().getParent()).isEqualTo(before.getParent().getParent());
    }

    @Test
    void onJava25AndLaterTheArchiveIsAnAotCacheTrainedInTheSameRun() throws Exception {
        FakeRepository repository = FakeRepository.create(workingDir.resolve("repo"));
        Path jar = StackPlan.serviceJar(repository.root(), Service.PLAN);

        ClassDataArchive on17 = ClassDataArchive.of(jar, Runtime.Version.parse("17.0.15+6"));
        ClassDataArchive on25 = ClassDataArchive.of(jar, Runtime.Version.parse("25.0.3+9"));

        assertThat(on17.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + on17.archive());
        assertThat(on17.archive().getFileName()).hasToString("plan-service.jsa");
        assertThat(on17.trainingOptions(Path.of("x"))).contains("-XX:ArchiveClassesAtExit=x");
        assertThat(on25.jvmOptions()).containsExactly("-XX:AOTCache=" + on25.archive());
        assertThat(on25.archive().getFileName()).hasToString("plan-service.aot");
        assertThat(on25.trainingOptions(Path.of("x"))).contains("-XX:AOTCacheOutput=x")
                .noneMatch(option -> option.startsWith("-XX:ArchiveClassesAtExit"));
        // one folder per JDK: a JVM ignores an archive another JDK made
        assertThat(on25.archive().getParent()).isNotEqualTo(on17.archive().getParent());
    }
}
