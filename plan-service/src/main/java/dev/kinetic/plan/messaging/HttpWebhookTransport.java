package dev.kinetic.plan.messaging;

import java.net.URI;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.kinetic.contracts.webhooks.Webhooks;
import dev.kinetic.plan.application.WebhookAddresses;
import dev.kinetic.plan.application.WebhookTransport;
import dev.kinetic.plan.config.WebhookConfig;
import dev.kinetic.plan.domain.WebhookTargets;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * POSTs a signed message with Vert.x's HTTP client, connecting to the address {@link WebhookAddresses} checked
 * (the request still names the host, for TLS and virtual hosting): a name that resolves elsewhere between the check
 * and the connection cannot redirect a delivery into the private network. Redirects are not followed; the body
 * of the answer is read and dropped.
 */
@ApplicationScoped
public class HttpWebhookTransport implements WebhookTransport {

    static final String USER_AGENT = "Kinetic-Webhooks/1";

    private final WebhookAddresses addresses;
    private final HttpClient client;
    private final long deadlineMillis;

    public HttpWebhookTransport(Vertx vertx, WebhookAddresses addresses, WebhookConfig config) {
        this.addresses = addresses;
        this.deadlineMillis = config.connectTimeout().plus(config.responseTimeout()).toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.responseTimeout().toSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setKeepAlive(true).setMaxPoolSize(config.concurrencyPerEndpoint())
                .setVerifyHost(true).setForceSni(true).setMaxRedirects(0));
    }

    @Override
    public Outcome send(Message message) {
        WebhookAddresses.Resolved target = addresses.resolve(message.url());
        if (target.address() == null) {
            return Outcome.refused("not sent: the URL " + target.problem());
        }
        URI uri = URI.create(message.url());
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, target.address().getHostAddress()))
                .setHost(WebhookTargets.bare(uri.getHost()))
                .setPort(port).setSsl(https).setURI(path).setFollowRedirects(false)
                .putHeader("content-type", "application/json").putHeader("user-agent", USER_AGENT)
                .putHeader(Webhooks.ID_HEADER, message.id())
                .putHeader(Webhooks.TIMESTAMP_HEADER, Long.toString(message.timestamp()))
                .putHeader(Webhooks.SIGNATURE_HEADER, message.signature());
        long start = System.nanoTime();
        Future<Integer> answered = client.request(request)
                .compose(req -> req.send(message.body()))
                .compose(response -> response.end().map(ignored -> response.statusCode()));
        try {
            int status = answered.toCompletionStage().toCompletableFuture().get(deadlineMillis, TimeUnit.MILLISECONDS);
            return new Outcome(status, millisSince(start), null);
        } catch (TimeoutException e) {
            return new Outcome(null, millisSince(start), "no answer within " + deadlineMillis + " ms");
        } catch (ExecutionException e) {
            return new Outcome(null, millisSince(start), describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, millisSince(start), "interrupted");
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String kind = failure instanceof java.net.ConnectException || failure instanceof io.netty.channel.ConnectTimeoutException
                ? "connection failed" : failure instanceof javax.net.ssl.SSLException ? "TLS failed" : "request failed";
        return message == null ? kind : kind + ": " + message;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
