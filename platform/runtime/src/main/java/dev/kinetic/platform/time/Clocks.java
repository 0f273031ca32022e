package dev.kinetic.platform.time;

import java.time.Clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one clock services read time from: UTC by default, replaceable in a test by any other {@code Clock} bean. */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
