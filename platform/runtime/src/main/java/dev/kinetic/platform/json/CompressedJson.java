package dev.kinetic.platform.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * JSON compressed once and framed for what reads it. Plan documents are stored deflated: a four-week plan is about
 * 40 KB of very repetitive JSON that deflates to a tenth of that, which costs less CPU than PostgreSQL parsing it as
 * jsonb and compressing it again, and keeps the write-ahead log small at a thousand plans a second.
 * <p>
 * {@link #of} frames one compression twice: as zlib (RFC 1950), which is what is stored and what HTTP calls
 * {@code deflate}, and as gzip (RFC 1952), which every HTTP client takes. So a document goes to a client in a tenth of
 * the bytes without being compressed again on the way out. {@link #gzip(String)} frames it as gzip only, for an
 * answer held in memory just to be sent.
 */
public record CompressedJson(byte[] zlib, byte[] gzip) {

    /** zlib's header for a 32 KiB window at the fastest level (its check bits make it a multiple of 31). */
    private static final byte[] ZLIB_HEADER = { 0x78, 0x01 };
    /** gzip's header: deflate, no name or time, fastest compression (XFL 4), operating system unknown. */
    private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, (byte) 0xff };

    public static CompressedJson of(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] raw = rawDeflate(utf8);
        Adler32 adler = new Adler32();
        adler.update(utf8);
        ByteArrayOutputStream zlib = new ByteArrayOutputStream(raw.length + 6);
        zlib.writeBytes(ZLIB_HEADER);
        zlib.writeBytes(raw);
        writeInt(zlib, (int) adler.getValue(), true);
        return new CompressedJson(zlib.toByteArray(), gzipFrame(utf8, raw));
    }

    /** The JSON as a gzip stream only (RFC 1952), compressed at the fastest level. */
    public static byte[] gzip(String json) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return gzipFrame(utf8, rawDeflate(utf8));
    }

    /** The JSON a gzip stream holds (its checksum and length checked). */
    public static String gunzip(byte[] gzip) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 8192)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzipFrame(byte[] utf8, byte[] raw) {
        CRC32 crc = new CRC32();
        crc.update(utf8);
        ByteArrayOutputStream gzip = new ByteArrayOutputStream(raw.length + 18);
        gzip.writeBytes(GZIP_HEADER);
        gzip.writeBytes(raw);
        writeInt(gzip, (int) crc.getValue(), false);
        writeInt(gzip, utf8.length, false);
        return gzip.toByteArray();
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

    private static byte[] rawDeflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        try {
            deflater.setInput(input);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 8 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** zlib's checksum is big-endian, gzip's fields little-endian. */
    private static void writeInt(ByteArrayOutputStream out, int value, boolean bigEndian) {
        for (int i = 0; i < 4; i++) {
            int shift = bigEndian ? 24 - 8 * i : 8 * i;
            out.write((value >>> shift) & 0xff);
        }
    }
}
