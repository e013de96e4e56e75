package com.clinicplatform.admin.patients;

import static com.clinicplatform.admin.patients.OutcomeChart.FUNCTION_BOTTOM;
import static com.clinicplatform.admin.patients.OutcomeChart.FUNCTION_TOP;
import static com.clinicplatform.admin.patients.OutcomeChart.PAIN_BOTTOM;
import static com.clinicplatform.admin.patients.OutcomeChart.PAIN_TOP;
import static com.clinicplatform.admin.patients.OutcomeChart.PLOT_LEFT;
import static com.clinicplatform.admin.patients.OutcomeChart.PLOT_RIGHT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.vaadin.flow.component.Svg;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.clinicplatform.admin.patients.OutcomeChart.Complication;
import com.clinicplatform.admin.patients.OutcomeChart.Course;
import com.clinicplatform.admin.patients.OutcomeChart.Score;
import com.clinicplatform.course.BodySite;
import com.clinicplatform.course.CourseHistories;
import com.clinicplatform.course.Severity;

/** The outcome chart read back as XML: what it draws where, what it says in words, and what it leaves out. */
class OutcomeChartTest {

    private static final LocalDate KNEE_START = LocalDate.of(2024, 2, 12);
    private static final LocalDate SHOULDER_START = LocalDate.of(2025, 3, 3);

    /** A left knee with four scores, a right shoulder with two and a right hip with its baseline only. */
    private static List<Course> threeCourses() {
        return List.of(
                new Course(KNEE_START, "Platelet-rich plasma", "Knee, left", List.of(
                        new Score(KNEE_START, 7, 40, true),
                        new Score(KNEE_START.plusWeeks(6), 5, 52, false),
                        new Score(KNEE_START.plusMonths(3), 4, 60, false),
                        new Score(KNEE_START.plusMonths(6), 3, 65, false)),
                        List.of(new Complication(KNEE_START.plusDays(3), Severity.MILD))),
                new Course(SHOULDER_START, "Bone-marrow concentrate", "Shoulder, right", List.of(
                        new Score(SHOULDER_START, 8, 35, true),
                        new Score(SHOULDER_START.plusWeeks(6), 6, 45, false)),
                        List.of(new Complication(SHOULDER_START.plusDays(20), Severity.SEVERE),
                                new Complication(SHOULDER_START.plusDays(9), Severity.MODERATE))),
                new Course(SHOULDER_START.plusMonths(4), "Adipose-derived cells", "Hip, right", List.of(
                        new Score(SHOULDER_START.plusMonths(4), 6, 50, true)), List.of()));
    }

    @Test
    void drawsOnePointPerScoreAtItsDayAndValue() throws Exception {
        var courses = threeCourses();
        var chart = parse(OutcomeChart.draw(courses, Locale.UK).orElseThrow());
        var scores = courses.stream().flatMap(course -> course.scores().stream())
                .sorted(Comparator.comparing(Score::measuredOn)).toList();
        var axis = OutcomeChart.TimeAxis.spanning(courses, Locale.UK);
        double days = ChronoUnit.DAYS.between(axis.from(), axis.to());

        var pain = centres(group(chart, "pain-scores"));
        var function = centres(group(chart, "function-scores"));

        assertThat(pain).hasSize(scores.size());
        assertThat(function).hasSize(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            var score = scores.get(i);
            double x = PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * ChronoUnit.DAYS.between(axis.from(), score.measuredOn())
                    / days;
            assertThat(pain.get(i)[0]).as("pain x of %s", score).isCloseTo(x, within(0.01));
            assertThat(function.get(i)[0]).as("function x of %s", score).isCloseTo(x, within(0.01));
            assertThat(pain.get(i)[1]).as("pain y of %s", score)
                    .isCloseTo(PAIN_BOTTOM - (PAIN_BOTTOM - PAIN_TOP) * score.pain() / 10.0, within(0.01));
            assertThat(function.get(i)[1]).as("function y of %s", score)
                    .isCloseTo(FUNCTION_BOTTOM - (FUNCTION_BOTTOM - FUNCTION_TOP) * score.function() / 100.0,
                            within(0.01));
        }
    }

    @Test
    void worsePainIsDrawnHigherAndSoIsBetterFunction() throws Exception {
        var day = LocalDate.of(2024, 5, 1);
        var chart = parse(OutcomeChart.draw(List.of(new Course(day, "PRP", "Knee, left", List.of(
                new Score(day, 9, 20, true), new Score(day.plusMonths(2), 2, 90, false)), List.of())),
                Locale.UK).orElseThrow());

        var pain = centres(group(chart, "pain-scores"));
        var function = centres(group(chart, "function-scores"));

        // SVG's y grows downwards: higher on the screen is a smaller y
        assertThat(pain.get(0)[1]).isLessThan(pain.get(1)[1]);
        assertThat(function.get(0)[1]).isGreaterThan(function.get(1)[1]);
        assertThat(pain).allSatisfy(centre -> assertThat(centre[1]).isBetween(PAIN_TOP, PAIN_BOTTOM));
        assertThat(function).allSatisfy(centre -> assertThat(centre[1]).isBetween(FUNCTION_TOP, FUNCTION_BOTTOM));
    }

