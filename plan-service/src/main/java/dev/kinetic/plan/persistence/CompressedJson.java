package dev.kinetic.plan.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Plan documents are stored deflated: a four-week plan is about 40 KB of very repetitive JSON
 * that deflates to a tenth of that, which costs less CPU than PostgreSQL parsing it as jsonb and
 * compressing it again, and keeps the write-ahead log small at a thousand plans a second. The
 * fields anyone queries live in plain columns beside it.
 */
public final class CompressedJson {

    private CompressedJson() {
    }

    public static byte[] deflate(String json) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 8);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater, 8192)) {
            stream.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    public static String inflate(byte[] deflated) {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated), new Inflater(), 8192)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
