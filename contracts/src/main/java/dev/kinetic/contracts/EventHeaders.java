package dev.kinetic.contracts;

/**
 * The Kafka headers of every event: CloudEvents 1.0 attributes in binary content mode ({@code ce_} headers, the data
 * as the record value) and the W3C trace context. Producers, consumers and the AsyncAPI document use these names.
 */
public final class EventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private EventHeaders() {
    }
}
