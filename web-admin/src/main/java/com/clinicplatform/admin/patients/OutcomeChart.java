package com.clinicplatform.admin.patients;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;

import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

import com.clinicplatform.course.CourseHistory;
import com.clinicplatform.course.Severity;

/**
 * A patient's pain and function scores over time, drawn on the server as one inline SVG image: two panels sharing
 * the time axis (a second y axis on one panel is easy to misread), a dashed marker where each course started, and
 * every course's adverse events as triangles along the time axis.
 * <p>
 * Drawn through JFreeSVG's {@link SVGGraphics2D}, which escapes every string it writes (text, titles, attributes):
 * treatment titles are typed by staff. The image has no script and refers to nothing outside itself.
 */
final class OutcomeChart {

    // The drawing's own units: the browser scales them to the width it has (viewBox, width 100%).
    static final double WIDTH = 760;
    static final double PLOT_LEFT = 56;
    static final double PLOT_RIGHT = 736;
    static final double PAIN_TOP = 70;
    static final double PAIN_BOTTOM = 190;
    static final double FUNCTION_TOP = 232;
    static final double FUNCTION_BOTTOM = 352;
    static final int PAIN_MAX = 10;
    static final int FUNCTION_MAX = 100;

    /**
     * Ids of the image's title and description, which name and describe it to screen readers; fixed, as a patient's
     * page shows one chart.
     */
    static final String TITLE_ID = "outcome-chart-title";
    static final String DESC_ID = "outcome-chart-desc";

    private static final double COURSE_ROW_NEAR = 37;
    private static final double COURSE_ROW_FAR = 18;
    private static final double PAIN_TITLE_BASELINE = 58;
    private static final double FUNCTION_TITLE_BASELINE = 220;
    private static final double EVENT_TOP = 356;
    private static final double EVENT_SIZE = 10;
    private static final double TICK_BASELINE = 386;
    private static final double LEGEND_BASELINE = 416;
    private static final double LEGEND_ROW = 22;
    private static final double POINT_RADIUS = 4.5;
    private static final double SWATCH_WIDTH = 26;
    /** A third of the width at most: a long name would read as a title of the whole chart. */
    private static final double MAX_LABEL_WIDTH = 250;

    // Okabe and Ito's orange and blue, darkened to 5:1 on white: apart for every common kind of colour blindness.
    static final Color PAIN_COLOUR = new Color(0xB8, 0x4A, 0x00);
    static final Color FUNCTION_COLOUR = new Color(0x00, 0x72, 0xB2);
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color AXIS = new Color(0x8C, 0x8C, 0x8C);
    private static final Color GRID = new Color(0xE4, 0xE4, 0xE4);
    private static final Color EVENT_OUTLINE = new Color(0x4A, 0x25, 0x00);

    private static final String FONT_FAMILY = "var(--lumo-font-family, system-ui, sans-serif)";
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    /** One course as the chart needs it, its scores and complications oldest first. */
    record Course(LocalDate startedOn, String title, String bodySite, List<Score> scores,
            List<Complication> complications) {

        Course {
            scores = scores.stream()
                    .sorted(Comparator.comparing(Score::measuredOn).thenComparing(score -> !score.baseline()))
                    .toList();
            complications = complications.stream().sorted(Comparator.comparing(Complication::occurredOn)).toList();
        }

        String name() {
            return title + " (" + bodySite + ")";
        }
    }

    /** Pain 0–10 (10 the worst), function 0–100 (100 full function). */
    record Score(LocalDate measuredOn, int pain, int function, boolean baseline) {
    }

    /** An adverse event, as far as the chart shows it. */
    record Complication(LocalDate occurredOn, Severity severity) {
    }

    private final List<Course> courses;
    private final TimeAxis axis;
    private final DateTimeFormatter dates;
    private final SVGGraphics2D g;
    private final List<LegendEntry> legend;
    private final double height;

