package cn.perfeval.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WakeableWorkerTest {

    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void pendingWakeUpsAreAnsweredByOneRound() throws InterruptedException {
        WakeableWorker worker = new WakeableWorker("test", NEVER, self -> { }, e -> { });
        worker.wakeUp();
        worker.wakeUp();
        worker.wakeUp();

        assertThat(worker.awaitWakeUp(Duration.ZERO)).isTrue();
        assertThat(worker.awaitWakeUp(Duration.ofMillis(20))).as("the three wake-ups were consumed together").isFalse();
    }

    @Test
    void aWakeUpStartsARoundWithoutWaitingForThePollInterval() throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        WakeableWorker worker = new WakeableWorker("test", NEVER, self -> {
            if (self.awaitWakeUp(NEVER)) {
                woken.countDown();
            }
        }, e -> { });
        worker.start();
        try {
            worker.wakeUp();
            assertThat(woken.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aFailedRoundIsReportedAndTheLoopGoesOn() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        List<RuntimeException> reported = new CopyOnWriteArrayList<>();
        CountDownLatch secondRound = new CountDownLatch(1);
        WakeableWorker worker = new WakeableWorker("test", Duration.ofMillis(10), self -> {
            if (rounds.incrementAndGet() == 1) {
                throw new IllegalStateException("broker away");
            }
            secondRound.countDown();
            self.awaitWakeUp(NEVER);
        }, reported::add);
        worker.start();
        try {
            assertThat(secondRound.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(reported).singleElement().extracting(Throwable::getMessage).isEqualTo("broker away");
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void stopEndsTheLoopAfterTheCurrentRound() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        WakeableWorker worker = new WakeableWorker("test", NEVER, self -> {
            rounds.incrementAndGet();
            self.awaitWakeUp(NEVER);
        }, e -> { });
        worker.start();
        worker.stop(Duration.ofSeconds(5));
        int afterStop = rounds.get();

        worker.wakeUp();
        Thread.sleep(50);
        assertThat(worker.running()).isFalse();
        assertThat(rounds.get()).as("no round after stop").isEqualTo(afterStop);
    }
}
