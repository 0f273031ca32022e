package dev.kinetic.plan.api;

/** Request bodies for the plans API, as a partner app would send them. */
final class PlanBodies {

    private PlanBodies() {
    }

    static final String NO_RED_FLAGS = """
            {"saddleNumbness":false,"newBladderProblems":false,"bowelIncontinence":false,"progressiveLegWeakness":false,
             "recentTrauma":"none","osteoporosis":false,"historyOfCancer":false,"feverOrChills":false,
             "unexplainedWeightLoss":false,"recentBacterialInfection":false,"intravenousDrugUse":false,
             "immunosuppression":false,"painWorseLyingDownOrAtNight":false,"newEpisode":false}""";

    /** The seed's reader: weak glutes, lower back pain, a slight anterior pelvic tilt, a mini band at home. */
    static String seedCase(int weeks, String screening) {
        return """
                {"goals":["glute-strength","low-back-pain-relief"],"level":"beginner","equipment":["mini-band"],
                 "daysPerWeek":3,"minutesPerSession":30,"weeks":%d,"conditions":["low-back-pain","anterior-pelvic-tilt"],
                 "currentPain":3,"age":34,"screening":%s,"startDate":"2026-12-07","timeZone":"Europe/Berlin",
                 "sessionTime":"18:30","locale":"en"}""".formatted(weeks, screening);
    }

    static String seedCase(int weeks) {
        return seedCase(weeks, NO_RED_FLAGS);
    }

    static String withSaddleNumbness() {
        return seedCase(4, NO_RED_FLAGS.replace("\"saddleNumbness\":false", "\"saddleNumbness\":true")
                .replace("\"historyOfCancer\":false", "\"historyOfCancer\":true"));
    }
}
