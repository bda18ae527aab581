package org.policylens.serve;

import org.policylens.model.Fact;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.policylens.serve.Html.esc;

/** Inline SVG drawings (sizes as attributes, colours from the style sheet, so the page needs no inline style). */
final class Svg {
    private static final int WIDTH = 900;
    private static final int BAR_ROWS = 12;
    private static final int MAX_EVENTS = 600;

    private Svg() {
    }

    /** A horizontal bar per value (the largest first, at most a dozen), its count at the end. */
    static String bars(String title, Map<String, Long> counts) {
        List<Map.Entry<String, Long>> rows = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(BAR_ROWS).toList();
        if (rows.isEmpty()) {
            return "";
        }
        long max = Math.max(1, rows.get(0).getValue());
        int row = 20;
        int labelWidth = 170;
        int barSpace = 260;
        StringBuilder b = new StringBuilder("<svg class=\"bars\" role=\"img\" width=\"" + (labelWidth + barSpace + 60)
                + "\" height=\"" + (rows.size() * row + 4) + "\"><title>" + esc(title) + "</title>");
        for (int i = 0; i < rows.size(); i++) {
            Map.Entry<String, Long> e = rows.get(i);
            int y = i * row + 2;
            int w = (int) Math.max(2, Math.round((double) barSpace * e.getValue() / max));
            b.append("<text x=\"0\" y=\"").append(y + 14).append("\">").append(esc(shorten(e.getKey(), 24))).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"14\"><title>").append(esc(e.getKey())).append(": ").append(e.getValue())
                    .append("</title></rect>")
                    .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 14).append("\">")
                    .append(e.getValue()).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    /**
     * A timeline: one lane per document, a dot per dated statement (coloured by fact type, its text in a tooltip),
     * years along the bottom.
     */
    static String timeline(List<ActView.Event> all) {
        List<ActView.Event> events = all.size() > MAX_EVENTS ? all.subList(0, MAX_EVENTS) : all;
        if (events.isEmpty()) {
            return "<p class=\"meta\">No document states a date about this act.</p>";
        }
        Map<String, Integer> lanes = new LinkedHashMap<>();
        for (ActView.Event e : events) {
            lanes.putIfAbsent(e.fact().document().value(), lanes.size());
        }
        LocalDate first = events.get(0).date().first().withDayOfYear(1);
        LocalDate last = first;
        for (ActView.Event e : events) {
            if (e.date().first().isAfter(last)) {
                last = e.date().first();
            }
        }
        last = last.plusYears(1).withDayOfYear(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int left = 230;
        int plot = WIDTH - left - 20;
        int lane = 22;
        int height = lanes.size() * lane + 40;
        StringBuilder b = new StringBuilder("<svg class=\"timeline\" role=\"img\" width=\"" + WIDTH + "\" height=\""
                + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\"><title>Dates stated about the act</title>");
        for (Map.Entry<String, Integer> l : lanes.entrySet()) {
            int y = l.getValue() * lane + 16;
            b.append("<line class=\"lane\" x1=\"").append(left).append("\" x2=\"").append(left + plot).append("\" y1=\"")
                    .append(y).append("\" y2=\"").append(y).append("\"/>")
                    .append("<text x=\"0\" y=\"").append(y + 4).append("\">").append(esc(shorten(fileName(l.getKey()), 30)))
                    .append("<title>").append(esc(l.getKey())).append("</title></text>");
        }
        int axis = lanes.size() * lane + 8;
        int years = last.getYear() - first.getYear();
        int step = Math.max(1, years / 10);
        for (int year = first.getYear(); year <= last.getYear(); year += step) {
            int x = left + (int) (plot * ChronoUnit.DAYS.between(first, LocalDate.of(year, 1, 1)) / days);
            b.append("<line class=\"tick\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"4\" y2=\"")
                    .append(axis).append("\"/><text class=\"year\" x=\"").append(x - 14).append("\" y=\"").append(axis + 18)
                    .append("\">").append(year).append("</text>");
        }
        for (ActView.Event e : events) {
            Fact f = e.fact();
            int x = left + (int) (plot * ChronoUnit.DAYS.between(first, e.date().first()) / days);
            int y = lanes.get(f.document().value()) * lane + 16;
            b.append("<circle class=\"f-").append(f.type().name().toLowerCase(Locale.ROOT)).append("\" cx=\"").append(x)
                    .append("\" cy=\"").append(y).append("\" r=\"6\"><title>").append(esc(describe(e)))
                    .append("</title></circle>");
        }
        return b.append("</svg>").toString();
    }

    static String describe(ActView.Event e) {
        Fact f = e.fact();
        String what = switch (f.type()) {
            case ACT -> "adopted (as " + f.text() + ")";
            case DATE -> "date: " + f.text();
            default -> f.type().name().toLowerCase(Locale.ROOT) + ": " + f.text()
                    + (f.subject().isBlank() ? "" : " (" + f.subject() + ")");
        };
        return e.date().normalized() + " — " + what + " — " + f.document().value();
    }

    private static String fileName(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
