package io.avatarforge.worker.provider.local;

import java.util.Arrays;

/** The raster building blocks the style recipes combine. All of them are deterministic and allocation-light. */
final class Filters {

    private Filters() {
    }

    /** Gaussian blur approximated by three box passes per axis: cost independent of sigma. */
    static float[] blur(float[] src, int w, int h, float sigma) {
        int radius = Math.max(1, Math.round((float) (Math.sqrt(4 * sigma * sigma + 1) - 1) / 2));
        float[] a = src.clone();
        float[] b = new float[src.length];
        for (int pass = 0; pass < 3; pass++) {
            boxHorizontal(a, b, w, h, radius);
            boxVertical(b, a, w, h, radius);
        }
        return a;
    }

    static Planes blur(Planes p, float sigma) {
        return new Planes(p.width, p.height, blur(p.r, p.width, p.height, sigma), blur(p.g, p.width, p.height, sigma),
                blur(p.b, p.width, p.height, sigma));
    }

    private static void boxHorizontal(float[] src, float[] dst, int w, int h, int r) {
        float norm = 1f / (2 * r + 1);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            float sum = 0;
            for (int k = -r; k <= r; k++) {
                sum += src[row + Math.clamp(k, 0, w - 1)];
            }
            for (int x = 0; x < w; x++) {
                dst[row + x] = sum * norm;
                sum += src[row + Math.min(x + r + 1, w - 1)] - src[row + Math.max(x - r, 0)];
            }
        }
    }

    private static void boxVertical(float[] src, float[] dst, int w, int h, int r) {
        float norm = 1f / (2 * r + 1);
        float[] sum = new float[w];
        for (int k = -r; k <= r; k++) {
            int row = Math.clamp(k, 0, h - 1) * w;
            for (int x = 0; x < w; x++) {
                sum[x] += src[row + x];
            }
        }
        for (int y = 0; y < h; y++) {
            int add = Math.min(y + r + 1, h - 1) * w;
            int remove = Math.max(y - r, 0) * w;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                dst[row + x] = sum[x] * norm;
                sum[x] += src[add + x] - src[remove + x];
            }
        }
    }

    /**
     * Edge-preserving smoothing: a bilateral filter run separably (rows, then columns) and repeated. Not the exact
     * 2-D filter, but visually close for flattening skin and clothes while keeping the outlines.
     */
    static Planes bilateral(Planes src, int radius, float sigmaSpace, float sigmaRange, int passes) {
        float[] spatial = new float[2 * radius + 1];
        for (int d = -radius; d <= radius; d++) {
            spatial[d + radius] = (float) StrictMath.exp(-(d * d) / (2.0 * sigmaSpace * sigmaSpace));
        }
        float[] range = new float[766];
        for (int d = 0; d < range.length; d++) {
            range[d] = (float) StrictMath.exp(-(d * d) / (2.0 * sigmaRange * sigmaRange));
        }
        Planes a = src.copy();
        Planes b = new Planes(src.width, src.height);
        for (int pass = 0; pass < passes; pass++) {
            bilateralPass(a, b, radius, spatial, range, 1, src.width);
            bilateralPass(b, a, radius, spatial, range, src.width, src.height);
        }
        return a;
    }

    /** One 1-D bilateral pass along rows (step 1, length width) or columns (step width, length height). */
    private static void bilateralPass(Planes s, Planes d, int radius, float[] spatial, float[] range, int step,
            int length) {
        int w = s.width;
        int h = s.height;
        int lines = step == 1 ? h : w;
        int lineStride = step == 1 ? w : 1;
        for (int line = 0; line < lines; line++) {
            int origin = line * lineStride;
            for (int t = 0; t < length; t++) {
                int i = origin + t * step;
                float r0 = s.r[i];
                float g0 = s.g[i];
                float b0 = s.b[i];
                float sr = 0;
                float sg = 0;
                float sb = 0;
                float sw = 0;
                int lo = Math.max(0, t - radius);
                int hi = Math.min(length - 1, t + radius);
                for (int u = lo; u <= hi; u++) {
                    int j = origin + u * step;
                    float rj = s.r[j];
                    float gj = s.g[j];
                    float bj = s.b[j];
                    int dist = (int) (Math.abs(rj - r0) + Math.abs(gj - g0) + Math.abs(bj - b0));
                    float wgt = spatial[u - t + radius] * range[Math.min(dist, 765)];
                    sr += rj * wgt;
                    sg += gj * wgt;
                    sb += bj * wgt;
                    sw += wgt;
                }
                d.r[i] = sr / sw;
                d.g[i] = sg / sw;
                d.b[i] = sb / sw;
            }
        }
    }

    /**
     * Kuwahara filter: each pixel takes the mean of the least varied of its four quadrant windows, which turns
     * texture into flat, brush-like patches. Summed-area tables make it O(1) per pixel whatever the radius.
     */
    static Planes kuwahara(Planes src, int radius) {
        int w = src.width;
        int h = src.height;
        float[] l = src.luminance();
        double[] sr = integral(src.r, w, h);
        double[] sg = integral(src.g, w, h);
        double[] sb = integral(src.b, w, h);
        double[] sl = integral(l, w, h);
        float[] l2 = new float[l.length];
        for (int i = 0; i < l.length; i++) {
            l2[i] = l[i] * l[i];
        }
        double[] sl2 = integral(l2, w, h);
        Planes out = new Planes(w, h);
        int[][] quadrants = {{-radius, 0, -radius, 0}, {0, radius, -radius, 0}, {-radius, 0, 0, radius},
            {0, radius, 0, radius}};
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double best = Double.MAX_VALUE;
                int bx0 = 0;
                int bx1 = 0;
                int by0 = 0;
                int by1 = 0;
                for (int[] q : quadrants) {
                    int x0 = Math.max(0, x + q[0]);
                    int x1 = Math.min(w - 1, x + q[1]);
                    int y0 = Math.max(0, y + q[2]);
                    int y1 = Math.min(h - 1, y + q[3]);
                    double n = (double) (x1 - x0 + 1) * (y1 - y0 + 1);
                    double mean = rect(sl, w, x0, y0, x1, y1) / n;
                    double variance = rect(sl2, w, x0, y0, x1, y1) / n - mean * mean;
                    if (variance < best) {
                        best = variance;
                        bx0 = x0;
                        bx1 = x1;
                        by0 = y0;
                        by1 = y1;
                    }
                }
                double n = (double) (bx1 - bx0 + 1) * (by1 - by0 + 1);
                int i = y * w + x;
                out.r[i] = (float) (rect(sr, w, bx0, by0, bx1, by1) / n);
                out.g[i] = (float) (rect(sg, w, bx0, by0, bx1, by1) / n);
                out.b[i] = (float) (rect(sb, w, bx0, by0, bx1, by1) / n);
            }
        }
        return out;
    }

    private static double[] integral(float[] v, int w, int h) {
        double[] s = new double[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            double row = 0;
            for (int x = 0; x < w; x++) {
                row += v[y * w + x];
                s[(y + 1) * (w + 1) + x + 1] = s[y * (w + 1) + x + 1] + row;
            }
        }
        return s;
    }

    private static double rect(double[] s, int w, int x0, int y0, int x1, int y1) {
        int stride = w + 1;
        return s[(y1 + 1) * stride + x1 + 1] - s[y0 * stride + x1 + 1] - s[(y1 + 1) * stride + x0] + s[y0 * stride + x0];
    }

    /** Sobel gradient magnitude (0 to about 1400 for a black/white step). */
    static float[] sobel(float[] l, int w, int h) {
        float[] out = new float[l.length];
        for (int y = 0; y < h; y++) {
            int ym = Math.max(0, y - 1) * w;
            int y0 = y * w;
            int yp = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                int xm = Math.max(0, x - 1);
                int xp = Math.min(w - 1, x + 1);
                float gx = (l[ym + xp] + 2 * l[y0 + xp] + l[yp + xp]) - (l[ym + xm] + 2 * l[y0 + xm] + l[yp + xm]);
                float gy = (l[yp + xm] + 2 * l[yp + x] + l[yp + xp]) - (l[ym + xm] + 2 * l[ym + x] + l[ym + xp]);
                out[y0 + x] = (float) Math.sqrt(gx * gx + gy * gy);
            }
        }
        return out;
    }

    /**
     * The strongest per-channel Sobel response after a light blur: unlike luminance edges, it also finds the border
     * between two colours of equal brightness (a navy shirt on a dark teal backdrop).
     */
    static float[] colourEdges(Planes p, float sigma) {
        int w = p.width;
        int h = p.height;
        float[] r = sobel(blur(p.r, w, h, sigma), w, h);
        float[] g = sobel(blur(p.g, w, h, sigma), w, h);
        float[] b = sobel(blur(p.b, w, h, sigma), w, h);
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.max(r[i], Math.max(g[i], b[i]));
        }
        return r;
    }

    /**
     * Extended difference of Gaussians: 1 on flat areas, falling towards 0 on lines. The soft threshold gives ink
     * lines that look drawn rather than detected.
     */
    static float[] xdog(float[] l, int w, int h, float sigma, float tau, float epsilon, float phi) {
        float[] narrow = blur(l, w, h, sigma);
        float[] wide = blur(l, w, h, sigma * 1.6f);
        float[] out = new float[l.length];
        for (int i = 0; i < out.length; i++) {
            float d = (narrow[i] - tau * wide[i]) / 255f;
            out[i] = d >= epsilon ? 1f : 1f + (float) StrictMath.tanh(phi * (d - epsilon));
        }
        return out;
    }

    /**
     * A k-colour palette by Lloyd's k-means over a fixed subsample, seeded from luminance quantiles so the same image
     * always gives the same palette.
     */
    static float[][] palette(Planes p, int k, int iterations) {
        int n = p.size();
        int stride = Math.max(1, n / 6000);
        int m = (n + stride - 1) / stride;
        float[][] samples = new float[m][];
        for (int s = 0, i = 0; i < n; i += stride, s++) {
            samples[s] = new float[] {p.r[i], p.g[i], p.b[i]};
        }
        float[][] sorted = samples.clone();
        Arrays.sort(sorted, (a, b) -> Float.compare(luma(a), luma(b)));
        float[][] centres = new float[k][];
        for (int c = 0; c < k; c++) {
            centres[c] = sorted[(int) ((c + 0.5) * m / k)].clone();
        }
        int[] assignment = new int[m];
        for (int it = 0; it < iterations; it++) {
            double[][] sums = new double[k][4];
            for (int s = 0; s < m; s++) {
                int c = nearest(centres, samples[s][0], samples[s][1], samples[s][2]);
                assignment[s] = c;
                sums[c][0] += samples[s][0];
                sums[c][1] += samples[s][1];
                sums[c][2] += samples[s][2];
                sums[c][3]++;
            }
            for (int c = 0; c < k; c++) {
                if (sums[c][3] > 0) {
                    centres[c] = new float[] {(float) (sums[c][0] / sums[c][3]), (float) (sums[c][1] / sums[c][3]),
                        (float) (sums[c][2] / sums[c][3])};
                }
            }
        }
        return centres;
    }

    static void quantize(Planes p, float[][] palette) {
        for (int i = 0; i < p.size(); i++) {
            float[] c = palette[nearest(palette, p.r[i], p.g[i], p.b[i])];
            p.r[i] = c[0];
            p.g[i] = c[1];
            p.b[i] = c[2];
        }
    }

    static int nearest(float[][] palette, float r, float g, float b) {
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int c = 0; c < palette.length; c++) {
            float dr = palette[c][0] - r;
            float dg = palette[c][1] - g;
            float db = palette[c][2] - b;
            // Weighted towards green, as the eye is, so skin and hair do not swap shades.
            float d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    private static float luma(float[] c) {
        return 0.299f * c[0] + 0.587f * c[1] + 0.114f * c[2];
    }

    /** Scales chroma around each pixel's luminance; 1 keeps, 0 greys, above 1 intensifies. */
    static void saturate(Planes p, float amount) {
        for (int i = 0; i < p.size(); i++) {
            float l = 0.299f * p.r[i] + 0.587f * p.g[i] + 0.114f * p.b[i];
            p.r[i] = l + (p.r[i] - l) * amount;
            p.g[i] = l + (p.g[i] - l) * amount;
            p.b[i] = l + (p.b[i] - l) * amount;
        }
    }

    /** Linear contrast around mid-grey plus a brightness offset. */
    static void contrast(Planes p, float gain, float offset) {
        for (int i = 0; i < p.size(); i++) {
            p.r[i] = (p.r[i] - 128) * gain + 128 + offset;
            p.g[i] = (p.g[i] - 128) * gain + 128 + offset;
            p.b[i] = (p.b[i] - 128) * gain + 128 + offset;
        }
    }

    static float smoothstep(float edge0, float edge1, float x) {
        float t = Math.clamp((x - edge0) / (edge1 - edge0), 0f, 1f);
        return t * t * (3 - 2 * t);
    }

    /** A stable pseudo-random value in [0, 1) for a lattice point: the only randomness the stylizer uses. */
    static float hash(int x, int y, int seed) {
        int h = x * 374761393 + y * 668265263 + seed * 1274126177;
        h = (h ^ (h >>> 13)) * 1274126177;
        h ^= h >>> 16;
        return (h & 0xffffff) / (float) 0x1000000;
    }

    /** Smooth value noise in [0, 1) with lattice spacing {@code scale} pixels. */
    static float noise(float x, float y, float scale, int seed) {
        float fx = x / scale;
        float fy = y / scale;
        int x0 = (int) Math.floor(fx);
        int y0 = (int) Math.floor(fy);
        float tx = fx - x0;
        float ty = fy - y0;
        tx = tx * tx * (3 - 2 * tx);
        ty = ty * ty * (3 - 2 * ty);
        float a = Planes.lerp(hash(x0, y0, seed), hash(x0 + 1, y0, seed), tx);
        float b = Planes.lerp(hash(x0, y0 + 1, seed), hash(x0 + 1, y0 + 1, seed), tx);
        return Planes.lerp(a, b, ty);
    }

    /** Three octaves of value noise, in [0, 1). */
    static float fbm(float x, float y, float scale, int seed) {
        return 0.55f * noise(x, y, scale, seed) + 0.3f * noise(x, y, scale / 2.3f, seed + 1)
                + 0.15f * noise(x, y, scale / 5.1f, seed + 2);
    }
}
