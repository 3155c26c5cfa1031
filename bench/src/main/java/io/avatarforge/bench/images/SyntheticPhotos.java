package io.avatarforge.bench.images;

import io.avatarforge.testkit.TestImages;

/**
 * Photographs made in code for the benchmarks: the tests' {@link TestImages#noisyFace} (a face-like drawing with
 * per-pixel noise, so that it compresses and decodes like a photograph) at the size a benchmark asks for. No
 * third-party photos.
 */
public final class SyntheticPhotos {

    private SyntheticPhotos() {
    }

    /** A square noisy-face JPEG whose size is close to {@code targetBytes} (the side is searched for). */
    public static byte[] jpegOfAbout(int targetBytes, float quality) {
        int low = 64;
        int high = 4096;
        byte[] best = TestImages.jpeg(TestImages.noisyFace(low, low, 7), quality);
        while (high - low > 8) {
            int side = (low + high) / 2;
            byte[] candidate = TestImages.jpeg(TestImages.noisyFace(side, side, 7), quality);
            best = candidate;
            if (candidate.length < targetBytes) {
                low = side;
            } else {
                high = side;
            }
        }
        return best;
    }
}
