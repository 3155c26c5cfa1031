package io.avatarforge.worker.provider.local;

import static io.avatarforge.worker.provider.local.Filters.smoothstep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * The offline stylizer: a 1024×1024 stylized rendering of the framed subject, one recipe per {@link StyleFamily}.
 * Pure raster maths on the JVM, no network and no native code. Most recipes work at 512 pixels, where their flat
 * areas and outlines lose nothing, and are enlarged at the end; textures that must stay crisp (halftone, pencil, paper)
 * are applied at full size. Every step is a pure function of the input pixels, so the same input gives the same bytes;
 * transcendental functions go through {@link StrictMath}, whose results do not depend on the CPU or JIT intrinsics,
 * so the bytes are the same on every machine too.
 */
public final class OfflineStylizer {

    static final int OUTPUT_SIZE = 1024;
    private static final int WORK_SIZE = 512;
    private static final int PIXEL_GRID = 64;

    public BufferedImage stylize(BufferedImage input, StyleFamily family) {
        Framing.Framed framed = Framing.frame(input);
        if (family == StyleFamily.LOW_POLY) {
            return lowPoly(framed);
        }
        Planes out = switch (family) {
            case CARTOON -> cartoon(framed);
            case ANIME -> anime(framed);
            case CLAY -> clay(framed);
            case PORTRAIT -> portrait(framed);
            case OIL_PAINT -> oilPaint(framed);
            case SKETCH -> sketch(framed);
            case LINE_ART -> lineArt(framed);
            case WATERCOLOR -> watercolor(framed);
            case PIXEL_ART -> pixelArt(framed);
            case COMIC -> comic(framed);
            case NEON -> neon(framed);
            case FANTASY -> fantasy(framed);
            case LOW_POLY -> throw new IllegalStateException("drawn as vectors above");
        };
        return out.toImage();
    }

    private static Planes work(Framing.Framed framed) {
        return framed.crop().resized(WORK_SIZE, WORK_SIZE);
    }

    private static Planes enlarge(Planes p) {
        return p.resized(OUTPUT_SIZE, OUTPUT_SIZE);
    }

    /** 3-D animated film: smooth shading kept under a flat palette, soft dark outlines, warm key light. */
    private static Planes cartoon(Framing.Framed framed) {
        Planes smooth = Filters.bilateral(work(framed), 4, 3f, 30f, 3);
        Planes flat = smooth.copy();
        Filters.quantize(flat, Filters.palette(smooth, 10, 6));
        float[] edges = Filters.colourEdges(smooth, 1.2f);
        Planes p = new Planes(WORK_SIZE, WORK_SIZE);
        for (int i = 0; i < p.size(); i++) {
            // Some of the smooth shading survives under the flat colours: volume, as in a 3-D render.
            float ink = 1 - 0.85f * smoothstep(60, 160, edges[i]);
            float kx = (i % WORK_SIZE) / (float) WORK_SIZE - 0.3f;
            float ky = (i / WORK_SIZE) / (float) WORK_SIZE - 0.25f;
            // Warm key light from the upper left, falling off into a darker, cosier corner.
            ink *= 0.78f + 0.38f * (float) StrictMath.exp(-(kx * kx + ky * ky) / 0.18);
            p.r[i] = (0.65f * flat.r[i] + 0.35f * smooth.r[i]) * 1.1f * ink + 14 * ink;
            p.g[i] = (0.65f * flat.g[i] + 0.35f * smooth.g[i]) * 1.0f * ink + 4 * ink;
            p.b[i] = (0.65f * flat.b[i] + 0.35f * smooth.b[i]) * 0.88f * ink;
        }
        Filters.saturate(p, 1.3f);
        return enlarge(p);
    }

