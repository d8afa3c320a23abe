package cn.perfeval.localstack.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random choices of one generated thing, from a seed of its own: the same seed draws the same values in the same
 * order, so a department-year is the same wherever and whenever it is generated (a benchmark's 10,000th department
 * needs neither the 9,999 before it nor a file).
 */
final class Draw {

    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A seed for one part of a province: mixes the province's seed with the part's numbers (SplitMix64's finaliser). */
    static long seedOf(long provinceSeed, long... parts) {
        long mixed = provinceSeed;
        for (long part : parts) {
            mixed = mix(mixed * 0x9E3779B97F4A7C15L + part);
        }
        return mixed;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double between(double low, double high) {
        return random.nextDouble(low, high);
    }

    /** An amount of 万元 (or any figure) with two decimals, from {@code low} to {@code high}. */
    BigDecimal money(double low, double high) {
        return BigDecimal.valueOf(between(low, high)).setScale(2, RoundingMode.HALF_UP);
    }

    /** A day from {@code first} to {@code last}, both included. */
    LocalDate day(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(0, last.toEpochDay() - first.toEpochDay() + 1));
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code count} different choices (all of them when there are fewer), in the order drawn. */
    <T> List<T> distinct(List<T> choices, int count) {
        List<T> left = new ArrayList<>(choices);
        List<T> picked = new ArrayList<>();
        while (picked.size() < count && !left.isEmpty()) {
            picked.add(left.remove(random.nextInt(left.size())));
        }
        return picked;
    }
}
