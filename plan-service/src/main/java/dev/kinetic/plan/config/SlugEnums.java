package dev.kinetic.plan.config;

import dev.kinetic.contracts.Slugs;

import java.io.IOException;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * The domain's enums appear in JSON as lower-case slugs ({@code GLUTE_STRENGTH} as
 * {@code glute-strength}, {@code TOO_HARD} as {@code too-hard}), like every other vocabulary of
 * the API, without putting Jackson annotations on domain types.
 */
@Singleton
public class SlugEnums implements ObjectMapperCustomizer {

    private static final String DOMAIN_PACKAGE = "dev.kinetic.plan.domain";

    static String slug(Enum<?> value) {
        return Slugs.of(value);
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("kinetic-slug-enums");
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public JsonSerializer<?> modifyEnumSerializer(SerializationConfig config, JavaType type, BeanDescription description,
                    JsonSerializer<?> serializer) {
                return isDomain(type) ? new SlugSerializer() : serializer;
            }
        });
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return isDomain(type) ? new SlugDeserializer(type.getRawClass()) : deserializer;
            }
        });
        mapper.registerModule(module);
    }

    private static boolean isDomain(JavaType type) {
        return type.getRawClass().getPackageName().equals(DOMAIN_PACKAGE);
    }

    private static final class SlugSerializer extends StdSerializer<Enum<?>> {
        @SuppressWarnings({ "unchecked", "rawtypes" })
        SlugSerializer() {
            super((Class) Enum.class);
        }

        @Override
        public void serialize(Enum<?> value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(slug(value));
        }
    }

    private static final class SlugDeserializer extends StdDeserializer<Enum<?>> {
        private final Class<?> type;

        SlugDeserializer(Class<?> type) {
            super(type);
            this.type = type;
        }

        @Override
        public Enum<?> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            for (Object constant : type.getEnumConstants()) {
                if (slug((Enum<?>) constant).equals(text)) {
                    return (Enum<?>) constant;
                }
            }
            String known = String.join(", ", Arrays.stream(type.getEnumConstants()).map(c -> slug((Enum<?>) c)).toList());
            return (Enum<?>) context.handleWeirdStringValue(type, text, "expected one of: " + known);
        }
    }
}
