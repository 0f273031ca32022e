package dev.kinetic.plan.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import dev.kinetic.plan.readmodel.CatalogReadModel;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Exercises retired from the catalog whose active plans still need a substitute. Substitution waits
 * until the catalog index has caught up (so substitutes are chosen from the whole catalog), and a
 * retirement whose substitution failed is kept and tried again.
 */
@ApplicationScoped
public class RetiredExercises {

    private static final Logger LOG = Logger.getLogger(RetiredExercises.class);

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final SubstituteRetiredExercise substitution;
    private final CatalogReadModel catalog;

    public RetiredExercises(SubstituteRetiredExercise substitution, CatalogReadModel catalog) {
        this.substitution = substitution;
        this.catalog = catalog;
    }

    public void add(String exercise) {
        pending.add(exercise);
    }

    /**
     * Substitutes every pending retirement in the active plans that use it. An exercise the catalog offers again by
     * now is dropped instead: a start replays the whole topic, so an imported exercise's unreviewed first version (not
     * offered, like a retired one) is read just before the approval that made it plannable, and plans built on it since
     * must keep it. The plans that use any pending exercise are found in one query, not one per exercise.
     */
    public synchronized void substitutePending() {
        pending.removeIf(exercise -> catalog.index().offers(exercise));
        if (pending.isEmpty()) {
            return;
        }
        List<String> exercises = List.copyOf(pending);
        Map<String, List<UUID>> plansUsing;
        try {
            plansUsing = substitution.activePlansUsing(exercises);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Finding the active plans that use %d retired exercises failed; will retry", exercises.size());
            return;
        }
        for (String exercise : exercises) {
            try {
                int changed = 0;
                for (UUID plan : plansUsing.getOrDefault(exercise, List.of())) {
                    if (substitution.substitute(plan, exercise)) {
                        changed++;
                    }
                }
                pending.remove(exercise);
                if (changed > 0) {
                    LOG.infof("Substituted retired exercise %s in %d active plans", exercise, changed);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Substituting retired exercise %s failed; will retry", exercise);
            }
        }
    }

    @Scheduled(every = "${kinetic.plan.substitution-retry:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        if (!pending.isEmpty() && catalog.catchUp().caughtUp()) {
            substitutePending();
        }
    }
}