    private OutcomeChart(List<Course> courses, Locale locale) {
        this.courses = courses;
        this.axis = TimeAxis.spanning(courses, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.legend = legendLayout();
        this.height = legend.getLast().baseline() + 12;
        this.g = new SVGGraphics2D(WIDTH, height);
        // two decimals are finer than any screen shows, and keep the markup short
        g.setGeomDoubleConverter(SVGUtils.createDoubleConverter(2));
        // the console's own font where the chart is inline, a plain sans-serif elsewhere
        g.setFontFunction(family -> FONT_FAMILY);
    }

    /** The chart ready to add to a view, or empty while the patient has no scores: the view says so in words. */
    static Optional<Component> of(List<CourseHistory> histories, Locale locale) {
        return svg(histories, locale).map(svg -> {
            var chart = new Svg(svg);
            chart.addClassName("outcome-chart");
            // below its minimum width the image scrolls sideways rather than shrinking its text out of reach
            chart.getStyle().set("overflow-x", "auto");
            return chart;
        });
    }

    /** The chart as an SVG element, or empty when none of the courses has a score yet. */
    static Optional<String> svg(List<CourseHistory> histories, Locale locale) {
        return draw(from(histories), locale);
    }

    static List<Course> from(List<CourseHistory> histories) {
        return histories.stream()
                .map(history -> new Course(history.course().startedOn(), history.treatmentTitle(),
                        history.course().bodySite().label(),
                        history.scores().stream()
                                .map(score -> new Score(score.measuredOn(), score.pain(), score.function(),
                                        score.isBaseline()))
                                .toList(),
                        history.adverseEvents().stream()
                                .map(event -> new Complication(event.occurredOn(), event.severity()))
                                .toList()))
                .sorted(Comparator.comparing(Course::startedOn))
                .toList();
    }

    static Optional<String> draw(List<Course> courses, Locale locale) {
        if (courses.stream().allMatch(course -> course.scores().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new OutcomeChart(List.copyOf(courses), locale).render());
    }

    private String render() {
        drawPanel(PAIN_TOP, PAIN_BOTTOM, PAIN_MAX, 2);
        drawPanel(FUNCTION_TOP, FUNCTION_BOTTOM, FUNCTION_MAX, 25);
        drawTimeGrid();
        drawCourseLines();
        drawHeading("Pain (0–10, lower is better)", PAIN_TITLE_BASELINE, PAIN_COLOUR);
        drawHeading("Function (0–100, higher is better)", FUNCTION_TITLE_BASELINE, FUNCTION_COLOUR);
        drawSeries("pain", Score::pain, PAIN_TOP, PAIN_BOTTOM, PAIN_MAX, PAIN_COLOUR);
        drawSeries("function", Score::function, FUNCTION_TOP, FUNCTION_BOTTOM, FUNCTION_MAX, FUNCTION_COLOUR);
        drawComplications();
        drawCourseLabels();
        drawTimeLabels();
        drawLegend();
        return withDescription(g.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, height), null, null));
    }

