package io.avatarforge.bench.images;

import io.avatarforge.platform.image.ImagePreparation;
import io.avatarforge.testkit.TestImages;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A generated 12 MP JPEG (4000×3000) through the preparation providers get ({@link ImagePreparation#prepare}, run by
 * the worker) and through the naive full decode and scale ({@link TestImages#naivePrepare}, the tests' baseline too),
 * alternately in one JVM after a warm-up; the median of each is reported.
 */
public final class ImagePrepBench {

    /** Medians in milliseconds, and the input's size. */
    public record Result(double intakeMs, double naiveMs, int inputBytes, int iterations) {
    }

    private static final int MAX_SIDE = 1536;

    private ImagePrepBench() {
    }

    public static Result run(int warmups, int iterations) {
        byte[] photo = TestImages.jpeg(TestImages.noisyFace(4000, 3000, 12), 0.9f);
        ImagePreparation preparation = new ImagePreparation(64L << 20, 40_000_000L, MAX_SIDE);
        for (int i = 0; i < warmups; i++) {
            preparation.prepare(photo);
            TestImages.naivePrepare(photo, MAX_SIDE);
        }
        long[] fast = new long[iterations];
        long[] naive = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            fast[i] = time(() -> preparation.prepare(photo).bytes());
            naive[i] = time(() -> TestImages.naivePrepare(photo, MAX_SIDE));
        }
        return new Result(median(fast), median(naive), photo.length, iterations);
    }

    private static long time(Supplier<byte[]> work) {
        long start = System.nanoTime();
        byte[] out = work.get();
        long took = System.nanoTime() - start;
        if (out.length == 0) {
            throw new IllegalStateException("image preparation produced nothing");
        }
        return took;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