    @Test
    void joinsScoresWithinACourseButNeverAcrossCourses() throws Exception {
        var courses = threeCourses();
        var chart = parse(OutcomeChart.draw(courses, Locale.UK).orElseThrow());

        var painLines = descendants(group(chart, "pain-lines"), "path").stream().map(OutcomeChartTest::vertices)
                .toList();
        var painPoints = centres(group(chart, "pain-scores"));

        // the hip's single baseline has nothing to be joined to
        assertThat(painLines).hasSize(2);
        assertThat(painLines.get(0)).hasSize(4);
        assertThat(painLines.get(1)).hasSize(2);
        for (int i = 0; i < 4; i++) {
            assertThat(painLines.get(0).get(i)).containsExactly(painPoints.get(i), within(0.01));
        }
        for (int i = 0; i < 2; i++) {
            assertThat(painLines.get(1).get(i)).containsExactly(painPoints.get(4 + i), within(0.01));
        }
        assertThat(descendants(group(chart, "function-lines"), "path")).hasSize(2);
    }

    @Test
    void baselinePointsAreHollowAndFollowUpsFilled() throws Exception {
        var chart = parse(OutcomeChart.draw(threeCourses(), Locale.UK).orElseThrow());

        var points = descendants(group(chart, "pain-scores"), "g").stream().filter(g -> hasClass(g, "score"))
                .toList();
        var baselines = points.stream().filter(g -> hasClass(g, "baseline")).toList();
        var followUps = points.stream().filter(g -> hasClass(g, "follow-up")).toList();

        assertThat(baselines).hasSize(3);
        assertThat(followUps).hasSize(4);
        assertThat(baselines).allSatisfy(point -> assertThat(fillOf(point)).isEqualTo("rgb(255,255,255)"));
        assertThat(followUps).allSatisfy(point -> assertThat(fillOf(point)).isEqualTo(rgb(OutcomeChart.PAIN_COLOUR)));
    }

