package dev.kinetic.plan.domain;

import java.util.List;

/** A generated plan: weeks of sessions of prescribed exercises, each with the reason it is there. */
public record Plan(List<Week> weeks, List<String> safetyNotes) {

    public Plan {
        weeks = List.copyOf(weeks);
        safetyNotes = List.copyOf(safetyNotes);
    }

    public record Week(int number, Phase phase, List<Session> sessions) {
        public Week {
            sessions = List.copyOf(sessions);
        }
    }

    public enum Phase { ACTIVATION, STRENGTH, DELOAD }

    public record Session(int number, int warmUpMinutes, List<Item> items, int coolDownMinutes, int estimatedSeconds) {
        public Session {
            items = List.copyOf(items);
        }
    }

    /** One prescription: reps or a hold per set, rest between sets, and why. */
    public record Item(String exercise, String pattern, int sets, Integer repsMin, Integer repsMax, Integer holdSeconds,
            int restSeconds, String tempo, boolean perSide, String why, String caution) {
    }
}
