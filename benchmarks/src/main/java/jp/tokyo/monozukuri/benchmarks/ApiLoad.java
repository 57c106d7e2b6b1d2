package jp.tokyo.monozukuri.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A closed-loop load of one GET endpoint: {@code clients} threads, each sending its next request when the previous
 * answered, over loopback, bounded by a number of requests and by time (whichever comes first), after a warm-up
 * that is not counted.
 */
final class ApiLoad {

    record Result(String endpoint, int clients, int requests, int errors, double perSecond, Distribution millis) {
    }

    private final Http http;

    ApiLoad(Http http) {
        this.http = http;
    }

    Result run(String endpoint, Supplier<String> uri, String token, int clients, Duration warmUp, Duration limit,
            int maxRequests) throws InterruptedException {
        load(uri, token, clients, warmUp, Integer.MAX_VALUE, new ArrayList<>(), new AtomicInteger());
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        load(uri, token, clients, limit, maxRequests, millis, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(endpoint, clients, millis.size(), errors.get(), millis.size() / seconds,
                Distribution.ofMillis(List.copyOf(millis)));
    }

    private void load(Supplier<String> uri, String token, int clients, Duration limit, int maxRequests,
            List<Double> millis, AtomicInteger errors) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        AtomicInteger budget = new AtomicInteger(maxRequests);
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                try {
                    while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
                        try {
                            Http.Response response = http.get(uri.get(), token);
                            if (response.status() == 200) {
                                millis.add(response.nanos() / 1e6);
                            } else {
                                errors.incrementAndGet();
                            }
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "api-client-" + i);
            client.setDaemon(true);
            client.start();
        }
        done.await();
    }
}