    @Test
    void marksEachCourseStartWithItsTitleEscaped() throws Exception {
        var title = "<script>x</script> & PRP";
        var svg = OutcomeChart.draw(List.of(new Course(KNEE_START, title, "Knee, left",
                List.of(new Score(KNEE_START, 7, 40, true)), List.of())), Locale.UK).orElseThrow();
        var chart = parse(svg);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;").contains("&amp; PRP");
        assertThat(chart.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(descendants(chart.getDocumentElement(), "g").stream().filter(g -> hasClass(g, "course-start")))
                .hasSize(1);
        var labels = descendants(chart.getDocumentElement(), "g").stream().filter(g -> hasClass(g, "course-label"))
                .map(Node::getTextContent).toList();
        assertThat(labels).singleElement().asString().startsWith(title);
        assertThat(textOf(chart, "desc")).startsWith(title + " (Knee, left), started 12 Feb 2024");
    }

    @Test
    void shortensAVeryLongCourseTitle() throws Exception {
        var title = "Autologous bone-marrow aspirate concentrate with platelet-rich plasma, ultrasound-guided";
        var chart = parse(OutcomeChart.draw(List.of(new Course(KNEE_START, title, "Knee, left",
                List.of(new Score(KNEE_START, 7, 40, true), new Score(KNEE_START.plusMonths(6), 3, 70, false)),
                List.of())), Locale.UK).orElseThrow());

        var label = descendants(chart.getDocumentElement(), "g").stream().filter(g -> hasClass(g, "course-label"))
                .map(Node::getTextContent).findFirst().orElseThrow();

        assertThat(label).endsWith("…").hasSizeLessThan(title.length());
        assertThat(title).startsWith(label.substring(0, label.length() - 1));
    }

    @Test
    void marksAdverseEventsOnTheTimeAxisColouredBySeverity() throws Exception {
        var courses = threeCourses();
        var chart = parse(OutcomeChart.draw(courses, Locale.UK).orElseThrow());
        var axis = OutcomeChart.TimeAxis.spanning(courses, Locale.UK);

        var events = descendants(group(chart, "adverse-events"), "g").stream()
                .filter(g -> hasClass(g, "adverse-event")).toList();

        assertThat(events).hasSize(3);
        // oldest first: mild on the knee, then the shoulder's moderate and severe ones
        var severities = List.of(Severity.MILD, Severity.MODERATE, Severity.SEVERE);
        var days = List.of(KNEE_START.plusDays(3), SHOULDER_START.plusDays(9), SHOULDER_START.plusDays(20));
        for (int i = 0; i < 3; i++) {
            var event = events.get(i);
            assertThat(hasClass(event, severities.get(i).name().toLowerCase(Locale.ROOT))).isTrue();
            assertThat(fillOf(event)).isEqualTo(rgb(OutcomeChart.colourOf(severities.get(i))));
            var corners = vertices(descendants(event, "path").getFirst());
            // the apex sits at the event's day, just under the time axis
            assertThat(corners.getFirst()[0]).isCloseTo(axis.x(days.get(i)), within(0.01));
            assertThat(corners).allSatisfy(corner -> assertThat(corner[1]).isGreaterThan(FUNCTION_BOTTOM));
        }
        assertThat(Arrays.stream(Severity.values()).map(OutcomeChart::colourOf).distinct()).hasSize(3);
    }

    @Test
    void nothingToDrawBeforeTheFirstScore() {
        assertThat(OutcomeChart.draw(List.of(), Locale.UK)).isEmpty();
        assertThat(OutcomeChart.draw(List.of(new Course(KNEE_START, "PRP", "Knee, left", List.of(),
                List.of(new Complication(KNEE_START.plusDays(2), Severity.MILD)))), Locale.UK)).isEmpty();
        assertThat(OutcomeChart.of(List.of(), Locale.UK)).isEmpty();
    }

    @Test
    void describesItselfToScreenReaders() throws Exception {
        var chart = parse(OutcomeChart.draw(threeCourses(), Locale.UK).orElseThrow());
        var root = chart.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        var title = firstChildElement(root);
        assertThat(title.getLocalName()).isEqualTo("title");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(title.getTextContent()).isEqualTo("Pain and function scores, 12 Feb 2024 to 3 Jul 2025");
        var desc = (Element) chart.getElementsByTagNameNS("*", "desc").item(0);
        assertThat(root.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        assertThat(desc.getTextContent()).isEqualTo(
                "Platelet-rich plasma (Knee, left), started 12 Feb 2024: pain from 7 to 3, function from 40 to 65"
                        + " between 12 Feb 2024 and 12 Aug 2024."
                        + " Bone-marrow concentrate (Shoulder, right), started 3 Mar 2025: pain from 8 to 6,"
                        + " function from 35 to 45 between 3 Mar 2025 and 14 Apr 2025."
                        + " Adipose-derived cells (Hip, right), started 3 Jul 2025: pain 6, function 50 on 3 Jul 2025."
                        + " Adverse events: 1 mild, 1 moderate, 1 severe.");
    }

    @Test
    void scalesToItsContainerAndRefersToNothingOutside() throws Exception {
        var chart = parse(OutcomeChart.draw(threeCourses(), Locale.UK).orElseThrow());
        var root = chart.getDocumentElement();

        assertThat(root.getAttribute("viewBox")).startsWith("0 0 " + (int) OutcomeChart.WIDTH + " ");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.hasAttribute("height")).isFalse();
        for (var tag : List.of("script", "foreignObject", "image", "use", "a", "style", "iframe")) {
            assertThat(chart.getElementsByTagNameNS("*", tag).getLength()).as(tag).isZero();
        }
        for (var element : descendants(root, "*")) {
            var attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                var attribute = attributes.item(i);
                if (attribute.getNodeName().startsWith("xmlns")) {
                    continue;
                }
                assertThat(attribute.getNodeName()).as("attribute name").doesNotContain("href").doesNotStartWith("on");
                assertThat(attribute.getNodeValue()).as(attribute.getNodeName()).doesNotContain("url(", "http");
            }
        }
        // readable type: nothing smaller than 12 units, always a sans-serif
        var fontSize = Pattern.compile("font-size: ([0-9.]+)px");
        assertThat(descendants(root, "text")).isNotEmpty().allSatisfy(text -> {
            var style = text.getAttribute("style");
            assertThat(style).contains("font-family: var(--lumo-font-family, system-ui, sans-serif)");
            var size = fontSize.matcher(style);
            assertThat(size.find()).isTrue();
            assertThat(Double.parseDouble(size.group(1))).isGreaterThanOrEqualTo(12);
        });
    }

