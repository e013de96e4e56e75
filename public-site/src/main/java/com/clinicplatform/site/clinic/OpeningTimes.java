package com.clinicplatform.site.clinic;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.clinicplatform.clinic.OpeningHours;

/**
 * The clinic's opening hours as people read them: every day of the week with its hours or "Closed", and a short
 * summary that joins days with the same hours ("Monday to Wednesday 08:30–18:00").
 */
public record OpeningTimes(List<Day> week, List<String> summary) {

    public record Day(String name, String hours, boolean open) {
    }

    public static OpeningTimes of(List<OpeningHours> openingHours, Locale locale) {
        var week = new ArrayList<Day>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String hours = hoursOn(openingHours, day);
            week.add(new Day(day.getDisplayName(TextStyle.FULL, locale), hours.isEmpty() ? "Closed" : hours,
                    !hours.isEmpty()));
        }
        var summary = new ArrayList<String>();
        int first = 0;
        for (int i = 1; i <= week.size(); i++) {
            if (i == week.size() || !week.get(i).hours().equals(week.get(first).hours())) {
                if (week.get(first).open()) {
                    String days = i - 1 == first ? week.get(first).name()
                            : week.get(first).name() + (i - 1 == first + 1 ? " and " : " to ") + week.get(i - 1).name();
                    summary.add(days + " " + week.get(first).hours());
                }
                first = i;
            }
        }
        return new OpeningTimes(List.copyOf(week), List.copyOf(summary));
    }

    public boolean isEmpty() {
        return summary.isEmpty();
    }

    private static String hoursOn(List<OpeningHours> openingHours, DayOfWeek day) {
        return openingHours.stream()
                .filter(hours -> hours.day() == day)
                .sorted((a, b) -> a.opens().compareTo(b.opens()))
                .map(hours -> hours.opens() + "–" + hours.closes())
                .collect(Collectors.joining(", "));
    }
}
