package io.avatarforge.platform.image;

import io.avatarforge.model.image.ImageFormat;
import io.avatarforge.model.image.PreparedImage;
import io.avatarforge.model.image.ImageRejectedException;

import com.twelvemonkeys.imageio.color.ColorProfiles;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts and prepares images. {@link #inspect} is cheap enough for every request at intake: it recognises PNG, JPEG
 * or WebP from the bytes and refuses by byte size, by the pixel count the header declares, and a broken container
 * (truncated, bad PNG chunk CRC, wrong WebP RIFF size), without decoding a pixel.
 * {@link #prepare} is what a provider gets: decoded already subsampled towards the target size, scaled to a longest
 * side of at most {@code maxSide}, turned upright according to its EXIF orientation, and re-encoded (PNG when it has
 * transparency, JPEG otherwise). It costs tens of milliseconds of CPU for a photo, which is why the worker runs it,
 * not the gateway. JPEGs that must be shrunk are decoded by libjpeg-turbo at a reduced DCT scale when the system has
 * it ({@link TurboJpeg}), several times faster than the JDK's codec; everything else, and every JPEG when it is
 * missing, goes through ImageIO. Both feed the same scale, orient and encode steps. What libjpeg-turbo decoded is
 * shrunk by {@link AreaAverage} rather than Java2D, and opaque results are encoded by libjpeg-turbo when it is there,
 * again several times faster than the JDK's writer, at the same quality and chroma subsampling.
 */
public final class ImagePreparation {

    private static final Logger LOG = LoggerFactory.getLogger(ImagePreparation.class);

    private static final float JPEG_QUALITY = 0.92f;
    /** The same quality on the IJG scale libjpeg-turbo takes: the JDK writer maps 0.92 to exactly these tables. */
    private static final int TURBO_JPEG_QUALITY = 92;

    /** What the header says about an accepted image. */
    public record Inspected(ImageFormat format, int width, int height) {
    }

    private final long maxBytes;
    private final long maxPixels;
    private final int maxSide;
    private final boolean turboJpeg;

    public ImagePreparation(long maxBytes, long maxPixels, int maxSide) {
        this(maxBytes, maxPixels, maxSide, true);
    }

    /** {@code turboJpeg = false} forces the JDK decoder and encoder, so that tests can compare the two paths. */
    ImagePreparation(long maxBytes, long maxPixels, int maxSide, boolean turboJpeg) {
        if (maxBytes < 1 || maxPixels < 1 || maxSide < 1) {
            throw new IllegalArgumentException("Image limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.maxSide = maxSide;
        this.turboJpeg = turboJpeg;
    }

    /**
     * Format, byte size, declared pixel count and a whole container ({@link ImageStructure}: a truncated or corrupted
     * file is refused here); no pixel is decoded.
     */
    public Inspected inspect(byte[] bytes) {
        ImageFormat format = checkedFormat(bytes);
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            reader.setInput(in, true, true);
            int[] size = declaredSize(reader, format);
            ImageStructure.check(format, bytes);
            return new Inspected(format, size[0], size[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    /** The whole decode, scale, orient and encode path. */
    public PreparedImage prepare(byte[] bytes) {
        Inspected inspected = inspect(bytes);
        ImageFormat format = inspected.format();
        int orientation = format == ImageFormat.JPEG ? exifOrientation(bytes) : 1;
        if (Math.max(inspected.width(), inspected.height()) <= maxSide && orientation == 1
                && !(format == ImageFormat.JPEG && jpegComponents(bytes) == 4)) {
            // Already small enough, upright and in a colour model every provider reads: sent as it came. Re-encoding
            // would cost a decode and an encode per job and lose quality for nothing.
            return new PreparedImage(bytes, format.contentType(), inspected.width(), inspected.height());
        }
        Decoded decoded = decodeWithTurboJpeg(bytes, inspected);
        if (decoded == null) {
            decoded = decodeBounded(bytes, format);
        }
        BufferedImage scaled = scaleToLimit(decoded);
        return encode(orient(scaled, orientation));
    }

    /**
     * The JPEG decoded by libjpeg-turbo at a reduced scale, or null when that path does not apply or fails, and the
     * JDK decoder must do it. Only called after {@link #inspect} has applied the size limits to the header.
     */
    private @Nullable Decoded decodeWithTurboJpeg(byte[] bytes, Inspected inspected) {
        if (!turboJpeg || inspected.format() != ImageFormat.JPEG
                || Math.max(inspected.width(), inspected.height()) <= maxSide || !TurboJpeg.available()
                || !turboJpegDecodesAsTheJdkDoes(bytes)) {
            return null;
        }
        try {
            TurboJpeg.Header header = TurboJpeg.header(bytes);
            if (header.cmyk() || header.width() != inspected.width() || header.height() != inspected.height()) {
                // The two parsers disagree about an odd file: the limits were checked on ImageIO's reading, so
                // ImageIO decodes it.
                return null;
            }
            return new Decoded(TurboJpeg.decodeScaled(bytes, header, maxSide), inspected.width(), inspected.height());
        } catch (TurboJpeg.DecodeException e) {
            // Corrupt or truncated data, or a stream libjpeg-turbo refuses (12-bit, more than 500 progressive scans).
            // The two codecs draw the line between "warning, keep the partial image" and "fatal" in different places
            // (libjpeg-turbo carries on past a stray marker mid-scan that the JDK decoder rejects), so the JDK decoder
            // gets the last word: what is accepted or rejected, and why, stays exactly what it was without
            // libjpeg-turbo. It costs a second decode only for damaged files, and the first one stopped early.
            LOG.debug("libjpeg-turbo did not decode a {}x{} JPEG cleanly ({}: {}); using the JDK decoder",
                    inspected.width(), inspected.height(), e.warning() ? "warning" : "error", e.getMessage());
            return null;
        }
    }

    /**
     * Whether libjpeg-turbo would produce the same colours as the JDK path: only for grey or YCbCr/RGB JPEGs (CMYK
     * and YCCK need TwelveMonkeys' colour handling) without an embedded ICC profile other than sRGB (TwelveMonkeys
     * converts such a profile, Display P3 from phones for instance, to sRGB; libjpeg-turbo ignores profiles).
     */
    static boolean turboJpegDecodesAsTheJdkDoes(byte[] jpeg) {
        int components = jpegComponents(jpeg);
        return (components == 1 || components == 3) && !hasNonSrgbIccProfile(jpeg);
    }

    private static boolean hasNonSrgbIccProfile(byte[] jpeg) {
        try (ImageInputStream in = new ByteArrayImageInputStream(jpeg)) {
            List<JPEGSegment> chunks = JPEGSegmentUtil.readSegments(in, JPEG.APP2, "ICC_PROFILE");
            if (chunks.isEmpty()) {
                return false;
            }
            // Each APP2 chunk: "ICC_PROFILE" NUL (data() starts after it), sequence number (from 1), count, bytes.
            ByteArrayOutputStream profile = new ByteArrayOutputStream();
            List<byte[]> ordered = new ArrayList<>();
            for (JPEGSegment chunk : chunks) {
                try (InputStream data = chunk.data()) {
                    ordered.add(data.readAllBytes());
                }
            }
            ordered.sort(Comparator.comparingInt(chunk -> chunk.length > 0 ? chunk[0] & 0xff : 0));
            for (byte[] chunk : ordered) {
                if (chunk.length > 2) {
                    profile.write(chunk, 2, chunk.length - 2);
                }
            }
            return !ColorProfiles.isCS_sRGB(ICC_Profile.getInstance(profile.toByteArray()));
        } catch (IOException | RuntimeException e) {
            // Unreadable profile: whatever the JDK path makes of it, libjpeg-turbo cannot be assumed to match.
            return true;
        }
    }

    /**
     * The number of colour components a JPEG's frame header declares (3 for YCbCr, 4 for CMYK or YCCK, 1 for grey),
     * read from the first SOF marker without decoding; 0 when there is none.
     */
    static int jpegComponents(byte[] jpeg) {
        int i = 2;
        while (i + 9 < jpeg.length) {
            if ((jpeg[i] & 0xff) != 0xff) {
                return 0;
            }
            int marker = jpeg[i + 1] & 0xff;
            int length = ((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff);
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                return jpeg[i + 9] & 0xff;
            }
            i += 2 + length;
        }
        return 0;
    }

    private ImageFormat checkedFormat(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw rejected(ImageRejectedException.Reason.TOO_LARGE, "The image is " + bytes.length
                    + " bytes; the limit is " + maxBytes + " bytes");
        }
        return ImageFormat.sniff(bytes).orElseThrow(() -> rejected(ImageRejectedException.Reason.UNSUPPORTED_FORMAT,
                ImageFormat.looksLikeMarkup(bytes)
                        ? "SVG and other markup images are not accepted; send a PNG, JPEG or WebP image"
                        : "The image is not a PNG, JPEG or WebP image"));
    }

    private int[] declaredSize(ImageReader reader, ImageFormat format) {
        int width;
        int height;
        try {
            width = reader.getWidth(0);
            height = reader.getHeight(0);
        } catch (IOException | RuntimeException e) {
            throw rejected(ImageRejectedException.Reason.INVALID, "The "
                    + format.readerFormatName().toUpperCase(Locale.ROOT) + " image's header could not be read");
        }
        if (width <= 0 || height <= 0) {
            throw rejected(ImageRejectedException.Reason.INVALID, "The image declares no pixels");
        }
        if ((long) width * height > maxPixels) {
            throw rejected(ImageRejectedException.Reason.TOO_LARGE, "The image is " + width + "x" + height
                    + " pixels; the limit is " + maxPixels + " pixels");
        }
        return new int[] {width, height};
    }

    /** A decoded, possibly subsampled image and the size its header declared. */
    private record Decoded(BufferedImage image, int width, int height) {
    }

    /** Reads the header, refuses oversized images, then decodes with source subsampling towards the target size. */
    private Decoded decodeBounded(byte[] bytes, ImageFormat format) {
        ImageReader reader = readerFor(format);
        try (ImageInputStream in = new ByteArrayImageInputStream(bytes)) {
            reader.setInput(in, true, true);
            int[] size = declaredSize(reader, format);
            int width = size[0];
            int height = size[1];
            ImageReadParam param = reader.getDefaultReadParam();
            int subsampling = subsampling(width, height, maxSide);
            if (subsampling > 1) {
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            try {
                return new Decoded(reader.read(0, param), width, height);
            } catch (IOException | RuntimeException e) {
                throw rejected(ImageRejectedException.Reason.INVALID, "The " + format.readerFormatName().toUpperCase(Locale.ROOT)
                        + " image could not be decoded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    /**
     * The largest whole subsampling step that still leaves at least the target size, so that the quality scale that
     * follows only ever shrinks, by less than a factor of two.
     */
    public static int subsampling(int width, int height, int maxSide) {
        int longest = Math.max(width, height);
        return longest <= maxSide ? 1 : Math.max(1, longest / maxSide);
    }

    private static ImageReader readerFor(ImageFormat format) {
        ImageReader reader = preferredReader(format);
        if (reader == null) {
            // ImageIO registers plugins once, with the class loader of its first caller, which in a packaged or
            // embedded application may not see the TwelveMonkeys jars; a rescan uses the current one.
            ImageIO.scanForPlugins();
            reader = preferredReader(format);
        }
        if (reader == null) {
            throw new IllegalStateException("No ImageIO reader for " + format + " on the classpath");
        }
        return reader;
    }

    private static @Nullable ImageReader preferredReader(ImageFormat format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerFormatName());
        ImageReader chosen = null;
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            // TwelveMonkeys' JPEG reader also reads CMYK/YCCK and broken-ICC JPEGs that the JDK's refuses.
            if (chosen == null || reader.getClass().getName().startsWith("com.twelvemonkeys")) {
                chosen = reader;
            }
        }
        return chosen;
    }

    /** Scales to the target computed from the declared size (subsampling rounds up, so it cannot be used). */
    private BufferedImage scaleToLimit(Decoded decoded) {
        int width = decoded.width();
        int height = decoded.height();
        int longest = Math.max(width, height);
        int targetWidth = width;
        int targetHeight = height;
        if (longest > maxSide) {
            double scale = (double) maxSide / longest;
            targetWidth = Math.clamp(Math.round(width * scale), 1, maxSide);
            targetHeight = Math.clamp(Math.round(height * scale), 1, maxSide);
        }
        boolean alpha = decoded.image().getColorModel().hasAlpha();
        if (TurboJpeg.isPackedRgb(decoded.image())) {
            // What libjpeg-turbo decodes into: shrunk in plain Java, several times faster than drawImage.
            return AreaAverage.scale(decoded.image(), targetWidth, targetHeight);
        }
        BufferedImage target = new BufferedImage(targetWidth, targetHeight,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            // Bilinear is enough: subsampling left a shrink factor below two, where it loses no source pixel.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(decoded.image(), 0, 0, targetWidth, targetHeight, null);
        } finally {
            g.dispose();
        }
        return alpha && fullyOpaque(target) ? withoutAlpha(target) : target;
    }

    private static boolean fullyOpaque(BufferedImage argb) {
        for (int pixel : pixels(argb)) {
            if (pixel >>> 24 != 0xff) {
                return false;
            }
        }
        return true;
    }

    private static BufferedImage withoutAlpha(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(pixels(argb), 0, pixels(rgb), 0, argb.getWidth() * argb.getHeight());
        return rgb;
    }

    private static int[] pixels(BufferedImage intImage) {
        return ((DataBufferInt) intImage.getRaster().getDataBuffer()).getData();
    }

    /** The EXIF orientation tag of a JPEG (1 = upright); 1 when it has none or it cannot be read. */
    public static int exifOrientation(byte[] jpeg) {
        try (ImageInputStream in = new ByteArrayImageInputStream(jpeg)) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return 1;
            }
            try (InputStream data = exif.getFirst().data()) {
                // The identifier is "Exif" followed by two NULs; data() starts after the first.
                if (data.read() < 0) {
                    return 1;
                }
                Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(data));
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                return entry != null && entry.getValue() instanceof Number n && n.intValue() >= 1 && n.intValue() <= 8
                        ? n.intValue()
                        : 1;
            }
        } catch (IOException | RuntimeException e) {
            // Broken EXIF is common and harmless: the image is then taken as stored.
            return 1;
        }
    }

    /** Applies an EXIF orientation (2..8) so that the result is upright. */
    public static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int outWidth = swap ? h : w;
        BufferedImage out = new BufferedImage(outWidth, swap ? w : h, image.getType());
        int[] src = pixels(image);
        int[] dst = pixels(out);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; }
                }
                dst[dy * outWidth + dx] = src[y * w + x];
            }
        }
        return out;
    }

    private PreparedImage encode(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        if (!alpha && turboJpeg && TurboJpeg.isPackedRgb(image) && TurboJpeg.available()) {
            try {
                return new PreparedImage(TurboJpeg.encode(image, TURBO_JPEG_QUALITY), "image/jpeg",
                        image.getWidth(), image.getHeight());
            } catch (RuntimeException e) {
                // Not expected (out of native memory, say); the JDK writer below produces an equivalent JPEG.
                LOG.debug("libjpeg-turbo could not encode a {}x{} image ({}); using the JDK encoder",
                        image.getWidth(), image.getHeight(), e.toString());
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName(alpha ? "png" : "jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (!alpha) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new PreparedImage(bytes.toByteArray(), alpha ? "image/png" : "image/jpeg", image.getWidth(),
                image.getHeight());
    }

    private static ImageRejectedException rejected(ImageRejectedException.Reason reason, String detail) {
        return new ImageRejectedException(reason, detail);
    }
}
