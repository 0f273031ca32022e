package dev.kinetic.plan.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON mapping plan-service's own mapper has (dates as text, domain enums as slugs), for tests without Quarkus. */
public final class StoredDocumentMapper {

    private StoredDocumentMapper() {
    }

    public static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder().findAndAddModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
        new SlugEnums().customize(mapper);
        return mapper;
    }
}
