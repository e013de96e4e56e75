package com.clinicplatform.dev;

import java.util.Random;

/**
 * Pain (0–10, 10 the worst) and function (0–100, 100 full function) as they move over a course: patients come with
 * moderate to severe pain and limited function; at the review most have improved by one to four points, some not at
 * all, a few are worse; a year on most hold where they were.
 */
record OutcomeScores(int pain, int function) {

    private static final Weighted<Integer> BASELINE_PAIN = new Weighted<Integer>()
            .add(4, 4).add(5, 15).add(6, 25).add(7, 30).add(8, 20).add(9, 10).add(10, 3);
    private static final Weighted<Integer> CHANGE_AT_REVIEW = new Weighted<Integer>()
            .add(-4, 8).add(-3, 18).add(-2, 24).add(-1, 18).add(0, 18).add(1, 9).add(2, 5);
    private static final Weighted<Integer> CHANGE_LATER = new Weighted<Integer>()
            .add(-2, 15).add(-1, 25).add(0, 30).add(1, 20).add(2, 10);

    static OutcomeScores baseline(Random random) {
        int pain = BASELINE_PAIN.pick(random);
        return new OutcomeScores(pain, Math.clamp(78 - 5 * pain + random.nextInt(21) - 10, 25, 60));
    }

    OutcomeScores atReview(Random random) {
        return changedBy(CHANGE_AT_REVIEW.pick(random), random);
    }

    OutcomeScores later(Random random) {
        return changedBy(CHANGE_LATER.pick(random), random);
    }

    /** Function moves against pain, four to seven points for each point of pain, with some noise. */
    private OutcomeScores changedBy(int painChange, Random random) {
        int functionChange = -painChange * (4 + random.nextInt(4)) + random.nextInt(9) - 4;
        return new OutcomeScores(Math.clamp(pain + painChange, 0, 10), Math.clamp(function + functionChange, 0, 100));
    }

    /** What the review's note says fits the change: better, the same, or worse. */
    String[] reviewNotesSince(OutcomeScores before) {
        return pain < before.pain ? Texts.REVIEW_BETTER : pain == before.pain ? Texts.REVIEW_SAME : Texts.REVIEW_WORSE;
    }
}
