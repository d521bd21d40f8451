package org.anycastsim.scenarios.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.anycastsim.scenarios.input.InputException;

/**
 * Runs independent simulations on a fixed pool of threads and returns their results in the order
 * they were given, so that the result does not depend on the number of threads (each run has its
 * own model and seed). Used by drill suites and sweeps.
 */
public final class ParallelRuns {
    private ParallelRuns() {}

    /** One run to do; it may fail with the run's own checked exceptions. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws IOException, InputException;
    }

    /** Runs every job on at most {@code threads} threads; results in job order; the first failure is rethrown as it was. */
    public static <T> List<T> run(List<Job<T>> jobs, int threads, String threadName) throws IOException, InputException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())),
                new Workers(threadName));
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Job<T> job : jobs) {
                futures.add(pool.submit(job::run));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(await(f));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The job's result, or what stopped it, as the exception it threw. */
    private static <T> T await(Future<T> future) throws IOException, InputException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a run", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InputException input) {
                throw input;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon threads, so that a failed run never keeps the JVM alive; named for thread dumps. */
    private static final class Workers implements ThreadFactory {
        private final String name;
        private final AtomicInteger count = new AtomicInteger();

        Workers(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
