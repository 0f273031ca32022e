package dev.kinetic.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON read and written with one error mapping: what the service wrote itself (stored documents, events it
 * stages) is expected to read and write, so a failure is an {@link UnreadableJsonException} naming the type,
 * never a checked exception handled in every caller. Client input is not read here: its errors are the
 * client's and are said by {@code JsonProblems}.
 */
public final class Json {

    private Json() {
    }

    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("cannot write " + name(value) + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static byte[] bytes(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("cannot write " + name(value) + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T read(ObjectMapper mapper, String json, Class<T> type) {
        return read(mapper, json, mapper.constructType(type));
    }

    public static <T> T read(ObjectMapper mapper, String json, TypeReference<T> type) {
        return read(mapper, json, mapper.constructType(type));
    }

    private static <T> T read(ObjectMapper mapper, String json, JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableJsonException("not a valid " + type.getRawClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String name(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
