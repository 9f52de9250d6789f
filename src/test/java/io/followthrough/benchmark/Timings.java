package io.followthrough.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Times a task after warm-up and prints its median and 99th percentile. */
public final class Timings {

    private Timings() {
    }

    public static void measure(String name, int warmUp, int runs, Runnable task) {
        for (int i = 0; i < warmUp; i++) {
            task.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        double median = millis.get(millis.size() / 2);
        double p99 = millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.99) - 1));
        System.out.printf(Locale.UK, "%-40s median %8.1f ms   p99 %8.1f ms   (%d runs)%n", name, median, p99, runs);
    }
}
