package jp.tokyo.monozukuri.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import jp.tokyo.monozukuri.localstack.token.TokenIssuerMain;

/** What the launcher prints once everything is ready: what runs where, and how to start using it. */
final class ReadyReport {

    private static final String ROW = "  %-22s %-26s %-8s %s%n";

    private final StackPlan plan;
    private final List<ChildProcess> processes;
    private final Path workingDir = Path.of("").toAbsolutePath();

    ReadyReport(StackPlan plan, List<ChildProcess> processes) {
        this.plan = plan;
        List<String> planned = plan.all().stream().map(ChildSpec::name).toList();
        this.processes = processes.stream()
                .sorted(Comparator.comparingInt(child -> planned.indexOf(child.name())))
                .toList();
    }

    String render(Duration timeToReady) {
        Ports ports = plan.ports();
        StringBuilder text = new StringBuilder();
        text.append("%nLocal stack ready in %s (data: %s)%n%n".formatted(Stack.seconds(timeToReady),
                plan.layout().dataDir()));
        text.append(ROW.formatted("NAME", "PORT(S)", "PID", "LOG"));
        for (ChildProcess child : processes) {
            text.append(ROW.formatted(child.name(), child.spec().portsText(), child.pid(), shown(child.spec().log())));
        }
        text.append("%nGet a token (a 品川区 officer) and call an API:%n".formatted());
        text.append("  TOKEN=$(curl -s -X POST %s%s -H 'Content-Type: application/json' \\%n".formatted(
                plan.tokenIssuerUri(), TokenIssuerMain.TOKEN_PATH));
        text.append("    -d '{\"subject\":\"shinagawa-officer\",\"roles\":[\"MUNICIPALITY\"],\"municipalityCode\":\"131091\"}' \\%n"
                .formatted());
        text.append("    | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')%n".formatted());
        text.append("  curl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:%d/api/plans%n".formatted(
                ports.http(Service.PLAN)));
        text.append("  (roles: MUNICIPALITY with municipalityCode, REVIEWER, APPROVER, ADMIN)%n".formatted());
        if (plan.services().isEmpty()) {
            text.append("%nServices not started (--only-infra). Run each with its own arguments:%n".formatted());
            for (Service service : Service.values()) {
                text.append("  %-21s %s%n".formatted(service.artifactId(),
                        String.join(" ", plan.ownArguments(service))));
            }
            text.append("  and for all of them: %s%n".formatted(String.join(" ", plan.sharedServiceArguments())));
        }
        text.append("%nMail sent to anyone: IMAP localhost:%d, login = the recipient's address, any password.%n"
                .formatted(ports.imap()));
        plan.clockOffset().ifPresent(offset -> text.append(
                "The services' clocks are shifted (--clock): they read %s now.%n".formatted(
                        OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).plus(offset).truncatedTo(ChronoUnit.SECONDS))));
        text.append("Stop, kill or start one process: curl -s -X POST localhost:%d/processes/<name>/stop|kill|start "
                .formatted(ports.control()) + "(list: curl -s localhost:%d/processes)%n".formatted(ports.control()));
        text.append("Ctrl-C (or SIGTERM) stops everything, services first.%n".formatted());
        return text.toString();
    }

    private String shown(Path log) {
        return log.startsWith(workingDir) ? workingDir.relativize(log).toString() : log.toString();
    }
}
