package com.clinicplatform.treatment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/**
 * What changed between two revisions of a page: runs of changed lines, each with a little unchanged text around it
 * for orientation, and within a line that changed, the words that did. Plain text throughout: the console shows it
 * as text, never as markup.
 *
 * @param hunks the changed places, in page order; none when the revisions hold the same content
 */
public record RevisionDiff(int from, int to, List<Hunk> hunks) {

    /** Unchanged lines shown around each change. */
    static final int CONTEXT = 2;

    public enum Change {
        SAME, REMOVED, ADDED
    }

    /** A run of text within a line, kept, removed or added. */
    public record Part(Change change, String text) {
    }

    /** One line of the diff: unchanged, or as it was (removed), or as it is (added). */
    public record Line(Change change, List<Part> parts) {

        public String text() {
            return String.join("", parts.stream().map(Part::text).toList());
        }
    }

    /** One changed place with its context. */
    public record Hunk(List<Line> lines) {
    }

    public boolean isEmpty() {
        return hunks.isEmpty();
    }

    static RevisionDiff between(int from, List<String> before, int to, List<String> after) {
        var deltas = DiffUtils.diff(before, after).getDeltas();
        var hunks = new ArrayList<Hunk>();
        var lines = new ArrayList<Line>();
        int shownUpTo = 0;  // lines of `before` already shown
        for (int d = 0; d < deltas.size(); d++) {
            var delta = deltas.get(d);
            int start = delta.getSource().getPosition();
            if (!lines.isEmpty() && start - shownUpTo > 2 * CONTEXT) {
                lines.addAll(same(before, shownUpTo, shownUpTo + CONTEXT));
                hunks.add(new Hunk(List.copyOf(lines)));
                lines.clear();
            }
            int contextFrom = lines.isEmpty() ? Math.max(shownUpTo, start - CONTEXT) : shownUpTo;
            lines.addAll(same(before, contextFrom, start));
            lines.addAll(changed(delta));
            shownUpTo = start + delta.getSource().size();
        }
        if (!lines.isEmpty()) {
            lines.addAll(same(before, shownUpTo, Math.min(before.size(), shownUpTo + CONTEXT)));
            hunks.add(new Hunk(List.copyOf(lines)));
        }
        return new RevisionDiff(from, to, List.copyOf(hunks));
    }

    private static List<Line> same(List<String> lines, int from, int to) {
        return lines.subList(from, Math.min(to, lines.size())).stream()
                .map(text -> new Line(Change.SAME, List.of(new Part(Change.SAME, text))))
                .toList();
    }

    /** The removed lines, then the added ones; a line changed in place shows which of its words changed. */
    private static List<Line> changed(AbstractDelta<String> delta) {
        var removed = delta.getSource().getLines();
        var added = delta.getTarget().getLines();
        var result = new ArrayList<Line>();
        if (delta.getType() == DeltaType.CHANGE && removed.size() == added.size()) {
            var pairs = new ArrayList<Line>();
            for (int i = 0; i < removed.size(); i++) {
                var words = wordDiff(removed.get(i), added.get(i));
                result.add(words[0]);
                pairs.add(words[1]);
            }
            result.addAll(pairs);
            return result;
        }
        removed.forEach(text -> result.add(new Line(Change.REMOVED, List.of(new Part(Change.REMOVED, text)))));
        added.forEach(text -> result.add(new Line(Change.ADDED, List.of(new Part(Change.ADDED, text)))));
        return result;
    }

    /** The line as it was and as it is, each split into its kept and changed words (spaces kept with the words). */
    private static Line[] wordDiff(String before, String after) {
        var oldWords = words(before);
        var newWords = words(after);
        var oldParts = new ArrayList<Part>();
        var newParts = new ArrayList<Part>();
        int oldAt = 0;
        int newAt = 0;
        for (var delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            oldParts.add(new Part(Change.SAME, join(oldWords, oldAt, delta.getSource().getPosition())));
            newParts.add(new Part(Change.SAME, join(newWords, newAt, delta.getTarget().getPosition())));
            oldParts.add(new Part(Change.REMOVED, String.join("", delta.getSource().getLines())));
            newParts.add(new Part(Change.ADDED, String.join("", delta.getTarget().getLines())));
            oldAt = delta.getSource().getPosition() + delta.getSource().size();
            newAt = delta.getTarget().getPosition() + delta.getTarget().size();
        }
        oldParts.add(new Part(Change.SAME, join(oldWords, oldAt, oldWords.size())));
        newParts.add(new Part(Change.SAME, join(newWords, newAt, newWords.size())));
        return new Line[] {new Line(Change.REMOVED, nonEmpty(oldParts)), new Line(Change.ADDED, nonEmpty(newParts))};
    }

    /** Words with the spaces after them, so joining them gives the line back exactly. */
    private static List<String> words(String line) {
        return Arrays.asList(line.split("(?<=\\s)(?=\\S)"));
    }

    private static String join(List<String> words, int from, int to) {
        return String.join("", words.subList(from, to));
    }

    private static List<Part> nonEmpty(List<Part> parts) {
        return parts.stream().filter(part -> !part.text().isEmpty()).toList();
    }
}
