package io.avatarforge.platform.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JPEG decoding through the system's libjpeg-turbo (TurboJPEG 2.x C API, {@code libturbojpeg0} on Debian), called
 * with the JDK's foreign function API. Its point is DCT-domain scaling: a 12 MP photo decoded at 1/2 scale skips most
 * of the inverse DCT, colour conversion and upsampling work that the JDK's codec always does at full size, even with
 * source subsampling. When the library cannot be loaded (not installed, another OS, native access denied) it is
 * simply {@linkplain #available() unavailable} and the caller keeps using ImageIO.
 *
 * <p>Signatures follow turbojpeg.h of libjpeg-turbo 2.1; {@code unsigned long} is 64 bits on the LP64 platforms this
 * runs on (Linux, macOS), which is why it is declared as {@code JAVA_LONG}. Not for Windows (LLP64), where the library
 * name does not resolve anyway.
 */
final class TurboJpeg {

    private static final Logger LOG = LoggerFactory.getLogger(TurboJpeg.class);

    // Values from turbojpeg.h (2.1).
    private static final int TJPF_BGRX = 3;
    private static final int TJSAMP_420 = 2;
    private static final int TJERR_WARNING = 0;
    private static final int TJCS_CMYK = 3;
    private static final int TJCS_YCCK = 4;
    /**
     * Stop at the first warning (corrupt or truncated data) instead of completing the image: the caller then lets
     * the JDK decoder decide about such a file, and little work is wasted first.
     */
    private static final int TJFLAG_STOPONWARNING = 8192;
    /** TurboJPEG 2.1+: refuse progressive JPEGs with more than 500 scans (a CPU exhaustion attack); ignored by 2.0. */
    private static final int TJFLAG_LIMITSCANS = 32768;
    /**
     * TurboJPEG compresses with libjpeg's fast integer DCT unless told otherwise; the JDK writer, whose output this
     * replaces, uses the accurate one, and at quality 92 the difference is measurable (banding in smooth gradients)
     * while the accurate DCT with SIMD costs only a millisecond or two on a 1536-pixel image.
     */
    private static final int TJFLAG_ACCURATEDCT = 4096;

    /**
     * BGRX bytes read as a little-endian int are 0xXXRRGGBB, which is exactly what a TYPE_INT_RGB raster stores (the
     * X byte is masked off by its colour model). The order is fixed rather than native so a big-endian platform
     * would still get the right colours.
     */
    private static final ValueLayout.OfInt BGRX_AS_INT = ValueLayout.JAVA_INT_UNALIGNED
            .withOrder(ByteOrder.LITTLE_ENDIAN);

    /**
     * A JPEG TurboJPEG did not decode cleanly: corrupt or truncated data (a warning), or a stream it refuses (fatal).
     */
    static final class DecodeException extends Exception {
        private final boolean warning;

        DecodeException(String message, boolean warning) {
            super(message);
            this.warning = warning;
        }

        /** TJERR_WARNING: libjpeg could have gone on with a partly wrong image; TJERR_FATAL otherwise. */
        boolean warning() {
            return warning;
        }
    }

    /** What TurboJPEG's own header parser says; the buffer is sized from this, never from another parser's idea. */
    record Header(int width, int height, int colorspace) {
        boolean cmyk() {
            return colorspace == TJCS_CMYK || colorspace == TJCS_YCCK;
        }
    }

    /** The bound functions, or null when the library could not be loaded; resolved once, on first use. */
    private static final class Native {
        static final @Nullable Native INSTANCE = load();

        final MethodHandle initDecompress;
        final MethodHandle decompressHeader3;
        final MethodHandle decompress2;
        final MethodHandle getErrorStr2;
        final MethodHandle getErrorCode;
        final MethodHandle destroy;
        final MethodHandle initCompress;
        final MethodHandle compress2;
        final MethodHandle free;
        /** Numerator/denominator pairs, largest first as the library lists them. */
        final List<int[]> scalingFactors;

        private Native(SymbolLookup lookup) throws Throwable {
            Linker linker = Linker.nativeLinker();
            ValueLayout ptr = ValueLayout.ADDRESS;
            ValueLayout.OfInt i32 = ValueLayout.JAVA_INT;
            ValueLayout.OfLong ulong = ValueLayout.JAVA_LONG;
            initDecompress = linker.downcallHandle(lookup.findOrThrow("tjInitDecompress"),
                    FunctionDescriptor.of(ptr));
            decompressHeader3 = linker.downcallHandle(lookup.findOrThrow("tjDecompressHeader3"),
                    FunctionDescriptor.of(i32, ptr, ptr, ulong, ptr, ptr, ptr, ptr));
            decompress2 = linker.downcallHandle(lookup.findOrThrow("tjDecompress2"),
                    FunctionDescriptor.of(i32, ptr, ptr, ulong, ptr, i32, i32, i32, i32, i32));
            getErrorStr2 = linker.downcallHandle(lookup.findOrThrow("tjGetErrorStr2"),
                    FunctionDescriptor.of(ptr, ptr));
            getErrorCode = linker.downcallHandle(lookup.findOrThrow("tjGetErrorCode"),
                    FunctionDescriptor.of(i32, ptr));
            destroy = linker.downcallHandle(lookup.findOrThrow("tjDestroy"), FunctionDescriptor.of(i32, ptr));
            initCompress = linker.downcallHandle(lookup.findOrThrow("tjInitCompress"), FunctionDescriptor.of(ptr));
            // int tjCompress2(tjhandle, const unsigned char *srcBuf, int width, int pitch, int height,
            //     int pixelFormat, unsigned char **jpegBuf, unsigned long *jpegSize, int jpegSubsamp, int jpegQual,
            //     int flags)
            compress2 = linker.downcallHandle(lookup.findOrThrow("tjCompress2"),
                    FunctionDescriptor.of(i32, ptr, ptr, i32, i32, i32, i32, ptr, ptr, i32, i32, i32));
            free = linker.downcallHandle(lookup.findOrThrow("tjFree"), FunctionDescriptor.ofVoid(ptr));
            MethodHandle getScalingFactors = linker.downcallHandle(lookup.findOrThrow("tjGetScalingFactors"),
                    FunctionDescriptor.of(ptr, ptr));
            scalingFactors = readScalingFactors(getScalingFactors);
        }

        private static List<int[]> readScalingFactors(MethodHandle getScalingFactors) throws Throwable {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment count = arena.allocate(ValueLayout.JAVA_INT);
                MemorySegment array = (MemorySegment) getScalingFactors.invokeExact(count);
                int n = count.get(ValueLayout.JAVA_INT, 0);
                if (array.equals(MemorySegment.NULL) || n <= 0 || n > 64) {
                    throw new IllegalStateException("tjGetScalingFactors returned no factors");
                }
                // tjscalingfactor { int num; int denom; }: a static array inside the library, valid for its lifetime.
                MemoryLayout factor = MemoryLayout.structLayout(ValueLayout.JAVA_INT.withName("num"),
                        ValueLayout.JAVA_INT.withName("denom"));
                MemorySegment factors = array.reinterpret(factor.byteSize() * n);
                List<int[]> result = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int num = factors.get(ValueLayout.JAVA_INT, i * factor.byteSize());
                    int denom = factors.get(ValueLayout.JAVA_INT, i * factor.byteSize() + 4);
                    if (num > 0 && denom > 0) {
                        result.add(new int[] {num, denom});
                    }
                }
                return List.copyOf(result);
            }
        }

        private static @Nullable Native load() {
            try {
                return new Native(lookup());
            } catch (Throwable e) {
                // Expected wherever libturbojpeg0 is not installed; one line, since the JDK path works, only slower.
                LOG.info("libjpeg-turbo (libturbojpeg.so.0) not usable ({}); JPEGs are decoded with the JDK decoder",
                        e.toString());
                return null;
            }
        }

        private static SymbolLookup lookup() {
            try {
                return SymbolLookup.libraryLookup("libturbojpeg.so.0", Arena.global());
            } catch (IllegalArgumentException soname) {
                // The unversioned name exists where the -dev package or a non-Debian layout provides it.
                return SymbolLookup.libraryLookup("libturbojpeg.so", Arena.global());
            }
        }
    }

    private TurboJpeg() {
    }

    /** Whether libjpeg-turbo was found and bound; the first call loads it. Never throws. */
    static boolean available() {
        return Native.INSTANCE != null;
    }

    /**
     * TJSCALED from turbojpeg.h: {@code ceil(dimension * num / denom)}, the size the decompressor produces at a
     * scaling factor.
     */
    static int scaled(int dimension, int num, int denom) {
        return (int) (((long) dimension * num + denom - 1) / denom);
    }

    /**
     * The smallest scaling factor (of those the library offers, at most 1) whose output's longest side is still at
     * least {@code maxSide}, so the bilinear scale that follows only shrinks, by less than the step between two
     * factors; {@code {1, 1}} when no factor below 1 qualifies.
     */
    static int[] scalingFor(int width, int height, int maxSide) {
        Native lib = requireNative();
        int[] best = {1, 1};
        for (int[] factor : lib.scalingFactors) {
            if (factor[0] > factor[1]) {
                continue;
            }
            int longest = Math.max(scaled(width, factor[0], factor[1]), scaled(height, factor[0], factor[1]));
            if (longest >= maxSide && (long) factor[0] * best[1] < (long) best[0] * factor[1]) {
                best = factor;
            }
        }
        return best;
    }

    /** TurboJPEG's reading of the header: dimensions and colour space. */
    static Header header(byte[] jpeg) throws DecodeException {
        Native lib = requireNative();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = arena.allocateFrom(ValueLayout.JAVA_BYTE, jpeg);
            MemorySegment ints = arena.allocate(ValueLayout.JAVA_INT, 4);
            MemorySegment handle = init(lib);
            try {
                int status = (int) lib.decompressHeader3.invokeExact(handle, source, (long) jpeg.length, ints,
                        ints.asSlice(4), ints.asSlice(8), ints.asSlice(12));
                if (status != 0) {
                    throw failure(lib, handle);
                }
                int width = ints.get(ValueLayout.JAVA_INT, 0);
                int height = ints.get(ValueLayout.JAVA_INT, 4);
                if (width < 1 || height < 1) {
                    throw new DecodeException("The JPEG header declares no pixels", false);
                }
                return new Header(width, height, ints.get(ValueLayout.JAVA_INT, 12));
            } finally {
                destroy(lib, handle);
            }
        } catch (DecodeException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decodes at the scaling factor {@link #scalingFor} picks for {@code maxSide}, into a TYPE_INT_RGB image. The
     * header must be the one {@link #header} returned for the same bytes: the native output buffer is sized from it.
     * Any warning (such as a premature end of data) or error is a {@link DecodeException}: only clean decodes count.
     */
    static BufferedImage decodeScaled(byte[] jpeg, Header header, int maxSide) throws DecodeException {
        Native lib = requireNative();
        int[] factor = scalingFor(header.width(), header.height(), maxSide);
        int width = scaled(header.width(), factor[0], factor[1]);
        int height = scaled(header.height(), factor[0], factor[1]);
        int pitch = Math.multiplyExact(width, 4);
        // Confined and closed on return: the native buffers (a copy of the JPEG and the decoded pixels, tens of
        // megabytes for a large photo) are freed deterministically, not when a GC gets round to it.
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment source = arena.allocateFrom(ValueLayout.JAVA_BYTE, jpeg);
            MemorySegment pixels = arena.allocate(Math.multiplyExact((long) pitch, height), 16);
            MemorySegment handle = init(lib);
            try {
                // Desired size = exactly the scaled size: TurboJPEG picks the largest factor whose output fits in
                // it, which is the factor chosen above, so it writes exactly height rows of pitch bytes.
                int status = (int) lib.decompress2.invokeExact(handle, source, (long) jpeg.length, pixels, width,
                        pitch, height, TJPF_BGRX, TJFLAG_LIMITSCANS | TJFLAG_STOPONWARNING);
                if (status != 0) {
                    throw failure(lib, handle);
                }
            } finally {
                destroy(lib, handle);
            }
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            MemorySegment.copy(pixels, BGRX_AS_INT, 0, target, 0, target.length);
            return image;
        } catch (DecodeException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Encodes a TYPE_INT_RGB image as a baseline JPEG with 4:2:0 chroma subsampling at {@code quality} (1 to 100,
     * the IJG scale: 92 here is what the JDK writer's 0.92 means, and 4:2:0 is what it writes for colour images).
     * Any failure is an {@link IllegalStateException}; the caller then uses the JDK writer.
     */
    static byte[] encode(BufferedImage image, int quality) {
        Native lib = requireNative();
        int width = image.getWidth();
        int height = image.getHeight();
        int[] source = packedRgb(image);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment pixels = arena.allocate(Math.multiplyExact(4L * width, height), 16);
            MemorySegment.copy(source, 0, pixels, BGRX_AS_INT, 0, source.length);
            // *jpegBuf = NULL and no TJFLAG_NOREALLOC: TurboJPEG allocates a buffer the size the JPEG turns out to
            // need (tens to hundreds of kilobytes here) rather than tjBufSize's worst case of more than the raw
            // pixels. It must be released with tjFree, including after a failure, which can leave it allocated.
            MemorySegment jpegBuf = arena.allocate(ValueLayout.ADDRESS);
            jpegBuf.set(ValueLayout.ADDRESS, 0, MemorySegment.NULL);
            MemorySegment jpegSize = arena.allocate(ValueLayout.JAVA_LONG);
            jpegSize.set(ValueLayout.JAVA_LONG, 0, 0L);
            MemorySegment handle = (MemorySegment) lib.initCompress.invokeExact();
            if (handle.equals(MemorySegment.NULL)) {
                throw new IllegalStateException("tjInitCompress failed");
            }
            try {
                int status = (int) lib.compress2.invokeExact(handle, pixels, width, 4 * width, height, TJPF_BGRX,
                        jpegBuf, jpegSize, TJSAMP_420, quality, TJFLAG_ACCURATEDCT);
                MemorySegment jpeg = jpegBuf.get(ValueLayout.ADDRESS, 0);
                try {
                    if (status != 0) {
                        throw new IllegalStateException("tjCompress2: " + errorString(lib, handle));
                    }
                    long size = jpegSize.get(ValueLayout.JAVA_LONG, 0);
                    if (jpeg.equals(MemorySegment.NULL) || size <= 0 || size > Integer.MAX_VALUE) {
                        throw new IllegalStateException("tjCompress2 returned no JPEG");
                    }
                    return jpeg.reinterpret(size).toArray(ValueLayout.JAVA_BYTE);
                } finally {
                    if (!jpeg.equals(MemorySegment.NULL)) {
                        lib.free.invokeExact(jpeg);
                    }
                }
            } finally {
                destroy(lib, handle);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the image is TYPE_INT_RGB with a raster of exactly width × height ints, row after row (what {@code new
     * BufferedImage} makes; not a sub-image), so that its array can be read directly.
     */
    static boolean isPackedRgb(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getOffset() == 0
                && buffer.getData().length == (long) image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0;
    }

    /** The 0xXXRRGGBB pixels of an image {@link #isPackedRgb}, row after row. */
    static int[] packedRgb(BufferedImage image) {
        if (!isPackedRgb(image)) {
            throw new IllegalArgumentException("Not a plain TYPE_INT_RGB image");
        }
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    private static Native requireNative() {
        Native lib = Native.INSTANCE;
        if (lib == null) {
            throw new IllegalStateException("libjpeg-turbo is not available");
        }
        return lib;
    }

    /** A new decompressor: TurboJPEG handles are not thread-safe, and one costs a malloc, so each call has its own. */
    private static MemorySegment init(Native lib) throws Throwable {
        MemorySegment handle = (MemorySegment) lib.initDecompress.invokeExact();
        if (handle.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("tjInitDecompress failed");
        }
        return handle;
    }

    private static void destroy(Native lib, MemorySegment handle) throws Throwable {
        int ignored = (int) lib.destroy.invokeExact(handle);
    }

    private static DecodeException failure(Native lib, MemorySegment handle) throws Throwable {
        // Both read the handle's state, so before tjDestroy.
        boolean warning = (int) lib.getErrorCode.invokeExact(handle) == TJERR_WARNING;
        return new DecodeException(errorString(lib, handle), warning);
    }

    private static String errorString(Native lib, MemorySegment handle) throws Throwable {
        MemorySegment message = (MemorySegment) lib.getErrorStr2.invokeExact(handle);
        // A NUL-terminated string in the handle (or a thread-local buffer); JMSG_LENGTH_MAX is 200.
        return message.equals(MemorySegment.NULL) ? "unknown TurboJPEG error"
                : message.reinterpret(200).getString(0);
    }
}
