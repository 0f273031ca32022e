package dev.kinetic.platform.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * JSON compressed once and framed for what reads it. Plan documents are stored deflated: a four-week plan is about
 * 40 KB of very repetitive JSON that deflates to a tenth of that, which costs less CPU than PostgreSQL parsing it as
 * jsonb and compressing it again, and keeps the write-ahead log small at a thousand plans a second.
 * <p>
 * {@link #of} frames one compression twice: as zlib (RFC 1950), which is what is stored and what HTTP calls
 * {@code deflate}, and as gzip (RFC 1952), which every HTTP client takes. So a document goes to a client in a tenth of
 * the bytes without being compressed again on the way out. {@link #gzip(byte[])} frames it as gzip only, for an
 * answer held in memory just to be sent.
 */
public record CompressedJson(byte[] zlib, byte[] gzip) {

    /** zlib's header for a 32 KiB window at the fastest level (its check bits make it a multiple of 31). */
    private static final byte[] ZLIB_HEADER = { 0x78, 0x01 };
    /** gzip's header: deflate, no name or time, fastest compression (XFL 4), operating system unknown. */
    private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, (byte) 0xff };
    /** Deflate's largest ratio (RFC 1951: at most 258 bytes for every 2 bits): a longer length is a corrupt trailer. */
    private static final int MAX_DEFLATE_RATIO = 1032;

    public static CompressedJson of(String json) {
        return of(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #of(String)} for JSON already written as UTF-8 (as Jackson writes it fastest). */
    public static CompressedJson of(byte[] utf8) {
        Deflated raw = deflate(utf8);
        Adler32 adler = new Adler32();
        adler.update(utf8);
        byte[] zlib = new byte[ZLIB_HEADER.length + raw.length() + 4];
        System.arraycopy(ZLIB_HEADER, 0, zlib, 0, ZLIB_HEADER.length);
        System.arraycopy(raw.buffer(), Deflated.START, zlib, ZLIB_HEADER.length, raw.length());
        putInt(zlib, ZLIB_HEADER.length + raw.length(), (int) adler.getValue(), true);
        return new CompressedJson(zlib, gzipFrame(utf8, raw));
    }

    /** The JSON (its UTF-8 bytes) as a gzip stream only (RFC 1952), compressed at the fastest level. */
    public static byte[] gzip(byte[] utf8) {
        return gzipFrame(utf8, deflate(utf8));
    }

    /**
     * The JSON's UTF-8 bytes a gzip stream holds, its checksum and length checked. A stream framed as {@link #gzip}
     * frames it (no optional header fields) is inflated once into an array of the length its trailer gives: an answer
     * held compressed is inflated for every client that does not take gzip, where a stream and its growing buffers
     * copied it three times and a string of it was encoded again on the way out. Any other gzip stream is read as a
     * stream.
     */
    public static byte[] gunzip(byte[] gzip) {
        if (gzip.length < GZIP_HEADER.length + Deflated.TRAILER || !Arrays.equals(gzip, 0, 4, GZIP_HEADER, 0, 4)) {
            return gunzipStream(gzip);
        }
        int end = gzip.length - Deflated.TRAILER;
        long length = Integer.toUnsignedLong(getInt(gzip, end + 4));
        if (length > (long) gzip.length * MAX_DEFLATE_RATIO || length > Integer.MAX_VALUE - 8) {
            throw corrupt("a length its bytes or an array cannot hold");
        }
        byte[] json = new byte[(int) length];
        Inflater inflater = new Inflater(true);
        try {
            // The trailer stays in the input: without the stream's wrapping, zlib needs a byte past the deflated data.
            inflater.setInput(gzip, GZIP_HEADER.length, gzip.length - GZIP_HEADER.length);
            int at = 0;
            byte[] probe = new byte[1];
            while (!inflater.finished()) {
                int inflated = at < json.length ? inflater.inflate(json, at, json.length - at) : inflater.inflate(probe);
                if (at == json.length && inflated > 0) {
                    throw corrupt("more than its length");
                }
                if (inflated == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw corrupt("a truncated stream");
                }
                at += inflated;
            }
            if (at != json.length) {
                throw corrupt("less than its length");
            }
            if (inflater.getRemaining() != Deflated.TRAILER) {
                throw corrupt("a trailer out of place");
            }
        } catch (DataFormatException e) {
            throw corrupt(e.getMessage());
        } finally {
            inflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(json);
        if ((int) crc.getValue() != getInt(gzip, end)) {
            throw corrupt("a checksum that does not match");
        }
        return json;
    }

    private static byte[] gunzipStream(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UncheckedIOException corrupt(String what) {
        return new UncheckedIOException(new ZipException("Not a gzip stream of JSON: " + what));
    }

    /** Frames the deflated stream as gzip where it lies: the header before it, the trailer after, one copy to size. */
    private static byte[] gzipFrame(byte[] utf8, Deflated raw) {
        CRC32 crc = new CRC32();
        crc.update(utf8);
        byte[] buffer = raw.buffer();
        System.arraycopy(GZIP_HEADER, 0, buffer, 0, GZIP_HEADER.length);
        int end = Deflated.START + raw.length();
        putInt(buffer, end, (int) crc.getValue(), false);
        putInt(buffer, end + 4, utf8.length, false);
        return Arrays.copyOf(buffer, end + Deflated.TRAILER);
    }

    /** The JSON of a stored (zlib) document, whichever release wrote it. */
    public static String inflate(byte[] zlib) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(zlib), new Inflater(), 8192)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes held, for bounding a cache of these. */
    public int size() {
        return zlib.length + gzip.length;
    }

    /**
     * A raw deflate stream at {@link #START} of {@code buffer}, with room for gzip's header before it and its trailer
     * after: every framing is then one copy, where streams and their growing buffers copied each answer four times.
     */
    private record Deflated(byte[] buffer, int length) {
        static final int START = GZIP_HEADER.length;
        static final int TRAILER = 8;
    }

    private static Deflated deflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            // JSON deflates to a fifth or less; a text that does not just grows the buffer.
            byte[] buffer = new byte[Deflated.START + input.length / 4 + 64 + Deflated.TRAILER];
            int end = Deflated.START;
            while (!deflater.finished()) {
                if (end == buffer.length - Deflated.TRAILER) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                end += deflater.deflate(buffer, end, buffer.length - Deflated.TRAILER - end);
            }
            return new Deflated(buffer, end - Deflated.START);
        } finally {
            deflater.end();
        }
    }

    /** gzip's fields, little-endian. */
    private static int getInt(byte[] buffer, int at) {
        return (buffer[at] & 0xff) | (buffer[at + 1] & 0xff) << 8 | (buffer[at + 2] & 0xff) << 16 | (buffer[at + 3] & 0xff) << 24;
    }

    /** zlib's checksum is big-endian, gzip's fields little-endian. */
    private static void putInt(byte[] buffer, int at, int value, boolean bigEndian) {
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? 24 - 8 * i : 8 * i;
            buffer[at + i] = (byte) (value >>> shift);
        }
    }
}