    /** Horizontal grid lines and their values; the bottom line is drawn darker as the axis. */
    private void drawPanel(double top, double bottom, int max, int step) {
        beginGroup("grid");
        g.setFont(SMALL);
        for (int value = 0; value <= max; value += step) {
            double y = y(value, top, bottom, max);
            g.setPaint(value == 0 ? AXIS : GRID);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(PLOT_LEFT, y, PLOT_RIGHT, y));
            String label = Integer.toString(value);
            g.setPaint(MUTED);
            g.drawString(label, (float) (PLOT_LEFT - 8 - width(label, SMALL)), (float) (y + 4));
        }
        endGroup();
    }

    private void drawTimeGrid() {
        beginGroup("time-grid");
        g.setPaint(GRID);
        g.setStroke(new BasicStroke(1f));
        for (var tick : axis.ticks()) {
            double x = axis.x(tick.day());
            g.draw(new Line2D.Double(x, PAIN_TOP, x, PAIN_BOTTOM));
            g.draw(new Line2D.Double(x, FUNCTION_TOP, x, FUNCTION_BOTTOM));
        }
        endGroup();
    }

    private void drawTimeLabels() {
        beginGroup("time-axis");
        g.setFont(SMALL);
        g.setPaint(MUTED);
        for (var tick : axis.ticks()) {
            double labelWidth = width(tick.label(), SMALL);
            double x = Math.clamp(axis.x(tick.day()) - labelWidth / 2, 2, WIDTH - 2 - labelWidth);
            g.drawString(tick.label(), (float) x, (float) TICK_BASELINE);
        }
        endGroup();
    }

    private void drawCourseLines() {
        for (int i = 0; i < courses.size(); i++) {
            var course = courses.get(i);
            double x = axis.x(course.startedOn());
            beginGroup("course-start");
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE,
                    "Course started " + dates.format(course.startedOn()) + ": " + course.name());
            g.setPaint(MUTED);
            g.setStroke(new BasicStroke(1.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] { 5f, 3f }, 0f));
            g.draw(new Line2D.Double(x, rowOf(i) - 12, x, FUNCTION_BOTTOM));
            endGroup();
        }
    }

    /**
     * Each course's name beside its marker, on two rows taken in turn so that courses started close together keep
     * readable names. A name goes right of its marker, or left when only that side has room (the latest course, near
     * the right edge), and is shortened only when neither side has.
     */
    private void drawCourseLabels() {
        double[] rowEnd = { Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY };
        for (int i = 0; i < courses.size(); i++) {
            var course = courses.get(i);
            int row = i % 2;
            double x = axis.x(course.startedOn());
            double rightLimit = i + 2 < courses.size() ? axis.x(courses.get(i + 2).startedOn()) - 8 : WIDTH - 4;
            double roomRight = Math.min(rightLimit - (x + 4), MAX_LABEL_WIDTH);
            double roomLeft = Math.min((x - 4) - Math.max(rowEnd[row] + 10, 4), MAX_LABEL_WIDTH);
            String label = null;
            boolean right = true;
            for (var candidate : List.of(course.title() + " · " + course.bodySite(), course.title())) {
                double needed = width(candidate, TEXT);
                if (needed <= roomRight || needed <= roomLeft) {
                    label = candidate;
                    right = needed <= roomRight;
                    break;
                }
            }
            if (label == null) {
                right = roomRight >= roomLeft;
                label = shortened(course.title(), Math.max(roomRight, roomLeft), TEXT);
            }
            double labelWidth = width(label, TEXT);
            double start = right ? x + 4 : x - 4 - labelWidth;
            rowEnd[row] = start + labelWidth;
            beginGroup("course-label");
            drawOnWhite(label, start, rowOf(i), TEXT, INK);
            endGroup();
        }
    }

    private static double rowOf(int course) {
        return course % 2 == 0 ? COURSE_ROW_NEAR : COURSE_ROW_FAR;
    }

    private void drawHeading(String text, double baseline, Color colour) {
        beginGroup("panel-title");
        drawOnWhite(text, PLOT_LEFT, baseline, HEADING, colour);
        endGroup();
    }

    /** Text over a white box, so that a course marker passing behind it does not cross it out. */
    private void drawOnWhite(String text, double x, double baseline, Font font, Color colour) {
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(x - 3, baseline - font.getSize2D(), width(text, font) + 6,
                font.getSize2D() * 1.35));
        g.setFont(font);
        g.setPaint(colour);
        g.drawString(text, (float) x, (float) baseline);
    }

    /**
     * One line per course (never joining one course's last score to the next course's first), then a point per
     * score: hollow at baseline, filled at follow-ups.
     */
    private void drawSeries(String name, ToIntFunction<Score> value, double top, double bottom, int max,
            Color colour) {
        beginGroup(name + "-lines");
        g.setPaint(colour);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (var course : courses) {
            if (course.scores().size() < 2) {
                continue;
            }
            var line = new Path2D.Double();
            for (var score : course.scores()) {
                double x = axis.x(score.measuredOn());
                double y = y(value.applyAsInt(score), top, bottom, max);
                if (line.getCurrentPoint() == null) {
                    line.moveTo(x, y);
                } else {
                    line.lineTo(x, y);
                }
            }
            g.draw(line);
        }
        endGroup();

        beginGroup(name + "-scores");
        String measure = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (var course : courses) {
            for (var score : course.scores()) {
                double x = axis.x(score.measuredOn());
                double y = y(value.applyAsInt(score), top, bottom, max);
                beginGroup(score.baseline() ? "score baseline" : "score follow-up");
                g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, measure + " " + value.applyAsInt(score) + " of " + max
                        + (score.baseline() ? " at baseline, " : ", ") + dates.format(score.measuredOn()));
                drawPoint(x, y, colour, score.baseline());
                endGroup();
            }
        }
        endGroup();
    }

    private void drawPoint(double x, double y, Color colour, boolean hollow) {
        var dot = new Ellipse2D.Double(x - POINT_RADIUS, y - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS);
        g.setPaint(hollow ? Color.WHITE : colour);
        g.fill(dot);
        g.setPaint(colour);
        g.setStroke(new BasicStroke(2f));
        g.draw(dot);
    }

    /** Triangles just under the time axis, nudged apart when they fall on (nearly) the same day. */
    private void drawComplications() {
        var all = courses.stream().flatMap(course -> course.complications().stream())
                .sorted(Comparator.comparing(Complication::occurredOn)).toList();
        beginGroup("adverse-events");
        double previous = Double.NEGATIVE_INFINITY;
        for (var complication : all) {
            double x = Math.max(axis.x(complication.occurredOn()), previous + EVENT_SIZE);
            previous = x;
            beginGroup("adverse-event " + complication.severity().name().toLowerCase(Locale.ROOT));
            g.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, "Adverse event, "
                    + complication.severity().label().toLowerCase(Locale.ROOT) + ", "
                    + dates.format(complication.occurredOn()));
            drawTriangle(x, EVENT_TOP, complication.severity());
            endGroup();
        }
        endGroup();
    }

    private void drawTriangle(double x, double top, Severity severity) {
        var triangle = new Path2D.Double();
        triangle.moveTo(x, top);
        triangle.lineTo(x + EVENT_SIZE / 2 + 1, top + EVENT_SIZE);
        triangle.lineTo(x - EVENT_SIZE / 2 - 1, top + EVENT_SIZE);
        triangle.closePath();
        g.setPaint(colourOf(severity));
        g.fill(triangle);
        g.setPaint(EVENT_OUTLINE);
        g.setStroke(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(triangle);
    }

    /** Light to dark with severity, so that the order reads in grey and to every kind of colour vision. */
    static Color colourOf(Severity severity) {
        return switch (severity) {
            case MILD -> new Color(0xFE, 0xC4, 0x4F);
            case MODERATE -> new Color(0xEC, 0x70, 0x14);
            case SEVERE -> new Color(0x99, 0x34, 0x04);
        };
    }

    private record LegendEntry(String label, Swatch swatch, double x, double baseline) {
    }

    private enum Swatch {
        PAIN, FUNCTION, BASELINE, COURSE_START, NONE, MILD, MODERATE, SEVERE
    }

    /**
     * Legend entries laid out left to right, wrapping onto a new row when the width runs out; the severities stay
     * on one row with their heading.
     */
    private static List<LegendEntry> legendLayout() {
        var groups = List.of(
                List.of(Map.entry("Pain", Swatch.PAIN)),
                List.of(Map.entry("Function", Swatch.FUNCTION)),
                List.of(Map.entry("Baseline (before treatment)", Swatch.BASELINE)),
                List.of(Map.entry("Course start", Swatch.COURSE_START)),
                List.of(Map.entry("Adverse event:", Swatch.NONE), Map.entry("mild", Swatch.MILD),
                        Map.entry("moderate", Swatch.MODERATE), Map.entry("severe", Swatch.SEVERE)));
        var entries = new ArrayList<LegendEntry>();
        double x = PLOT_LEFT;
        double baseline = LEGEND_BASELINE;
        for (var group : groups) {
            double groupWidth = group.stream().mapToDouble(entry -> legendWidth(entry.getKey(), entry.getValue()))
                    .sum() + 14 * (group.size() - 1);
            if (x + groupWidth > WIDTH - 8 && x > PLOT_LEFT) {
                x = PLOT_LEFT;
                baseline += LEGEND_ROW;
            }
            for (var entry : group) {
                entries.add(new LegendEntry(entry.getKey(), entry.getValue(), x, baseline));
                x += legendWidth(entry.getKey(), entry.getValue()) + 14;
            }
            x += 10;
        }
        return entries;
    }

    private static double legendWidth(String label, Swatch swatch) {
        return (swatch == Swatch.NONE ? 0 : SWATCH_WIDTH) + width(label, TEXT);
    }

    private void drawLegend() {
        beginGroup("legend");
        for (var entry : legend) {
            double middle = entry.baseline() - 4.5;
            double x = entry.x();
            switch (entry.swatch()) {
                case PAIN, FUNCTION -> {
                    var colour = entry.swatch() == Swatch.PAIN ? PAIN_COLOUR : FUNCTION_COLOUR;
                    g.setPaint(colour);
                    g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(x, middle, x + 20, middle));
                    drawPoint(x + 10, middle, colour, false);
                }
                case BASELINE -> drawPoint(x + 10, middle, MUTED, true);
                case COURSE_START -> {
                    g.setPaint(MUTED);
                    g.setStroke(new BasicStroke(1.25f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            new float[] { 5f, 3f }, 0f));
                    g.draw(new Line2D.Double(x + 10, middle - 8, x + 10, middle + 8));
                }
                case MILD -> drawTriangle(x + 10, middle - EVENT_SIZE / 2, Severity.MILD);
                case MODERATE -> drawTriangle(x + 10, middle - EVENT_SIZE / 2, Severity.MODERATE);
                case SEVERE -> drawTriangle(x + 10, middle - EVENT_SIZE / 2, Severity.SEVERE);
                case NONE -> {
                }
            }
            g.setFont(TEXT);
            g.setPaint(INK);
            double text = entry.swatch() == Swatch.NONE ? x : x + SWATCH_WIDTH;
            g.drawString(entry.label(), (float) text, (float) entry.baseline());
        }
        endGroup();
    }

    /**
     * The root element made an accessible, scalable image: {@code role="img"} with a title and a description in
     * words (a screen reader does not read the drawing), full width of its container and its height from the
     * viewBox. The width stays between 40rem, where the text is still readable, and 60rem, beyond which the text
     * would grow larger than the page's own.
     */
    private String withDescription(String element) {
        int endOfOpeningTag = element.indexOf('>');
        return element.substring(0, endOfOpeningTag)
                + " width='100%' role='img' aria-labelledby='" + TITLE_ID + "' aria-describedby='" + DESC_ID + "'"
                + " style='display: block; height: auto; min-width: 40rem; max-width: 60rem'>"
                + "<title id='" + TITLE_ID + "'>" + SVGUtils.escapeForXML(title()) + "</title>"
                + "<desc id='" + DESC_ID + "'>" + SVGUtils.escapeForXML(description()) + "</desc>"
                + element.substring(endOfOpeningTag + 1);
    }

    private String title() {
        return "Pain and function scores, " + dates.format(firstScored()) + " to " + dates.format(lastScored());
    }

    private LocalDate firstScored() {
        return courses.stream().flatMap(course -> course.scores().stream()).map(Score::measuredOn)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    private LocalDate lastScored() {
        return courses.stream().flatMap(course -> course.scores().stream()).map(Score::measuredOn)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    /** What the drawing shows, course by course: first and last scores, and the adverse events by severity. */
    private String description() {
        var sentences = new ArrayList<String>();
        for (var course : courses) {
            var scores = course.scores();
            String opening = course.name() + ", started " + dates.format(course.startedOn()) + ": ";
            if (scores.isEmpty()) {
                sentences.add(opening + "no scores yet.");
            } else if (scores.size() == 1) {
                var only = scores.getFirst();
                sentences.add(opening + "pain " + only.pain() + ", function " + only.function() + " on "
                        + dates.format(only.measuredOn()) + ".");
            } else {
                var first = scores.getFirst();
                var last = scores.getLast();
                sentences.add(opening + "pain from " + first.pain() + " to " + last.pain() + ", function from "
                        + first.function() + " to " + last.function() + " between " + dates.format(first.measuredOn())
                        + " and " + dates.format(last.measuredOn()) + ".");
            }
        }
        var bySeverity = courses.stream().flatMap(course -> course.complications().stream())
                .collect(Collectors.groupingBy(Complication::severity, () -> new EnumMap<>(Severity.class),
                        Collectors.counting()));
        if (bySeverity.isEmpty()) {
            sentences.add("No adverse events.");
        } else {
            sentences.add("Adverse events: " + bySeverity.entrySet().stream()
                    .map(entry -> entry.getValue() + " " + entry.getKey().label().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ".");
        }
        return String.join(" ", sentences);
    }

    static double y(int value, double top, double bottom, int max) {
        return bottom - (bottom - top) * value / max;
    }

    private void beginGroup(String cssClass) {
        g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, Map.of("class", cssClass));
    }

    private void endGroup() {
        g.setRenderingHint(SVGHints.KEY_END_GROUP, "");
    }

    /**
     * A text's width, estimated rather than measured: the browser draws it in a font the server may not have, and
     * an estimate keeps the layout the same on every machine. Wide scripts (CJK) count as a full em.
     */
    static double width(String text, Font font) {
        double ems = text.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.0 : Character.isUpperCase(c) ? 0.66 : 0.55)
                .sum();
        return ems * font.getSize2D() * (font.isBold() ? 1.06 : 1.0);
    }

    private static String shortened(String text, double room, Font font) {
        if (width(text, font) <= room) {
            return text;
        }
        int end = text.length();
        while (end > 1 && width(text.substring(0, end).strip() + "…", font) > room) {
            end--;
        }
        return text.substring(0, end).strip() + "…";
    }

    /** Dates left to right, over every score, course start and adverse event with a little room either side. */
    record TimeAxis(LocalDate from, LocalDate to, List<Tick> ticks) {

        record Tick(LocalDate day, String label) {
        }

        private record Step(ChronoUnit unit, int amount, DateTimeFormatter format) {
        }

        static TimeAxis spanning(List<Course> courses, Locale locale) {
            var days = courses.stream().flatMap(course -> Stream.concat(Stream.of(course.startedOn()),
                    Stream.concat(course.scores().stream().map(Score::measuredOn),
                            course.complications().stream().map(Complication::occurredOn))))
                    .sorted().toList();
            var first = days.getFirst();
            var last = days.getLast();
            long margin = Math.max(ChronoUnit.DAYS.between(first, last) / 20, 10);
            var from = first.minusDays(margin);
            var to = last.plusDays(margin);
            return new TimeAxis(from, to, ticks(from, to, locale));
        }

        double x(LocalDate day) {
            return x(day, from, to);
        }

        private static double x(LocalDate day, LocalDate from, LocalDate to) {
            return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * (day.toEpochDay() - from.toEpochDay())
                    / (to.toEpochDay() - from.toEpochDay());
        }

        /** The finest step (weeks, months, years) whose labels still fit side by side. */
        private static List<Tick> ticks(LocalDate from, LocalDate to, Locale locale) {
            var monthYear = DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(locale);
            var year = DateTimeFormatter.ofPattern("uuuu", locale);
            var steps = List.of(
                    new Step(ChronoUnit.WEEKS, 1, DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale)),
                    new Step(ChronoUnit.MONTHS, 1, monthYear), new Step(ChronoUnit.MONTHS, 2, monthYear),
                    new Step(ChronoUnit.MONTHS, 3, monthYear), new Step(ChronoUnit.MONTHS, 6, monthYear),
                    new Step(ChronoUnit.YEARS, 1, year), new Step(ChronoUnit.YEARS, 2, year),
                    new Step(ChronoUnit.YEARS, 5, year), new Step(ChronoUnit.YEARS, 10, year));
            List<Tick> ticks = List.of();
            for (var step : steps) {
                ticks = ticks(from, to, step);
                if (fits(ticks, from, to)) {
                    return ticks;
                }
            }
            return ticks;
        }

        private static List<Tick> ticks(LocalDate from, LocalDate to, Step step) {
            // on round dates: Mondays, the first of a month (January, April… for quarters), New Year's Day
            var day = switch (step.unit()) {
                case WEEKS -> from.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                case MONTHS -> {
                    var month = from.withDayOfMonth(1);
                    month = month.isBefore(from) ? month.plusMonths(1) : month;
                    while ((month.getMonthValue() - 1) % step.amount() != 0) {
                        month = month.plusMonths(1);
                    }
                    yield month;
                }
                default -> {
                    var newYear = from.withDayOfYear(1);
                    newYear = newYear.isBefore(from) ? newYear.plusYears(1) : newYear;
                    while (newYear.getYear() % step.amount() != 0) {
                        newYear = newYear.plusYears(1);
                    }
                    yield newYear;
                }
            };
            var ticks = new ArrayList<Tick>();
            for (; !day.isAfter(to); day = day.plus(step.amount(), step.unit())) {
                ticks.add(new Tick(day, step.format().format(day)));
            }
            return ticks;
        }

        private static boolean fits(List<Tick> ticks, LocalDate from, LocalDate to) {
            for (int i = 1; i < ticks.size(); i++) {
                double room = x(ticks.get(i).day(), from, to) - x(ticks.get(i - 1).day(), from, to);
                double needed = (width(ticks.get(i).label(), SMALL) + width(ticks.get(i - 1).label(), SMALL)) / 2;
                if (room < needed + 16) {
                    return false;
                }
            }
            return true;
        }
    }
}
