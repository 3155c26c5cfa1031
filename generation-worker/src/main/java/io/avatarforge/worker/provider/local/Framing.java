package io.avatarforge.worker.provider.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Square framing on the subject. A cheap, deterministic subject estimate (centre-weighted skin-tone pixels on a
 * thumbnail) pulls the crop towards the face and, when the face is small in the frame, tightens the crop to a
 * head-and-shoulders shot. Without any skin the crop is simply the centred square.
 */
final class Framing {

    /** The square crop, as RGB planes, and where the subject sits inside it (0..1 on each axis). */
    record Framed(Planes crop, float subjectX, float subjectY) {
    }

    private static final int THUMBNAIL = 96;
    /** Larger crops are reduced while copying: nothing downstream works above 1024 pixels. */
    private static final int MAX_CROP = 2048;

    private Framing() {
    }

    static Framed frame(BufferedImage input) {
        int w = input.getWidth();
        int h = input.getHeight();
        Subject subject = estimateSubject(input);
        float shortSide = Math.min(w, h);
        float side = shortSide;
        float centreX = w / 2f;
        float centreY = h / 2f;
        if (subject != null) {
            // A face about 40% of the crop reads as a portrait; never crop below half the short side.
            side = Math.clamp(subject.extent * w * 2.5f, shortSide * 0.5f, shortSide);
            // Centre-weighted: the estimate moves the crop, but not quite all the way.
            centreX += 0.9f * (subject.x * w - centreX);
            // Faces sit a little above the middle of a headshot.
            centreY += 0.9f * (subject.y * h - centreY) + side * 0.05f;
        }
        int cropSide = Math.max(1, Math.round(side));
        int x0 = Math.clamp(Math.round(centreX - cropSide / 2f), 0, w - cropSide);
        int y0 = Math.clamp(Math.round(centreY - cropSide / 2f), 0, h - cropSide);
        int target = Math.min(cropSide, MAX_CROP);
        BufferedImage crop = new BufferedImage(target, target, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = crop.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        // Transparent areas of a PNG become white, as on paper.
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, target, target);
        g.drawImage(input, 0, 0, target, target, x0, y0, x0 + cropSide, y0 + cropSide, null);
        g.dispose();
        int[] rgb = ((DataBufferInt) crop.getRaster().getDataBuffer()).getData();
        float sx = subject == null ? 0.5f : Math.clamp((subject.x * w - x0) / cropSide, 0f, 1f);
        float sy = subject == null ? 0.45f : Math.clamp((subject.y * h - y0) / cropSide, 0f, 1f);
        return new Framed(Planes.fromRgb(rgb, target, target), sx, sy);
    }

    /** Subject centre (fractions of width and height) and face size (fraction of the width). */
    private record Subject(float x, float y, float extent) {
    }

    private static @Nullable Subject estimateSubject(BufferedImage input) {
        int w = input.getWidth();
        int h = input.getHeight();
        float scale = Math.min(1f, (float) THUMBNAIL / Math.max(w, h));
        int tw = Math.max(1, Math.round(w * scale));
        int th = Math.max(1, Math.round(h * scale));
        BufferedImage thumb = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, tw, th);
        g.drawImage(input, 0, 0, tw, th, null);
        g.dispose();
        int[] px = ((DataBufferInt) thumb.getRaster().getDataBuffer()).getData();
        double total = 0;
        double sumX = 0;
        double sumY = 0;
        int[] xs = new int[px.length];
        int[] ys = new int[px.length];
        int skinCount = 0;
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                int c = px[y * tw + x];
                if (!isSkin((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff)) {
                    continue;
                }
                double dx = (x + 0.5) / tw - 0.5;
                double dy = (y + 0.5) / th - 0.45;
                double weight = StrictMath.exp(-(dx * dx + dy * dy) / (2 * 0.3 * 0.3));
                total += weight;
                sumX += weight * (x + 0.5);
                sumY += weight * (y + 0.5);
                xs[skinCount] = x;
                ys[skinCount] = y;
                skinCount++;
            }
        }
        if (skinCount < Math.max(4, px.length / 200)) {
            return null;
        }
        float extentX = spread(xs, skinCount) / tw;
        float extentY = spread(ys, skinCount) / th * h / w;
        return new Subject((float) (sumX / total / tw), (float) (sumY / total / th), Math.max(extentX, extentY));
    }

    /** The 10th-to-90th percentile range, robust to stray skin-coloured pixels elsewhere. */
    private static float spread(int[] values, int count) {
        int[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        return (sorted[count * 9 / 10] - sorted[count / 10] + 1) / 0.8f;
    }

    /** The classic YCbCr skin box; loose on purpose, the centre weighting does the rest. */
    private static boolean isSkin(int r, int g, int b) {
        float y = 0.299f * r + 0.587f * g + 0.114f * b;
        float cb = 128 - 0.168736f * r - 0.331264f * g + 0.5f * b;
        float cr = 128 + 0.5f * r - 0.418688f * g - 0.081312f * b;
        return y > 50 && cb >= 77 && cb <= 127 && cr >= 135 && cr <= 175;
    }
}
