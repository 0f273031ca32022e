package dev.kinetic.platform.events;

import dev.kinetic.contracts.EventHeaders;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as {@code ce_} headers (names from the contracts). */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = EventHeaders.SPEC_VERSION;
    public static final String ID = EventHeaders.ID;
    public static final String TYPE = EventHeaders.TYPE;
    public static final String SOURCE = EventHeaders.SOURCE;
    public static final String TIME = EventHeaders.TIME;
    public static final String SUBJECT = EventHeaders.SUBJECT;
    public static final String CONTENT_TYPE = EventHeaders.CONTENT_TYPE;
    public static final String TRACEPARENT = EventHeaders.TRACEPARENT;

    public static final String SPEC_VERSION_1_0 = EventHeaders.SPEC_VERSION_1_0;
    public static final String JSON = EventHeaders.JSON;

    private CloudEventHeaders() {
    }
}
