package dev.kinetic.plan.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kinetic.contracts.webhooks.Webhooks;
import dev.kinetic.plan.application.PlanEventNotice;
import dev.kinetic.plan.application.PlanEventReceived;
import dev.kinetic.platform.events.IncomingEvent;
import dev.kinetic.platform.events.PoisonMessageException;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;

/** Reads a plan-events record as the event it holds; one that is not a complete plan event is poison. */
final class PlanEventRecords {

    private PlanEventRecords() {
    }

    static PlanEventReceived read(KafkaRecord<String, String> record, ObjectMapper mapper) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!Webhooks.EVENT_TYPES.contains(event.type())) {
            throw new PoisonMessageException("unexpected event type " + event.type() + " on plan-events");
        }
        PlanEventNotice notice = event.dataAs(PlanEventNotice.class, mapper);
        if (!notice.complete() || !notice.planId().toString().equals(event.key())) {
            throw new PoisonMessageException("event " + event.id() + " lacks planId, partner or version, or its key differs");
        }
        return new PlanEventReceived(event.id(), event.type(), event.time(), notice);
    }
}
