package io.avatarforge.platform.image;

import java.awt.image.BufferedImage;
import java.util.List;

/** How far apart two images of the same size are, per colour channel. */
final class ImageDifference {

    private ImageDifference() {
    }

    /** Mean absolute difference of red, green and blue, in that order. */
    static List<Double> meanAbsolute(BufferedImage a, BufferedImage b) {
        double[] sums = new double[3];
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int c = 0; c < 3; c++) {
                    sums[c] += Math.abs(((p >> (16 - 8 * c)) & 0xff) - ((q >> (16 - 8 * c)) & 0xff));
                }
            }
        }
        long count = (long) a.getWidth() * a.getHeight();
        return List.of(sums[0] / count, sums[1] / count, sums[2] / count);
    }

    /** The largest difference of any channel of any pixel. */
    static int maxAbsolute(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    max = Math.max(max, Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)));
                }
            }
        }
        return max;
    }
}
