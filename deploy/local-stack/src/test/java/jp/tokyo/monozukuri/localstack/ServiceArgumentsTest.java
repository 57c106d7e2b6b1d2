package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the launcher tells every service about the shared infrastructure and the clock. */
class ServiceArgumentsTest {

    private static final Path REPO = Path.of("/work/main");

    @Test
    void aShiftedClockIsPassedToEveryServiceAsOneIsoOffset() {
        // given the launcher started with --clock twelve and a half years back
        Duration offset = Duration.ofHours(-110130).minusMinutes(25);
        StackPlan plan = new StackPlan(new Ports(0), new StackLayout(Path.of("stack")), JavaCommand.ofThisJvm(),
                Optional.of(REPO), Optional.of(offset), true);

        // then every service gets the same offset, written with one leading sign
        for (Service service : Service.values()) {
            assertThat(plan.serviceArguments(service)).contains("--clock.offset=-PT110130H25M");
        }
    }

    @Test
    void withoutAClockTheServicesKeepTheRealTime() {
        StackPlan plan = new StackPlan(new Ports(0), new StackLayout(Path.of("stack")), JavaCommand.ofThisJvm(),
                Optional.of(REPO));

        assertThat(plan.sharedServiceArguments()).noneMatch(argument -> argument.startsWith("--clock"));
    }

    @Test
    void servicesStartFromTheirClassDataSharingArchiveBesideTheJar() {
        StackPlan plan = new StackPlan(new Ports(0), new StackLayout(Path.of("stack")), JavaCommand.ofThisJvm(),
                Optional.of(REPO), Optional.empty(), true);

        for (ChildSpec service : plan.services()) {
            Path cds = REPO.resolve(service.name()).resolve("target").resolve("cds");
            String jar = service.command().get(service.command().indexOf("-jar") + 1);
            assertThat(jar).startsWith(cds.toString()).endsWith("/" + service.name() + ".jar");
            assertThat(service.command()).contains("-XX:SharedArchiveFile="
                    + Path.of(jar).resolveSibling(service.name() + ".jsa"));
            assertThat(service.command().indexOf("-jar")).isGreaterThan(service.command().indexOf("-Xmx384m"));
        }
    }

    @Test
    void withoutClassDataSharingServicesStartFromTheirJarsAsBuilt() {
        StackPlan plan = new StackPlan(new Ports(0), new StackLayout(Path.of("stack")), JavaCommand.ofThisJvm(),
                Optional.of(REPO), Optional.empty(), false);

        for (ChildSpec service : plan.services()) {
            assertThat(service.command()).contains(StackPlan.serviceJar(REPO, Service.valueOf(
                    service.name().replace("-service", "").toUpperCase())).toString());
            assertThat(service.command()).noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));
        }
    }
}
