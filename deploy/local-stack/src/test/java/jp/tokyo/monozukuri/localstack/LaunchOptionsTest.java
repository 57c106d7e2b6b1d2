package jp.tokyo.monozukuri.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The launcher's command line. */
class LaunchOptionsTest {

    @Test
    void withoutOptionsEverythingStartsOnTheWellKnownPortsWithDataInDotLocal() throws UsageException {
        LaunchOptions options = LaunchOptions.parse(List.of(), Map.of());

        assertThat(options.dataDir()).isEqualTo(Path.of(".local").toAbsolutePath().normalize());
        assertThat(options.onlyInfra()).isFalse();
        assertThat(options.repo()).isEmpty();
        assertThat(options.ports().kafka()).isEqualTo(9092);
        assertThat(options.ports().store(Service.GRANT)).isEqualTo(27019);
        assertThat(options.ports().http(Service.NOTIFICATION)).isEqualTo(8084);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.ports().control()).isEqualTo(8099);
        assertThat(options.clock()).isEmpty();
        assertThat(options.demo()).isFalse();
        assertThat(options.classDataSharing()).isTrue();
    }

    @Test
    void noCdsStartsTheServicesFromTheirJarsAsBuilt() throws UsageException {
        assertThat(LaunchOptions.parse(List.of("--no-cds"), Map.of()).classDataSharing()).isFalse();
    }

    @Test
    void theServicesClockIsADateTimeOrADayAtNineInTokyo() throws UsageException {
        assertThat(LaunchOptions.parse(List.of("--clock", "2014-03-13T10:30+09:00"), Map.of()).clock())
                .contains(OffsetDateTime.parse("2014-03-13T10:30+09:00"));
        assertThat(LaunchOptions.parse(List.of("--clock=2014-03-13"), Map.of()).clock())
                .contains(OffsetDateTime.parse("2014-03-13T09:00+09:00"));
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--clock", "13/03/2014"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--clock").hasMessageContaining("13/03/2014");
    }

    @Test
    void theDemoRunsOnTheMorningOfThePressReleaseUnlessAnotherClockIsGiven() throws UsageException {
        assertThat(LaunchOptions.parse(List.of("--demo"), Map.of()).clock())
                .contains(OffsetDateTime.parse("2014-03-13T09:00+09:00"));
        assertThat(LaunchOptions.parse(List.of("--demo", "--clock", "2014-03-14"), Map.of()).clock())
                .contains(OffsetDateTime.parse("2014-03-14T09:00+09:00"));
    }

    @Test
    void theDemoNeedsTheServices() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--demo", "--only-infra"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--only-infra");
    }

    @Test
    void theDataFolderComesFromTheEnvironmentUnlessGivenOnTheCommandLine() throws UsageException {
        Map<String, String> environment = Map.of("LOCAL_STACK_DATA", "/srv/monozukuri");

        assertThat(LaunchOptions.parse(List.of(), environment).dataDir()).isEqualTo(Path.of("/srv/monozukuri"));
        assertThat(LaunchOptions.parse(List.of("--data", "/tmp/stack"), environment).dataDir())
                .isEqualTo(Path.of("/tmp/stack"));
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() throws UsageException {
        LaunchOptions options = LaunchOptions.parse(
                List.of("--only-infra", "--ports-offset=100", "--ready-timeout", "300", "--repo=/work/main"), Map.of());

        assertThat(options.onlyInfra()).isTrue();
        assertThat(options.ports().tokenIssuer()).isEqualTo(8190);
        assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(300));
        assertThat(options.repo()).contains(Path.of("/work/main"));
    }

    @Test
    void anUnknownOptionIsNamed() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--demo-mode"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--demo-mode");
    }

    @Test
    void anOptionWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--data"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("--data DIR");
    }

    @Test
    void anOffsetThatPushesAPortBeyond65535IsRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--ports-offset", "40000"), Map.of()))
                .isInstanceOf(UsageException.class).hasMessageContaining("40000");
    }

    @Test
    void theUsageListsEveryOption() {
        assertThat(LaunchOptions.usage()).contains("--data DIR", "--only-infra", "--repo DIR", "--ports-offset N",
                "--ready-timeout SECONDS", "--clock DATETIME", "--demo", "--help");
    }
}
