package dev.kinetic.content.application;

import java.util.UUID;

import org.jboss.logging.Logger;

import dev.kinetic.content.persistence.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Publishes scheduled articles when they fall due. Each article is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and re-checked in the transaction that publishes it, so with any
 * number of replicas polling, every scheduled article is published exactly once.
 */
@ApplicationScoped
public class ScheduledPublisher {

    private static final Logger LOG = Logger.getLogger(ScheduledPublisher.class);

    private final ArticleRepository articles;
    private final PublishArticle publishing;

    public ScheduledPublisher(ArticleRepository articles, PublishArticle publishing) {
        this.articles = articles;
        this.publishing = publishing;
    }

    @Scheduled(every = "${kinetic.content.schedule-poll:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishDue() {
        int published = publishDueNow();
        if (published > 0) {
            LOG.infof("Published %d scheduled article(s)", published);
        }
    }

    /** Publishes every article due now; returns how many this call published. */
    public int publishDueNow() {
        int published = 0;
        while (true) {
            boolean one = QuarkusTransaction.requiringNew().call(() -> {
                UUID due = articles.claimNextDue().orElse(null);
                if (due == null) {
                    return false;
                }
                publishing.publishScheduled(due);
                return true;
            });
            if (!one) {
                return published;
            }
            published++;
        }
    }
}
