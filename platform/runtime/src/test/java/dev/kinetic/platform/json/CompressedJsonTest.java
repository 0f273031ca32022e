package dev.kinetic.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.junit.jupiter.api.Test;

class CompressedJsonTest {

    private static final String ITEM = "{\"exercise\":\"glute-bridge\",\"name\":\"Hüftbrücke «ponte» جسر\",\"sets\":2,\"repsMin\":10,\"repsMax\":12},";
    private static final String JSON = "[" + ITEM.repeat(100) + "{}]";

    @Test
    void aRepetitiveDocumentComesBackUnchangedAndMuchSmaller() {
        CompressedJson compressed = CompressedJson.of(JSON);
        assertThat(CompressedJson.inflate(compressed.zlib())).isEqualTo(JSON);
        assertThat(compressed.zlib().length).isLessThan(JSON.length() / 10);
    }

    @Test
    void jsonWrittenAsUtf8BytesCompressesToTheSameStreams() {
        CompressedJson fromText = CompressedJson.of(JSON);
        CompressedJson fromBytes = CompressedJson.of(JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(fromBytes.zlib()).isEqualTo(fromText.zlib());
        assertThat(fromBytes.gzip()).isEqualTo(fromText.gzip());
    }

    @Test
    void theZlibFramingIsWhatAnyZlibReaderAndHttpDeflateTake() throws IOException {
        try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(CompressedJson.of(JSON).zlib()), new Inflater())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(JSON);
        }
    }

    @Test
    void theGzipFramingIsAValidGzipStreamWithItsChecksumAndLength() throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(CompressedJson.of(JSON).gzip()))) {
            // GZIPInputStream checks the CRC-32 and the length in the trailer.
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(JSON);
        }
    }

    @Test
    void documentsStoredByEarlierReleasesStillInflate() throws IOException {
        ByteArrayOutputStream earlier = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(earlier)) {
            out.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(CompressedJson.inflate(earlier.toByteArray())).isEqualTo(JSON);
    }

    @Test
    void anEmptyDocumentFramesToo() throws IOException {
        CompressedJson empty = CompressedJson.of("");
        assertThat(CompressedJson.inflate(empty.zlib())).isEmpty();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(empty.gzip()))) {
            assertThat(in.readAllBytes()).isEmpty();
        }
    }

    @Test
    void aGzipOnlyAnswerIsTheSameGzipStreamAndComesBack() throws IOException {
        byte[] gzip = CompressedJson.gzip(JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(gzip).isEqualTo(CompressedJson.of(JSON).gzip());
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(JSON);
        }
        assertThat(CompressedJson.gunzip(gzip)).asString(StandardCharsets.UTF_8).isEqualTo(JSON);
        assertThat(CompressedJson.gunzip(CompressedJson.gzip(new byte[0]))).isEmpty();
    }

    @Test
    void aDocumentThatHardlyCompressesComesBackInEveryFraming() throws IOException {
        java.util.Random random = new java.util.Random(7);
        StringBuilder noise = new StringBuilder("[\"");
        while (noise.length() < 200_000) {
            noise.appendCodePoint(0x100 + random.nextInt(0x2F00)); // random letters outside ASCII: deflate gains little
        }
        String json = noise.append("\"]").toString();
        CompressedJson compressed = CompressedJson.of(json);
        assertThat(compressed.zlib().length).isGreaterThan(json.length() / 4);
        assertThat(CompressedJson.inflate(compressed.zlib())).isEqualTo(json);
        assertThat(CompressedJson.gunzip(compressed.gzip())).asString(StandardCharsets.UTF_8).isEqualTo(json);
        assertThat(CompressedJson.gunzip(CompressedJson.gzip(json.getBytes(StandardCharsets.UTF_8)))).asString(StandardCharsets.UTF_8).isEqualTo(json);
    }

    @Test
    void aGzipStreamFromElsewhereIsReadToo() throws IOException {
        // Another encoder's stream, with a file name in its header (an optional field this class never writes).
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] { 0x1f, (byte) 0x8b, 8, 8, 0, 0, 0, 0, 0, 3 });
        out.write("answer.json\0".getBytes(StandardCharsets.ISO_8859_1));
        byte[] framed = CompressedJson.gzip(JSON.getBytes(StandardCharsets.UTF_8));
        out.write(framed, 10, framed.length - 10);
        assertThat(CompressedJson.gunzip(out.toByteArray())).asString(StandardCharsets.UTF_8).isEqualTo(JSON);
        ByteArrayOutputStream viaJdk = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(viaJdk)) {
            gzip.write(JSON.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(CompressedJson.gunzip(viaJdk.toByteArray())).asString(StandardCharsets.UTF_8).isEqualTo(JSON);
    }

    @Test
    void aDamagedStreamIsRefusedNotReadShortOrLong() {
        byte[] gzip = CompressedJson.gzip(JSON.getBytes(StandardCharsets.UTF_8));
        int length = gzip.length - 4;
        byte[] longer = gzip.clone();
        longer[length]++; // the trailer says one byte more than the stream holds
        byte[] shorter = gzip.clone();
        shorter[length]--; // one byte less
        byte[] checksum = gzip.clone();
        checksum[length - 4] ^= 1;
        byte[] huge = gzip.clone();
        huge[length + 3] = 0x7f; // about 2 GB from a few hundred bytes
        byte[] truncated = java.util.Arrays.copyOf(gzip, gzip.length / 2);
        // Enough incompressible bytes that the ratio alone allows any length: 4 GB does not fit an array.
        byte[] noise = new byte[6 << 20];
        new java.util.Random(11).nextBytes(noise);
        byte[] beyondAnArray = CompressedJson.gzip(new String(noise, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8));
        java.util.Arrays.fill(beyondAnArray, beyondAnArray.length - 4, beyondAnArray.length, (byte) 0xff);
        for (byte[] damaged : new byte[][] { longer, shorter, checksum, huge, truncated, beyondAnArray }) {
            assertThatThrownBy(() -> CompressedJson.gunzip(damaged)).isInstanceOf(java.io.UncheckedIOException.class);
        }
    }
}