    /** Cel shading: few flat tones, bright and saturated, thin crisp lines in a dark plum ink. */
    private static Planes anime(Framing.Framed framed) {
        Planes src = work(framed);
        Planes p = Filters.bilateral(src, 4, 3f, 24f, 2);
        Filters.saturate(p, 1.45f);
        Filters.contrast(p, 1.05f, 18);
        Filters.quantize(p, Filters.palette(p, 8, 6));
        float[] mask = subjectMask(src, framed);
        int w = WORK_SIZE;
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                // A pastel sky behind the character, with a few soft out-of-focus lights.
                float t = (float) y / w;
                float bokeh = 0;
                for (int k = 0; k < 7; k++) {
                    float bx = Filters.hash(k, 0, 71) * w;
                    float by = Filters.hash(k, 1, 71) * w * 0.7f;
                    float radius = 18 + Filters.hash(k, 2, 71) * 30;
                    float d = (float) StrictMath.hypot(x - bx, y - by);
                    bokeh += 0.35f * (1 - smoothstep(radius - 3, radius, d));
                }
                float m = mask[i];
                p.r[i] = p.r[i] * m + (Planes.lerp(150, 250, t) + 90 * bokeh) * (1 - m);
                p.g[i] = p.g[i] * m + (Planes.lerp(200, 215, t) + 60 * bokeh) * (1 - m);
                p.b[i] = p.b[i] * m + (Planes.lerp(250, 235, t) + 40 * bokeh) * (1 - m);
            }
        }
        Planes big = enlarge(p);
        float[] lines = Filters.xdog(big.luminance(), OUTPUT_SIZE, OUTPUT_SIZE, 1.0f, 0.985f, 0.002f, 60f);
        for (int i = 0; i < big.size(); i++) {
            float v = lines[i];
            // A cool, pale cast keeps anime apart from the warm cartoon family.
            big.r[i] = Planes.lerp(60, big.r[i] * 0.97f + 6, v);
            big.g[i] = Planes.lerp(30, big.g[i] * 0.99f + 8, v);
            big.b[i] = Planes.lerp(70, big.b[i] + 16, v);
        }
        return big;
    }

    /** Plasticine: rounded heavy smoothing, few colours, lit as a surface, with fingerprint-like texture. */
    private static Planes clay(Framing.Framed framed) {
        Planes p = Filters.bilateral(work(framed), 5, 4f, 40f, 3);
        Filters.quantize(p, Filters.palette(p, 8, 6));
        p = Filters.blur(p, 2.5f);
        // Plasticine is dyed, not photographed: saturated, slightly darker colour.
        Filters.saturate(p, 1.6f);
        Filters.contrast(p, 1.1f, -10);
        float[] height = Filters.blur(p.luminance(), WORK_SIZE, WORK_SIZE, 7f);
        int w = WORK_SIZE;
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float dx = height[y * w + Math.min(w - 1, x + 1)] - height[y * w + Math.max(0, x - 1)];
                float dy = height[Math.min(w - 1, y + 1) * w + x] - height[Math.max(0, y - 1) * w + x];
                // Surface normal from the blurred luminance, lit from the upper left.
                float nx = -dx * 0.08f;
                float ny = -dy * 0.08f;
                float len = (float) Math.sqrt(nx * nx + ny * ny + 1);
                float diffuse = (-0.5f * nx - 0.6f * ny + 0.62f) / len;
                float spec = (float) StrictMath.pow(Math.max(0, diffuse), 24) * 70;
                float grain = (Filters.noise(x, y, 2.5f, 11) - 0.5f) * 14 + (Filters.noise(x, y, 9f, 12) - 0.5f) * 10;
                float shade = 0.55f + 0.6f * diffuse;
                p.r[i] = p.r[i] * shade + spec + grain + 14;
                p.g[i] = p.g[i] * shade + spec + grain + 2;
                p.b[i] = p.b[i] * shade + spec + grain - 12;
            }
        }
        return enlarge(p);
    }

    /**
     * Studio headshot: gentle skin smoothing, the background swapped for a neutral grey studio backdrop with a soft
     * light behind the head, mild contrast and a vignette.
     */
    private static Planes portrait(Framing.Framed framed) {
        Planes src = work(framed);
        Planes smooth = Filters.bilateral(src, 3, 2f, 18f, 1);
        int w = WORK_SIZE;
        float[] mask = subjectMask(src, framed);
        float sx = framed.subjectX() * w;
        float sy = framed.subjectY() * w;
        Planes p = new Planes(w, w);
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float dx = (x - sx) / w;
                float dy = (y - (sy - 0.05f * w)) / w;
                float halo = (float) StrictMath.exp(-(dx * dx + dy * dy) / 0.08);
                float backdrop = 62 + 22 * (1 - (float) y / w) + 70 * halo;
                float m = mask[i];
                float r = 0.7f * smooth.r[i] + 0.3f * src.r[i];
                float g = 0.7f * smooth.g[i] + 0.3f * src.g[i];
                float b = 0.7f * smooth.b[i] + 0.3f * src.b[i];
                p.r[i] = sCurve(r) * m + backdrop * (1 - m);
                p.g[i] = sCurve(g) * m + (backdrop + 2) * (1 - m);
                p.b[i] = sCurve(b) * 0.96f * m + (backdrop + 6) * (1 - m);
                float cx = (x - w / 2f) / w;
                float cy = (y - w / 2f) / w;
                float vignette = 1 - 0.55f * (cx * cx + cy * cy);
                p.r[i] *= vignette;
                p.g[i] *= vignette;
                p.b[i] *= vignette;
            }
        }
        Filters.saturate(p, 0.9f);
        return enlarge(p);
    }

    /**
     * A soft foreground mask: pixels unlike the fitted background, limited to a head-and-shoulders region around the
     * subject, plus a small core on the face itself for subjects that match their background.
     */
    private static float[] subjectMask(Planes src, Framing.Framed framed) {
        int w = src.width;
        float[][] background = backgroundGradient(src);
        float[] diff = new float[src.size()];
        for (int i = 0; i < diff.length; i++) {
            int y = i / w;
            diff[i] = Math.abs(src.r[i] - background[0][y]) + Math.abs(src.g[i] - background[1][y])
                    + Math.abs(src.b[i] - background[2][y]);
        }
        diff = Filters.blur(diff, w, w, 3f);
        float sx = framed.subjectX() * w;
        float sy = framed.subjectY() * w;
        float[] mask = new float[src.size()];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float ex = (x - sx) / (0.34f * w);
                float ey = (y - sy) / (0.42f * w);
                float e = ex * ex + ey * ey;
                float core = 1 - smoothstep(0.15f, 0.3f, e);
                // Below the face the person (shoulders) runs to the bottom edge.
                float outer = 1 - smoothstep(1.2f, 2.2f, y > sy ? ex * ex : e);
                // Where shoulders usually are, a smaller difference from the backdrop already counts as the person.
                float torso = y > sy + 0.2f * w ? 1 - smoothstep(0.3f * w, 0.45f * w, Math.abs(x - sx)) : 0;
                float foreground = smoothstep(Planes.lerp(35, 12, torso), Planes.lerp(100, 40, torso), diff[i]);
                mask[i] = Math.max(core, foreground * outer);
            }
        }
        mask = Filters.blur(mask, w, w, 2.5f);
        for (int i = 0; i < mask.length; i++) {
            // Pull the soft edge inwards so the old background does not fringe the new one.
            mask[i] = smoothstep(0.35f, 0.9f, mask[i]);
        }
        return mask;
    }

    private static float sCurve(float v) {
        float t = Math.clamp(v / 255f, 0f, 1f);
        return 255 * (t + 0.18f * t * (1 - t) * (2 * t - 1));
    }

    /**
     * The background guess: a vertical gradient per channel, least-squares fitted to the top band and the side bands
     * of the upper 60% (lower down, shoulders usually reach the sides). Studio and sky backdrops are mostly that.
     */
    private static float[][] backgroundGradient(Planes p) {
        int band = Math.max(1, p.width / 25);
        int lowest = p.height * 3 / 5;
        double n = 0;
        double sy = 0;
        double syy = 0;
        double[] sc = new double[3];
        double[] scy = new double[3];
        float[][] planes = {p.r, p.g, p.b};
        for (int y = 0; y < lowest; y++) {
            for (int x = 0; x < p.width; x++) {
                if (x >= band && x < p.width - band && y >= band) {
                    continue;
                }
                int i = y * p.width + x;
                n++;
                sy += y;
                syy += (double) y * y;
                for (int c = 0; c < 3; c++) {
                    sc[c] += planes[c][i];
                    scy[c] += planes[c][i] * (double) y;
                }
            }
        }
        float[][] rows = new float[3][p.height];
        double denominator = n * syy - sy * sy;
        for (int c = 0; c < 3; c++) {
            double slope = denominator == 0 ? 0 : (n * scy[c] - sy * sc[c]) / denominator;
            double intercept = (sc[c] - slope * sy) / n;
            for (int y = 0; y < p.height; y++) {
                rows[c][y] = (float) (intercept + slope * y);
            }
        }
        return rows;
    }

    /**
     * Oil on canvas: a Kuwahara underpainting, then two layers of round brush strokes laid along the image's contours
     * (broad strokes everywhere, fine ones only where there is detail), then paint relief and canvas weave.
     */
    private static Planes oilPaint(Framing.Framed framed) {
        Planes p = Filters.kuwahara(work(framed), 6);
        Filters.saturate(p, 1.35f);
        Filters.contrast(p, 1.12f, 0);
        for (int i = 0; i < p.size(); i++) {
            // Dramatic studio light: teal-blue shadows, ochre highlights.
            float t = Math.clamp((0.299f * p.r[i] + 0.587f * p.g[i] + 0.114f * p.b[i]) / 255f, 0f, 1f);
            p.r[i] += 34 * t - 26 * (1 - t);
            p.g[i] += 14 * t - 6 * (1 - t);
            p.b[i] += -26 * t + 20 * (1 - t);
            // Varnish-dark corners, as in an old master's portrait.
            float cx = (i % p.width) / (float) p.width - 0.5f;
            float cy = (i / p.width) / (float) p.width - 0.45f;
            float vignette = Math.max(0.25f, 1 - 1.6f * (cx * cx + cy * cy));
            p.r[i] *= vignette;
            p.g[i] *= vignette;
            p.b[i] *= vignette;
        }
        BufferedImage canvas = enlarge(p).toImage();
        paintStrokes(canvas, p);
        Planes big = Planes.fromRgb(((DataBufferInt) canvas.getRaster().getDataBuffer()).getData(), OUTPUT_SIZE,
                OUTPUT_SIZE);
        float[] l = big.luminance();
        int w = OUTPUT_SIZE;
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float dx = l[y * w + Math.min(w - 1, x + 1)] - l[i];
                float dy = l[Math.min(w - 1, y + 1) * w + x] - l[i];
                // Light from the upper left catches the ridges the strokes leave.
                float relief = -(dx + dy) * 0.4f;
                float weave = ((x & 3) < 2 ^ (y & 3) < 2) ? 4 : -4;
                float delta = relief + weave;
                big.r[i] += delta;
                big.g[i] += delta;
                big.b[i] += delta * 0.9f;
            }
        }
        return big;
    }

    private static void paintStrokes(BufferedImage canvas, Planes paint) {
        int w = paint.width;
        float[] l = Filters.blur(paint.luminance(), w, w, 3f);
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float scale = (float) OUTPUT_SIZE / w;
        float[] rgb = new float[3];
        // {spacing, width, length, minimum gradient}: broad strokes everywhere, fine ones only where there is detail.
        float[][] layers = {{13, 12, 34, 0}, {7, 5, 16, 6}};
        for (int layer = 0; layer < layers.length; layer++) {
            float spacing = layers[layer][0];
            g.setStroke(new BasicStroke(layers[layer][1], BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            int cells = (int) (OUTPUT_SIZE / spacing);
            for (int gy = 0; gy < cells; gy++) {
                for (int gx = 0; gx < cells; gx++) {
                    float cx = (gx + 0.5f + Filters.hash(gx, gy, 81 + layer) - 0.5f) * spacing;
                    float cy = (gy + 0.5f + Filters.hash(gx, gy, 83 + layer) - 0.5f) * spacing;
                    int sx = Math.clamp((int) (cx / scale), 1, w - 2);
                    int sy = Math.clamp((int) (cy / scale), 1, w - 2);
                    float dx = l[sy * w + sx + 1] - l[sy * w + sx - 1];
                    float dy = l[(sy + 1) * w + sx] - l[(sy - 1) * w + sx];
                    float magnitude = (float) Math.sqrt(dx * dx + dy * dy);
                    if (magnitude < layers[layer][3]) {
                        continue;
                    }
                    // Strokes follow contours (across the gradient); on flat areas a slowly turning field decides.
                    double angle = magnitude > 1.5f ? StrictMath.atan2(dy, dx) + Math.PI / 2
                            : Filters.noise(cx, cy, 260f, 85) * Math.PI * 2;
                    float length = layers[layer][2] * (0.7f + 0.6f * Filters.hash(gx, gy, 86 + layer)) / 2;
                    float ux = (float) StrictMath.cos(angle) * length;
                    float uy = (float) StrictMath.sin(angle) * length;
                    paint.sample(cx / scale, cy / scale, rgb);
                    float tint = 0.92f + 0.16f * Filters.hash(gx, gy, 88 + layer);
                    g.setColor(new Color(Planes.clampByte(rgb[0] * tint), Planes.clampByte(rgb[1] * tint),
                            Planes.clampByte(rgb[2] * tint)));
                    g.draw(new Line2D.Float(cx - ux, cy - uy, cx + ux, cy + uy));
                }
            }
        }
        g.dispose();
    }

    /** Graphite pencil: colour-dodge of the inverted blur, cross-hatching in the shadows, paper grain. */
    private static Planes sketch(Framing.Framed framed) {
        int w = OUTPUT_SIZE;
        Planes base = Filters.bilateral(work(framed), 3, 2f, 30f, 1).resized(w, w);
        float[] gray = base.luminance();
        float[] inverted = new float[gray.length];
        for (int i = 0; i < gray.length; i++) {
            inverted[i] = 255 - gray[i];
        }
        float[] blurred = Filters.blur(inverted, w, w, 10f);
        float[] tone = Filters.blur(gray, w, w, 6f);
        float[] out = new float[gray.length];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float dodge = Math.min(255f, gray[i] * 255f / Math.max(1f, 255f - blurred[i]));
                float v = (float) StrictMath.pow(dodge / 255f, 2.2) * 255;
                float darkness = 1 - tone[i] / 255f;
                float jitter = Filters.noise(x, y, 7f, 31) * 2;
                if (darkness > 0.45f && Math.floorMod(x + y + (int) jitter, 9) == 0) {
                    v *= 1 - 0.5f * smoothstep(0.45f, 0.8f, darkness);
                }
                if (darkness > 0.65f && Math.floorMod(x - y + (int) jitter, 7) == 0) {
                    v *= 1 - 0.5f * smoothstep(0.65f, 0.9f, darkness);
                }
                float grain = (Filters.hash(x, y, 32) - 0.5f) * 14 + (Filters.noise(x, y, 30f, 33) - 0.5f) * 8;
                out[i] = v * 0.97f + grain;
            }
        }
        Planes p = Planes.gray(out, w, w);
        for (int i = 0; i < p.size(); i++) {
            // Cream paper, barely: the result must still read as grey pencil.
            p.r[i] += 3;
            p.b[i] -= 3;
        }
        return p;
    }

    /** Clean ink line drawing on white, as a colouring-book page. */
    private static Planes lineArt(Framing.Framed framed) {
        int w = OUTPUT_SIZE;
        Planes smooth = Filters.bilateral(work(framed), 4, 3f, 26f, 3).resized(w, w);
        float[] lines = Filters.xdog(smooth.luminance(), w, w, 1.6f, 0.99f, 0.0f, 200f);
        float[] out = new float[lines.length];
        for (int i = 0; i < lines.length; i++) {
            // Either ink or paper: anything not clearly a line is cleaned up to white.
            out[i] = 18 + 237 * smoothstep(0.35f, 0.75f, lines[i]);
        }
        return Planes.gray(out, w, w);
    }

    /** Watercolour: soft washes that bleed past their edges, pigment pooling at the rims, paper texture. */
    private static Planes watercolor(Framing.Framed framed) {
        Planes smooth = Filters.bilateral(work(framed), 4, 3f, 34f, 2);
        Planes flat = smooth.copy();
        Filters.quantize(flat, Filters.palette(smooth, 12, 5));
        int w = WORK_SIZE;
        Planes wash = new Planes(w, w);
        float[] rgb = new float[3];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                // Bleeding: each pixel takes its colour from a slightly wandering neighbour.
                float ox = (Filters.noise(x, y, 18f, 41) - 0.5f) * 6;
                float oy = (Filters.noise(x, y, 18f, 42) - 0.5f) * 6;
                flat.sample(x + ox, y + oy, rgb);
                int i = y * w + x;
                wash.r[i] = rgb[0];
                wash.g[i] = rgb[1];
                wash.b[i] = rgb[2];
            }
        }
        wash = Filters.blur(wash, 2.2f);
        float[] rims = Filters.sobel(Filters.blur(wash.luminance(), w, w, 1.5f), w, w);
        Planes big = enlarge(wash);
        float[] bigRims = Planes.gray(rims, w, w).resized(OUTPUT_SIZE, OUTPUT_SIZE).r;
        int n = OUTPUT_SIZE;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                float pool = 1 - 0.16f * smoothstep(15, 70, bigRims[i]);
                float paper = 0.9f + 0.1f * Filters.fbm(x, y, 60f, 43) + (Filters.hash(x, y, 44) - 0.5f) * 0.05f;
                // The wash fades to bare paper towards the irregular edges of the painting.
                float dx = (x - n / 2f) / n;
                float dy = (y - n / 2f) / n;
                float reach = 0.2f + 0.12f * Filters.fbm(x, y, 90f, 45);
                float coverage = 1 - smoothstep(reach, reach + 0.1f, dx * dx + dy * dy);
                float[] c = {big.r[i], big.g[i], big.b[i]};
                for (int k = 0; k < 3; k++) {
                    // Soft palette: pigments thinned with water, i.e. lifted towards the paper.
                    float pigment = (c[k] * 0.72f + 255 * 0.28f) * pool;
                    c[k] = Planes.lerp(250, pigment, coverage) * paper;
                }
                big.r[i] = c[0];
                big.g[i] = c[1];
                big.b[i] = c[2] - 4;
            }
        }
        return big;
    }

    /**
     * Retro sprite: 64×64 grid on a plain dark backdrop, a 12-colour palette without dithering, a one-pixel outline
     * around the character, hard square pixels.
     */
    private static Planes pixelArt(Framing.Framed framed) {
        int n = PIXEL_GRID;
        Planes small = Filters.bilateral(framed.crop().resized(n, n), 1, 1f, 40f, 1);
        Filters.saturate(small, 1.35f);
        Filters.contrast(small, 1.1f, 0);
        float[] mask = Planes.gray(subjectMask(work(framed), framed), WORK_SIZE, WORK_SIZE).resized(n, n).r;
        boolean[] inside = new boolean[n * n];
        for (int i = 0; i < inside.length; i++) {
            inside[i] = mask[i] >= 0.5f;
            if (!inside[i]) {
                small.r[i] = 38;
                small.g[i] = 44;
                small.b[i] = 84;
            }
        }
        Filters.quantize(small, Filters.palette(small, 12, 8));
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                boolean edge = !inside[i] && ((x > 0 && inside[i - 1]) || (x < n - 1 && inside[i + 1])
                        || (y > 0 && inside[i - n]) || (y < n - 1 && inside[i + n]));
                if (edge) {
                    small.r[i] = 18;
                    small.g[i] = 14;
                    small.b[i] = 26;
                }
            }
        }
        return small.enlargedNearest(OUTPUT_SIZE / n);
    }

    /** Comic book: posterized saturated colour, halftone dots in the shadows, bold black ink outlines. */
    private static Planes comic(Framing.Framed framed) {
        Planes p = Filters.bilateral(work(framed), 4, 3f, 28f, 2);
        Filters.saturate(p, 1.6f);
        Filters.quantize(p, Filters.palette(p, 6, 6));
        float[] edges = Filters.colourEdges(p, 1f);
        float[] ink = new float[edges.length];
        for (int i = 0; i < ink.length; i++) {
            ink[i] = smoothstep(40, 90, edges[i]);
        }
        // Thicken the outline: blur, then threshold low.
        ink = Filters.blur(ink, WORK_SIZE, WORK_SIZE, 1.2f);
        Planes big = enlarge(p);
        float[] bigInk = Planes.gray(ink, WORK_SIZE, WORK_SIZE).resized(OUTPUT_SIZE, OUTPUT_SIZE).r;
        float[] l = big.luminance();
        int n = OUTPUT_SIZE;
        float cell = 9f;
        float cos = (float) StrictMath.cos(Math.PI / 4);
        float sin = (float) StrictMath.sin(Math.PI / 4);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int i = y * n + x;
                float u = (x * cos + y * sin) / cell;
                float v = (-x * sin + y * cos) / cell;
                float du = u - (float) Math.floor(u) - 0.5f;
                float dv = v - (float) Math.floor(v) - 0.5f;
                float distance = (float) Math.sqrt(du * du + dv * dv);
                float darkness = 1 - l[i] / 255f;
                float radius = 0.62f * (float) Math.sqrt(Math.max(0, darkness - 0.08f));
                float dot = 1 - smoothstep(radius - 0.06f, radius + 0.06f, distance);
                float tone = 1 - 0.45f * dot;
                float line = 1 - smoothstep(0.25f, 0.45f, bigInk[i]);
                // Light areas print as paper-bright flat colour.
                big.r[i] = (big.r[i] * 1.05f + 12) * tone * line;
                big.g[i] = (big.g[i] * 1.05f + 10) * tone * line;
                big.b[i] = (big.b[i] * 1.05f + 4) * tone * line;
            }
        }
        return big;
    }

    /** Cyberpunk neon: a dark, blue-black frame of the subject with its edges glowing magenta to cyan, scanlines. */
    private static Planes neon(Framing.Framed framed) {
        int w = WORK_SIZE;
        Planes p = Filters.bilateral(work(framed), 3, 2f, 24f, 1);
        float[] l = p.luminance();
        float[] edges = Filters.sobel(Filters.blur(l, w, w, 1.2f), w, w);
        for (int i = 0; i < edges.length; i++) {
            edges[i] = smoothstep(25, 120, edges[i]);
        }
        float[] glowWide = Filters.blur(edges, w, w, 7f);
        float[] glowNear = Filters.blur(edges, w, w, 2f);
        Planes out = new Planes(w, w);
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float t = Math.clamp((x + y) / (2f * w) + 0.35f * (l[i] / 255f - 0.5f), 0f, 1f);
                float cr = Planes.lerp(255, 20, t);
                float cg = Planes.lerp(40, 235, t);
                float cb = Planes.lerp(210, 255, t);
                float light = Math.min(1.6f, edges[i] * 1.1f + glowNear[i] * 0.8f + glowWide[i] * 1.6f);
                out.r[i] = p.r[i] * 0.16f + 8 + cr * light;
                out.g[i] = p.g[i] * 0.14f + 4 + cg * light;
                out.b[i] = p.b[i] * 0.22f + 28 + cb * light;
            }
        }
        Planes big = enlarge(out);
        for (int y = 0; y < OUTPUT_SIZE; y++) {
            if (y % 4 == 3) {
                for (int x = 0; x < OUTPUT_SIZE; x++) {
                    int i = y * OUTPUT_SIZE + x;
                    big.r[i] *= 0.7f;
                    big.g[i] *= 0.7f;
                    big.b[i] *= 0.7f;
                }
            }
        }
        return big;
    }

    /** Fantasy: Orton-style dreamy glow, violet shadows and golden highlights, a dark vignette and a few sparkles. */
    private static Planes fantasy(Framing.Framed framed) {
        int w = WORK_SIZE;
        Planes p = Filters.bilateral(work(framed), 3, 2f, 24f, 1);
        Planes glow = Filters.blur(p, 10f);
        float[] l = p.luminance();
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                float t = l[i] / 255f;
                float[] c = {p.r[i], p.g[i], p.b[i]};
                float[] gl = {glow.r[i], glow.g[i], glow.b[i]};
                float[] shadow = {95, 45, 150};
                float[] highlight = {255, 205, 120};
                float dx = (x - w / 2f) / w;
                float dy = (y - w * 0.45f) / w;
                float vignette = 1 - 1.3f * (dx * dx + dy * dy);
                for (int k = 0; k < 3; k++) {
                    float screen = 255 - (255 - c[k]) * (255 - gl[k] * 0.8f) / 255;
                    float toned = screen + (shadow[k] - screen) * 0.35f * (1 - t) + (highlight[k] - screen) * 0.25f * t;
                    c[k] = toned * vignette;
                }
                p.r[i] = c[0];
                p.g[i] = c[1];
                p.b[i] = c[2] * 0.95f + 12 * (1 - vignette);
            }
        }
        Filters.saturate(p, 1.2f);
        Planes big = enlarge(p);
        sparkles(big, big.luminance());
        return big;
    }

    private static void sparkles(Planes big, float[] l) {
        int n = OUTPUT_SIZE;
        for (int s = 0; s < 260; s++) {
            int cx = (int) (Filters.hash(s, 0, 51) * n);
            int cy = (int) (Filters.hash(s, 1, 51) * n);
            // Magic dust gathers in the light, not in the shadows.
            if (l[cy * n + cx] < 110) {
                continue;
            }
            float size = 3 + Filters.hash(s, 2, 51) * 9;
            int reach = (int) (size * 2);
            for (int y = Math.max(0, cy - reach); y < Math.min(n, cy + reach); y++) {
                for (int x = Math.max(0, cx - reach); x < Math.min(n, cx + reach); x++) {
                    float dx = Math.abs(x - cx);
                    float dy = Math.abs(y - cy);
                    float core = (float) StrictMath.exp(-(dx * dx + dy * dy) / (size * 0.6f));
                    float cross = (float) (StrictMath.exp(-dy * dy / 1.5f) + StrictMath.exp(-dx * dx / 1.5f))
                            * Math.max(0, 1 - (dx + dy) / reach);
                    float a = Math.min(1f, core + 0.6f * cross);
                    int i = y * n + x;
                    big.r[i] += (255 - big.r[i]) * a;
                    big.g[i] += (245 - big.g[i]) * a;
                    big.b[i] += (200 - big.b[i]) * a;
                }
            }
        }
    }

    /**
     * Low poly: a jittered triangle mesh whose vertices snap to strong edges, each facet flat-filled with the colour
     * sampled under it and lightly shaded, drawn directly at full size so the facet edges stay sharp.
     */
    private static BufferedImage lowPoly(Framing.Framed framed) {
        int w = WORK_SIZE;
        Planes p = Filters.blur(work(framed), 1.5f);
        // Low-poly art is graphic: stronger colour than the photograph.
        Filters.saturate(p, 1.3f);
        Filters.contrast(p, 1.1f, 0);
        float[] edges = Filters.sobel(p.luminance(), w, w);
        int cells = 34;
        float step = (float) w / cells;
        float[][] vx = new float[cells + 1][cells + 1];
        float[][] vy = new float[cells + 1][cells + 1];
        for (int gy = 0; gy <= cells; gy++) {
            for (int gx = 0; gx <= cells; gx++) {
                float x = gx * step;
                float y = gy * step;
                boolean borderX = gx == 0 || gx == cells;
                boolean borderY = gy == 0 || gy == cells;
                if (!borderX) {
                    x += (Filters.hash(gx, gy, 61) - 0.5f) * step * 0.6f;
                }
                if (!borderY) {
                    y += (Filters.hash(gx, gy, 62) - 0.5f) * step * 0.6f;
                }
                if (!borderX && !borderY) {
                    // Snap to the strongest edge nearby so facets follow the face's contours.
                    int r = (int) (step * 0.4f);
                    float best = 90;
                    float bx = x;
                    float by = y;
                    for (int yy = (int) y - r; yy <= (int) y + r; yy++) {
                        for (int xx = (int) x - r; xx <= (int) x + r; xx++) {
                            if (xx < 0 || yy < 0 || xx >= w || yy >= w) {
                                continue;
                            }
                            float e = edges[yy * w + xx];
                            if (e > best) {
                                best = e;
                                bx = xx;
                                by = yy;
                            }
                        }
                    }
                    x = bx;
                    y = by;
                }
                vx[gy][gx] = x;
                vy[gy][gx] = y;
            }
        }
        BufferedImage image = new BufferedImage(OUTPUT_SIZE, OUTPUT_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1.2f));
        float scale = (float) OUTPUT_SIZE / w;
        float[] rgb = new float[3];
        for (int gy = 0; gy < cells; gy++) {
            for (int gx = 0; gx < cells; gx++) {
                float[][] corners = {{vx[gy][gx], vy[gy][gx]}, {vx[gy][gx + 1], vy[gy][gx + 1]},
                    {vx[gy + 1][gx + 1], vy[gy + 1][gx + 1]}, {vx[gy + 1][gx], vy[gy + 1][gx]}};
                boolean flip = Filters.hash(gx, gy, 63) < 0.5f;
                int[][] triangles = flip ? new int[][] {{0, 1, 2}, {0, 2, 3}} : new int[][] {{0, 1, 3}, {1, 2, 3}};
                for (int t = 0; t < 2; t++) {
                    float[] a = corners[triangles[t][0]];
                    float[] b = corners[triangles[t][1]];
                    float[] c = corners[triangles[t][2]];
                    float mx = (a[0] + b[0] + c[0]) / 3;
                    float my = (a[1] + b[1] + c[1]) / 3;
                    float sr = 0;
                    float sg = 0;
                    float sb = 0;
                    float[][] probes = {{mx, my}, {(mx + a[0]) / 2, (my + a[1]) / 2}, {(mx + b[0]) / 2, (my + b[1]) / 2},
                        {(mx + c[0]) / 2, (my + c[1]) / 2}};
                    for (float[] probe : probes) {
                        p.sample(probe[0], probe[1], rgb);
                        sr += rgb[0];
                        sg += rgb[1];
                        sb += rgb[2];
                    }
                    // Flat shading: each facet tilts a little towards or away from a light at the upper left.
                    float facet = 0.84f + 0.12f * Filters.hash(gx * 2 + t, gy, 64) + 0.24f * (1 - (mx + my) / (2f * w));
                    Color colour = new Color(Planes.clampByte(sr / 4 * facet), Planes.clampByte(sg / 4 * facet),
                            Planes.clampByte(sb / 4 * facet));
                    Path2D.Float path = new Path2D.Float();
                    path.moveTo(a[0] * scale, a[1] * scale);
                    path.lineTo(b[0] * scale, b[1] * scale);
                    path.lineTo(c[0] * scale, c[1] * scale);
                    path.closePath();
                    g.setColor(colour);
                    g.fill(path);
                    // Stroking with the fill colour closes the hairline seams antialiasing leaves between facets.
                    g.draw(path);
                }
            }
        }
        g.dispose();
        return image;
    }
}
