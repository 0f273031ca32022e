package dev.kinetic.platform.http;

/**
 * Where the platform's own routes stand on each service's router, ahead of authentication and every resource, and in
 * this order among themselves. Defined together because each depends on the ones before it.
 */
public final class RouteOrder {

    /** The headers every answer carries, set first: the refusals of the routes after it are answers too. */
    public static final int SECURITY_HEADERS = Integer.MIN_VALUE + 998;
    /** Load shedding, ahead of the request limits: a shed request costs nothing beyond its check. */
    public static final int LOAD_SHEDDING = Integer.MIN_VALUE + 999;
    /** The request limits, ahead of authentication: nothing is read or verified for a refused request. */
    public static final int REQUEST_LIMITS = Integer.MIN_VALUE + 1000;

    private RouteOrder() {
    }
}
