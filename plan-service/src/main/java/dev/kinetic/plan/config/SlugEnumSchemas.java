package dev.kinetic.plan.config;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import dev.kinetic.contracts.Slugs;

/**
 * The OpenAPI document states the domain's enums as the API writes and reads them ({@link SlugEnums}): as slugs,
 * {@code glute-strength} rather than the Java constant {@code GLUTE_STRENGTH}. Generated clients depend on it.
 */
public class SlugEnumSchemas implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty() && values.stream().allMatch(v -> v instanceof String s && s.matches("[A-Z][A-Z0-9_]*"))) {
            schema.setEnumeration(values.stream().<Object>map(v -> Slugs.ofName((String) v)).toList());
        }
        return schema;
    }
}
