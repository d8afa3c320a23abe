package cn.perfeval.localstack.province;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/** Prints a load's progress every 5 seconds: department-years written, scorecards there, the rate so far. */
final class Progress {

    private final PrintStream out;
    private final int total;
    private final IntSupplier written;
    private final IntSupplier scored;
    private final long started;
    private final ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "province-progress");
        thread.setDaemon(true);
        return thread;
    });

    Progress(PrintStream out, int total, IntSupplier written, IntSupplier scored, long started) {
        this.out = out;
        this.total = total;
        this.written = written;
        this.scored = scored;
        this.started = started;
    }

    Progress start() {
        printer.scheduleAtFixedRate(this::print, 5, 5, TimeUnit.SECONDS);
        return this;
    }

    void stop() {
        printer.shutdownNow();
        print();
    }

    private void print() {
        double seconds = (System.nanoTime() - started) / 1e9;
        int done = scored.getAsInt();
        out.printf("province: %,d of %,d department-years written, %,d scored, %.0f s, %.1f scored/s%n",
                written.getAsInt(), total, done, seconds, done / seconds);
    }
}
