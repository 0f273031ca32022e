package dev.kinetic.plan.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kinetic.plan.config.WebhookConfig;
import dev.kinetic.plan.domain.WebhookTargets;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks a webhook host up and applies {@link WebhookTargets} to every address it has, at subscription and again
 * before each attempt (a name may point elsewhere later); the attempt then connects to the checked address.
 * Lookups run on their own threads with a deadline, so a DNS server that does not answer cannot hold a caller.
 */
@ApplicationScoped
public class WebhookAddresses {

    private static final Duration LOOKUP_DEADLINE = Duration.ofSeconds(3);

    /** An allowed address to connect to, or why there is none ({@code unknownHost}: the name did not resolve, now). */
    public record Resolved(InetAddress address, String problem, boolean unknownHost) {

        static Resolved to(InetAddress address) {
            return new Resolved(address, null, false);
        }

        static Resolved refused(String problem) {
            return new Resolved(null, problem, false);
        }

        static Resolved unknown(String problem) {
            return new Resolved(null, problem, true);
        }
    }

    private final WebhookTargets targets;
    private final ExecutorService lookups = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "webhook-dns");
        thread.setDaemon(true);
        return thread;
    });

    public WebhookAddresses(WebhookConfig config) {
        this.targets = new WebhookTargets(config.allowLocalTargets());
    }

    /** What is wrong with {@code url} as a target now; a host that does not resolve yet is allowed (it is checked per attempt). */
    public Optional<String> problemWith(String url) {
        Resolved resolved = resolve(url);
        return resolved.address() == null && !resolved.unknownHost() ? Optional.of(resolved.problem()) : Optional.empty();
    }

    /** The address an attempt may connect to. */
    public Resolved resolve(String url) {
        Optional<String> problem = targets.problemWith(url);
        if (problem.isPresent()) {
            return Resolved.refused(problem.get());
        }
        String host = WebhookTargets.bare(URI.create(url).getHost());
        List<InetAddress> addresses;
        try {
            addresses = List.of(CompletableFuture.supplyAsync(() -> lookUp(host), lookups)
                    .get(LOOKUP_DEADLINE.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Resolved.unknown("the host does not resolve: no DNS answer within " + LOOKUP_DEADLINE.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Resolved.refused("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            return Resolved.unknown("the host does not resolve");
        }
        return targets.problemWith(addresses).map(Resolved::refused).orElseGet(() -> Resolved.to(addresses.get(0)));
    }

    private static InetAddress[] lookUp(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        lookups.shutdownNow();
    }
}
