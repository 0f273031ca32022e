package dev.kinetic.bench.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The harness's own calls (setting up data, probing propagation): one at a time, failing loudly on a surprise. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    static HttpResponse<String> send(String method, String uri, String token, String contentType, String body,
            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends and expects {@code status}; returns the response (for its headers too). */
    static HttpResponse<String> exchange(int status, String method, String uri, String token, String contentType, String body,
            String... headers) {
        HttpResponse<String> response = send(method, uri, token, contentType, body, headers);
        if (response.statusCode() != status) {
            throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + " instead of " + status
                    + ": " + response.body());
        }
        return response;
    }

    /** Sends and expects {@code status}; returns the body as JSON. */
    static JsonNode expect(int status, String method, String uri, String token, String contentType, String body,
            String... headers) {
        return json(exchange(status, method, uri, token, contentType, body, headers));
    }

    static JsonNode getJson(String uri, String token) {
        return expect(200, "GET", uri, token, null, null);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + response.body(), e);
        }
    }
}
