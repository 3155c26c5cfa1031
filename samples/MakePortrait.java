import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the synthetic sample portrait used by the README's curl example: no third-party photo, fully reproducible.
 * Run from the repository root: java samples/MakePortrait.java samples/portrait.jpg
 */
public class MakePortrait {

    public static void main(String[] args) throws Exception {
        int size = 512;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(70, 110, 170), 0, size, new Color(180, 200, 225)));
        g.fillRect(0, 0, size, size);
        // Shoulders and shirt.
        g.setColor(new Color(40, 70, 110));
        g.fill(new Ellipse2D.Double(96, 380, 320, 260));
        g.setColor(new Color(225, 225, 230));
        Path2D collar = new Path2D.Double();
        collar.moveTo(216, 392);
        collar.lineTo(256, 450);
        collar.lineTo(296, 392);
        collar.closePath();
        g.fill(collar);
        // Neck.
        g.setColor(new Color(214, 168, 136));
        g.fillRect(226, 320, 60, 80);
        // Face with soft shading.
        g.setPaint(new RadialGradientPaint(240f, 210f, 150f, new float[] {0f, 1f},
                new Color[] {new Color(240, 200, 170), new Color(200, 150, 120)}));
        g.fill(new Ellipse2D.Double(166, 120, 180, 230));
        // Hair.
        g.setColor(new Color(60, 40, 28));
        Path2D hair = new Path2D.Double();
        hair.moveTo(160, 230);
        hair.curveTo(140, 90, 370, 70, 352, 230);
        hair.curveTo(340, 170, 300, 150, 256, 150);
        hair.curveTo(210, 150, 175, 170, 160, 230);
        hair.closePath();
        g.fill(hair);
        // Eyes, brows, nose and mouth.
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(206, 218, 34, 18));
        g.fill(new Ellipse2D.Double(272, 218, 34, 18));
        g.setColor(new Color(70, 90, 60));
        g.fill(new Ellipse2D.Double(216, 219, 16, 16));
        g.fill(new Ellipse2D.Double(282, 219, 16, 16));
        g.setColor(new Color(50, 35, 25));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(204, 200, 40, 14, 20, 140);
        g.drawArc(270, 200, 40, 14, 20, 140);
        g.setColor(new Color(185, 130, 105));
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(256, 240, 248, 282);
        g.drawLine(248, 282, 262, 284);
        g.setColor(new Color(170, 70, 70));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawArc(224, 290, 64, 26, 200, 140);
        g.dispose();
        String target = args.length > 0 ? args[0] : "samples/portrait.jpg";
        ImageIO.write(image, target.endsWith(".png") ? "png" : "jpg", new File(target));
    }
}
