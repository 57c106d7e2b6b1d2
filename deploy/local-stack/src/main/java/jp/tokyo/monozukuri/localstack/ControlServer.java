package jp.tokyo.monozukuri.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tokyo.monozukuri.localstack.child.JsonReplies;

/**
 * The launcher's control port, loopback only: what runs, and stopping, killing or starting one process while the
 * rest keeps running — to restart a service after rebuilding its jar, and for the end-to-end suite's faults.
 *
 * <pre>
 * GET  /processes                 {"processes": [{"name", "tier", "pid", "alive", "ports", "log"}, …]}
 * POST /processes/{name}/stop     SIGTERM, wait until it is gone (SIGKILL after 30 s)  → {"name", "pid", "exitCode"}
 * POST /processes/{name}/kill     SIGKILL, wait until it is gone                       → {"name", "pid", "exitCode"}
 * POST /processes/{name}/start    start it as the stack did, wait until it is ready    → {"name", "pid", "alive", …}
 * </pre>
 * Errors are problem documents: 404 for an unknown name, 409 for a process in the wrong state (or a stack that is
 * starting or stopping), 500/504 for a start that failed, with the end of the process's log.
 */
final class ControlServer implements AutoCloseable {

    static final String PROCESSES = "/processes";
    private static final Pattern ACTION = Pattern.compile("^/processes/([a-z0-9-]+)/(stop|kill|start)$");

    private final Stack stack;
    private final HttpServer server;
    private final ExecutorService executor;

    private ControlServer(Stack stack, HttpServer server, ExecutorService executor) {
        this.stack = stack;
        this.server = server;
        this.executor = executor;
    }

    static ControlServer start(Stack stack, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a thread per process of the stack: all four services may be starting (a minute each) while the list answers
        ExecutorService executor = Executors.newFixedThreadPool(12, runnable -> {
            Thread thread = new Thread(runnable, "local-stack-control");
            thread.setDaemon(true);
            return thread;
        });
        ControlServer control = new ControlServer(stack, server, executor);
        server.createContext("/", control::handle);
        server.setExecutor(executor);
        server.start();
        return control;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher action = ACTION.matcher(path);
            if (path.equals(PROCESSES)) {
                if (!method.equals("GET")) {
                    problem(exchange, 405, "method-not-allowed", "use GET " + PROCESSES);
                    return;
                }
                List<Map<String, Object>> processes = stack.processes().stream().map(ControlServer::describe).toList();
                JsonReplies.json(exchange, 200, Map.of("processes", processes));
            } else if (action.matches()) {
                if (!method.equals("POST")) {
                    problem(exchange, 405, "method-not-allowed", "use POST " + path);
                    return;
                }
                act(exchange, action.group(1), action.group(2));
            } else {
                problem(exchange, 404, "not-found", "the control port serves GET " + PROCESSES
                        + " and POST " + PROCESSES + "/{name}/stop|kill|start");
            }
        }
    }

    private void act(HttpExchange exchange, String name, String verb) throws IOException {
        try {
            Map<String, Object> result;
            if (verb.equals("start")) {
                result = describe(stack.start(name));
            } else {
                long pid = stack.processes().stream().filter(p -> p.name().equals(name)).mapToLong(ChildProcess::pid)
                        .reduce((first, last) -> last).orElse(-1);
                int exitCode = stack.stop(name, verb.equals("kill"));
                result = new LinkedHashMap<>();
                result.put("name", name);
                result.put("pid", pid);
                result.put("exitCode", exitCode);
            }
            JsonReplies.json(exchange, 200, result);
        } catch (ControlRefused refused) {
            problem(exchange, refused.status(), "control-refused", refused.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem(exchange, 503, "control-refused", "the launcher is shutting down");
        }
    }

    private static Map<String, Object> describe(ChildProcess child) {
        Map<String, Object> process = new LinkedHashMap<>();
        process.put("name", child.name());
        process.put("tier", child.spec().tier().name().toLowerCase());
        process.put("pid", child.pid());
        process.put("alive", child.isAlive());
        process.put("ports", child.spec().ports().stream().map(use -> (Object) use.port()).toList());
        process.put("log", child.spec().log().toString());
        return process;
    }

    private static void problem(HttpExchange exchange, int status, String slug, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", JsonReplies.PROBLEM_BASE + slug);
        problem.put("status", status);
        problem.put("detail", detail);
        JsonReplies.problem(exchange, status, problem);
    }


    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
