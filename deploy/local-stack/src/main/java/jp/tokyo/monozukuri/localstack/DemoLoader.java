package jp.tokyo.monozukuri.localstack;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import jp.tokyo.monozukuri.localstack.scenario.Actor;
import jp.tokyo.monozukuri.localstack.scenario.Approvals20140313;
import jp.tokyo.monozukuri.localstack.scenario.StackApi;
import jp.tokyo.monozukuri.localstack.scenario.UnexpectedResponse;
import tools.jackson.databind.JsonNode;

/**
 * {@code --demo}: once the stack is ready, the approvals of 2014-03-13 through the APIs, so that a newcomer finds
 * plans, reviews, a press release, grants and mail to look at. A data folder that already holds them is left as it
 * is. A failure is reported and the stack keeps running.
 */
final class DemoLoader implements Runnable {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final StackEndpoints endpoints;
    private final PrintStream out;
    private final PrintStream err;

    DemoLoader(StackEndpoints endpoints, PrintStream out, PrintStream err) {
        this.endpoints = endpoints;
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        StackApi api = new StackApi(endpoints);
        try {
            if (alreadyLoaded(api)) {
                out.println("Demo: this data folder already holds the approvals of 2014-03-13; nothing loaded.");
                return;
            }
            out.println("Demo: loading the approvals of 2014-03-13 through the APIs...");
            new Approvals20140313(api, PATIENCE, step -> out.println("  " + step)).run();
            String release = StackApi.await("the press release in notification-service", PATIENCE, () -> {
                JsonNode items = api.read(endpoints.notification(), "/api/press-releases", null).path("items");
                return items.isEmpty() ? Optional.empty() : Optional.of(items.path(0).path("id").asString());
            });
            out.printf("Demo loaded. Look at:%n");
            out.printf("  the press release   curl -s -H 'Accept: text/plain' %s/api/press-releases/%s%n",
                    endpoints.notification(), release);
            out.printf("  品川区's mail         IMAP localhost:%d, login monozukuri@city.shinagawa.example.jp, any password%n",
                    endpoints.imapPort());
            out.printf("  the plans, grants   as ADMIN: %s/api/plans, %s/api/grants%n", endpoints.plan(), endpoints.grant());
            out.flush();
        } catch (UncheckedIOException | UnexpectedResponse | IllegalStateException e) {
            err.println("Demo could not be loaded: " + e.getMessage());
        }
    }

    private static boolean alreadyLoaded(StackApi api) {
        JsonNode page = api.read(api.endpoints().plan(), "/api/plans?municipalityCode=" + Approvals20140313.FUNDED
                + "&fiscalYear=" + Approvals20140313.FIRST_FISCAL_YEAR, Actor.admin("demo-loader"));
        return page.path("totalItems").asLong() > 0;
    }
}
