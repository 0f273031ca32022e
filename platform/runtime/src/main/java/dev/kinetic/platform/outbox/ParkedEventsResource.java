package dev.kinetic.platform.outbox;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.kinetic.platform.problem.ProblemException;
import dev.kinetic.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator's handle on parked outbox rows, in every service. Admins only, and no gateway route
 * names it: operators reach it inside the cluster (e.g. {@code kubectl port-forward}).
 */
@Path(ParkedEventsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Operations")
public class ParkedEventsResource {

    static final String PATH = "/api/v1/operations/outbox/parked";

    private final OutboxStore store;
    private final OutboxRelay relay;

    ParkedEventsResource(OutboxStore store, OutboxRelay relay) {
        this.store = store;
        this.relay = relay;
    }

    @GET
    @Operation(summary = "Parked events, oldest first: what the relay set aside and why")
    public List<ParkedEvent> list(@QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) throws SQLException {
        return store.parked(limit);
    }

    @POST
    @Path("/{eventId}/retry")
    @Operation(summary = "Queue a parked event again, e.g. after raising the topic's limit; it is parked again if it still fails")
    public Response retry(@PathParam("eventId") UUID eventId) throws SQLException {
        if (!store.unpark(eventId)) {
            throw ProblemException.notFound("No parked event " + eventId);
        }
        relay.wake();
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{eventId}")
    @Operation(summary = "Drop a parked event for good (on a state topic the key's next event supersedes it)")
    public Response drop(@PathParam("eventId") UUID eventId) throws SQLException {
        if (!store.drop(eventId)) {
            throw ProblemException.notFound("No parked event " + eventId);
        }
        return Response.noContent().build();
    }
}