    @Test
    void labelsTheTimeAxisWithAFewMonthsInTheLocale() throws Exception {
        var courses = threeCourses();
        var chart = parse(OutcomeChart.draw(courses, Locale.GERMANY).orElseThrow());
        var axis = OutcomeChart.TimeAxis.spanning(courses, Locale.GERMANY);
        var monthYear = DateTimeFormatter.ofLocalizedPattern("yMMM").withLocale(Locale.GERMANY);
        var months = new ArrayList<String>();
        for (var month = YearMonth.from(axis.from()); !month.isAfter(YearMonth.from(axis.to())); month = month
                .plusMonths(1)) {
            months.add(monthYear.format(month.atDay(1)));
        }

        var labels = descendants(group(chart, "time-axis"), "text");

        assertThat(labels).hasSizeBetween(3, 8);
        assertThat(labels.stream().map(Node::getTextContent)).isSubsetOf(months).contains("Jan. 2025");
        assertThat(labels).allSatisfy(label -> assertThat(Double.parseDouble(label.getAttribute("x")))
                .isBetween(0.0, OutcomeChart.WIDTH));
        // every date drawn lies inside the axis, with room to spare
        assertThat(axis.from()).isBefore(KNEE_START);
        assertThat(axis.to()).isAfter(SHOULDER_START.plusMonths(4));
    }

    @Test
    void readsTheCoursesAsThePatientPageLoadsThem() {
        var knee = CourseHistories.history("Platelet-rich plasma", BodySite.KNEE_LEFT, KNEE_START,
                List.of(CourseHistories.followUp(KNEE_START.plusWeeks(6), 5, 52),
                        CourseHistories.baseline(KNEE_START, 7, 40)),
                List.of(CourseHistories.adverseEvent(KNEE_START.plusDays(3), Severity.MODERATE)));
        var shoulder = CourseHistories.history("Bone-marrow concentrate", BodySite.SHOULDER_RIGHT, SHOULDER_START,
                List.of(), List.of());

        var courses = OutcomeChart.from(List.of(shoulder, knee));

        assertThat(courses).containsExactly(
                new Course(KNEE_START, "Platelet-rich plasma", "Knee, left",
                        List.of(new Score(KNEE_START, 7, 40, true), new Score(KNEE_START.plusWeeks(6), 5, 52, false)),
                        List.of(new Complication(KNEE_START.plusDays(3), Severity.MODERATE))),
                new Course(SHOULDER_START, "Bone-marrow concentrate", "Shoulder, right", List.of(), List.of()));
    }

    @Test
    void becomesAComponentTheViewAdds() {
        var knee = CourseHistories.history("Platelet-rich plasma", BodySite.KNEE_LEFT, KNEE_START,
                List.of(CourseHistories.baseline(KNEE_START, 7, 40)), List.of());

        var component = OutcomeChart.of(List.of(knee), Locale.UK).orElseThrow();

        assertThat(component).isInstanceOf(Svg.class);
        assertThat(component.getElement().getProperty("innerHTML")).startsWith("<svg ").contains("role='img'");
        assertThat(component.getElement().getClassList()).contains("outcome-chart");
    }

    // reading the drawing back

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // a well-formed document with no DOCTYPE: refuse one rather than fetch it
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element group(Document chart, String cssClass) {
        return descendants(chart.getDocumentElement(), "g").stream().filter(g -> hasClass(g, cssClass)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + cssClass));
    }

    private static List<Element> descendants(Element parent, String localName) {
        var found = parent.getElementsByTagNameNS("*", localName);
        var elements = new ArrayList<Element>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    private static Element firstChildElement(Element parent) {
        for (var child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }

    private static boolean hasClass(Element element, String cssClass) {
        return Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass);
    }

    /** The centre of each score's point, in drawing order. */
    private static List<double[]> centres(Element scores) {
        return descendants(scores, "g").stream().filter(g -> hasClass(g, "score"))
                .map(point -> descendants(point, "ellipse").getFirst())
                .map(dot -> new double[] { Double.parseDouble(dot.getAttribute("cx")),
                        Double.parseDouble(dot.getAttribute("cy")) })
                .toList();
    }

    private static final Pattern VERTEX = Pattern.compile("[ML](-?[0-9.]+),(-?[0-9.]+)");

    private static List<double[]> vertices(Element path) {
        return VERTEX.matcher(path.getAttribute("d")).results()
                .map(match -> new double[] { Double.parseDouble(match.group(1)), Double.parseDouble(match.group(2)) })
                .toList();
    }

    /** The fill of a marker's first filled shape, the one that gives it its colour (set on it or on its group). */
    private static String fillOf(Element marker) {
        var fill = Pattern.compile("(?:^|;)fill:([^;]+)");
        return descendants(marker, "*").stream().map(element -> fill.matcher(element.getAttribute("style")))
                .filter(java.util.regex.Matcher::find).map(match -> match.group(1).strip())
                .filter(colour -> !colour.equals("none")).findFirst()
                .orElseThrow(() -> new AssertionError("nothing filled in " + marker.getAttribute("class")));
    }

    private static String rgb(java.awt.Color colour) {
        return "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    }

    private static String textOf(Document chart, String localName) {
        return chart.getElementsByTagNameNS("*", localName).item(0).getTextContent();
    }
}
