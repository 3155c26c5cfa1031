package io.avatarforge.worker.provider.local;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * An RGB image as three float planes (0..255, unclamped while filters run). Floats keep chained filters free of
 * rounding banding, and separate planes keep the inner loops simple enough for the JIT to vectorise.
 */
final class Planes {

    final int width;
    final int height;
    final float[] r;
    final float[] g;
    final float[] b;

    Planes(int width, int height) {
        this(width, height, new float[width * height], new float[width * height], new float[width * height]);
    }

    Planes(int width, int height, float[] r, float[] g, float[] b) {
        this.width = width;
        this.height = height;
        this.r = r;
        this.g = g;
        this.b = b;
    }

    static Planes fromRgb(int[] rgb, int width, int height) {
        Planes p = new Planes(width, height);
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            p.r[i] = (c >> 16) & 0xff;
            p.g[i] = (c >> 8) & 0xff;
            p.b[i] = c & 0xff;
        }
        return p;
    }

    static Planes gray(float[] l, int width, int height) {
        return new Planes(width, height, l.clone(), l.clone(), l.clone());
    }

    int size() {
        return width * height;
    }

    Planes copy() {
        return new Planes(width, height, r.clone(), g.clone(), b.clone());
    }

    float[] luminance() {
        float[] l = new float[size()];
        for (int i = 0; i < l.length; i++) {
            l[i] = 0.299f * r[i] + 0.587f * g[i] + 0.114f * b[i];
        }
        return l;
    }

    /** Separable resampling with a triangle filter widened to the scale: area-averaging down, bilinear up. */
    Planes resized(int newWidth, int newHeight) {
        if (newWidth == width && newHeight == height) {
            return copy();
        }
        Kernel kx = Kernel.of(width, newWidth);
        Kernel ky = Kernel.of(height, newHeight);
        Planes out = new Planes(newWidth, newHeight);
        float[] row = new float[newWidth * height];
        float[][] src = {r, g, b};
        float[][] dst = {out.r, out.g, out.b};
        for (int c = 0; c < 3; c++) {
            float[] s = src[c];
            for (int y = 0; y < height; y++) {
                int base = y * width;
                for (int x = 0; x < newWidth; x++) {
                    int start = kx.start[x];
                    int k = x * kx.span;
                    float sum = 0;
                    for (int j = 0; j < kx.count[x]; j++) {
                        sum += s[base + start + j] * kx.weights[k + j];
                    }
                    row[y * newWidth + x] = sum;
                }
            }
            float[] d = dst[c];
            for (int y = 0; y < newHeight; y++) {
                int start = ky.start[y];
                int k = y * ky.span;
                int count = ky.count[y];
                for (int x = 0; x < newWidth; x++) {
                    float sum = 0;
                    for (int j = 0; j < count; j++) {
                        sum += row[(start + j) * newWidth + x] * ky.weights[k + j];
                    }
                    d[y * newWidth + x] = sum;
                }
            }
        }
        return out;
    }

    /** Hard-edged enlargement by an integer factor: the look pixel art needs. */
    Planes enlargedNearest(int factor) {
        Planes out = new Planes(width * factor, height * factor);
        for (int y = 0; y < out.height; y++) {
            int sy = (y / factor) * width;
            for (int x = 0; x < out.width; x++) {
                int s = sy + x / factor;
                int d = y * out.width + x;
                out.r[d] = r[s];
                out.g[d] = g[s];
                out.b[d] = b[s];
            }
        }
        return out;
    }

    /** Bilinear sample of every plane at a fractional position, clamped at the borders. */
    void sample(float x, float y, float[] rgb) {
        float fx = Math.clamp(x, 0f, width - 1f);
        float fy = Math.clamp(y, 0f, height - 1f);
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(x0 + 1, width - 1);
        int y1 = Math.min(y0 + 1, height - 1);
        float ax = fx - x0;
        float ay = fy - y0;
        int i00 = y0 * width + x0;
        int i01 = y0 * width + x1;
        int i10 = y1 * width + x0;
        int i11 = y1 * width + x1;
        rgb[0] = lerp(lerp(r[i00], r[i01], ax), lerp(r[i10], r[i11], ax), ay);
        rgb[1] = lerp(lerp(g[i00], g[i01], ax), lerp(g[i10], g[i11], ax), ay);
        rgb[2] = lerp(lerp(b[i00], b[i01], ax), lerp(b[i10], b[i11], ax), ay);
    }

    BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < data.length; i++) {
            data[i] = (clampByte(r[i]) << 16) | (clampByte(g[i]) << 8) | clampByte(b[i]);
        }
        return image;
    }

    static int clampByte(float v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5f);
    }

    static float lerp(float a, float b, float t) {
        return a + (b - a) * t;
    }

    /** Per output index: the first source index, how many taps, and their normalised weights. */
    private record Kernel(int[] start, int[] count, float[] weights, int span) {

        static Kernel of(int sourceLength, int targetLength) {
            double scale = (double) sourceLength / targetLength;
            double support = Math.max(1.0, scale);
            int span = (int) Math.ceil(support) * 2 + 2;
            int[] start = new int[targetLength];
            int[] count = new int[targetLength];
            float[] weights = new float[targetLength * span];
            for (int i = 0; i < targetLength; i++) {
                double centre = (i + 0.5) * scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(sourceLength - 1, (int) Math.ceil(centre + support));
                double total = 0;
                int n = 0;
                for (int j = lo; j <= hi && n < span; j++, n++) {
                    double w = Math.max(0, 1 - Math.abs(j + 0.5 - centre) / support);
                    weights[i * span + n] = (float) w;
                    total += w;
                }
                if (total <= 0) {
                    int nearest = Math.clamp((long) centre, 0, sourceLength - 1);
                    lo = nearest;
                    n = 1;
                    weights[i * span] = 1;
                    total = 1;
                }
                for (int j = 0; j < n; j++) {
                    weights[i * span + j] /= (float) total;
                }
                start[i] = lo;
                count[i] = n;
            }
            return new Kernel(start, count, weights, span);
        }
    }
}
