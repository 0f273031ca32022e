package dev.kinetic.plan.application;

/** Sends one signed webhook message to its endpoint, once; the caller decides what a failure means. */
public interface WebhookTransport {

    /** What is sent: the endpoint's URL, the Standard Webhooks headers' values and the body. */
    record Message(String url, String id, long timestamp, String signature, String body) {
    }

    /** What the receiver answered ({@code statusCode} null when there was no answer) and how long it took. */
    record Outcome(Integer statusCode, long latencyMillis, String error) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        public static Outcome refused(String error) {
            return new Outcome(null, 0, error);
        }
    }

    Outcome send(Message message);
}
