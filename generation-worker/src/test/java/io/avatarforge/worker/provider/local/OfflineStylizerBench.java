package io.avatarforge.worker.provider.local;

import io.avatarforge.testkit.TestImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Not a test: a manual benchmark and contact sheet. Times every family on a 1536×1536 portrait (best of three runs
 * after warm-up; stylize alone, and stylize plus PNG encoding), then writes one PNG per family rendered from
 * {@link TestImages#face} and {@link TestImages#portrait} at 768×768, plus a contact sheet of each, into the directory
 * given as the first argument (default {@code target/families}). The optional second argument is the number of
 * warm-up rounds (default 3).
 */
final class OfflineStylizerBench {

    private static final Logger log = LoggerFactory.getLogger(OfflineStylizerBench.class);
    private static final int CELL = 256;

    private OfflineStylizerBench() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/families");
        int warmUps = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(dir);
        OfflineStylizer stylizer = new OfflineStylizer();
        BufferedImage large = TestImages.portrait(1536, 1536);
        for (int warmUp = 0; warmUp < warmUps; warmUp++) {
            for (StyleFamily family : StyleFamily.values()) {
                stylizer.stylize(large, family);
            }
        }
        for (StyleFamily family : StyleFamily.values()) {
            long bestStylize = Long.MAX_VALUE;
            long bestWithPng = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                BufferedImage out = stylizer.stylize(large, family);
                long stylized = System.nanoTime();
                ImageIO.write(out, "png", OutputStream.nullOutputStream());
                long encoded = System.nanoTime();
                bestStylize = Math.min(bestStylize, stylized - start);
                bestWithPng = Math.min(bestWithPng, encoded - start);
            }
            log.info("{}: stylize {} ms, with PNG encoding {} ms", family, bestStylize / 1_000_000,
                    bestWithPng / 1_000_000);
        }
        sheet(stylizer, TestImages.face(768, 768), dir, "face");
        sheet(stylizer, TestImages.portrait(768, 768), dir, "portrait");
    }

    private static void sheet(OfflineStylizer stylizer, BufferedImage input, Path dir, String name) throws IOException {
        BufferedImage sheet = new BufferedImage(CELL * 4, CELL * 4, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(input, 0, 0, CELL, CELL, null);
        int slot = 1;
        for (StyleFamily family : StyleFamily.values()) {
            BufferedImage rendered = stylizer.stylize(input, family);
            ImageIO.write(rendered, "png", dir.resolve(name + "-" + family.key() + ".png").toFile());
            int x = slot % 4 * CELL;
            int y = slot / 4 * CELL;
            g.drawImage(rendered, x, y, CELL, CELL, null);
            g.setColor(Color.BLACK);
            g.fillRect(x, y, 90, 16);
            g.setColor(Color.WHITE);
            g.drawString(family.key(), x + 3, y + 12);
            slot++;
        }
        g.dispose();
        ImageIO.write(sheet, "png", dir.resolve(name + "-contact-sheet.png").toFile());
    }
}
