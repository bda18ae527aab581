package org.policylens.eval;

import org.policylens.model.Fact;
import org.policylens.model.FactType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The result of an evaluation run: per-passage results plus aggregates per fact type and per section
 * (seed, en, ru, uz-Latn, uz-Cyrl), rendered as plain-text tables followed by misses and false positives.
 */
public record EvalReport(List<PassageResult> passages) {
    /** Section order in the rendered report; unknown sections follow in first-seen order. */
    public static final List<String> SECTION_ORDER = List.of("seed", "en", "ru", "uz-Latn", "uz-Cyrl");

    public EvalReport {
        passages = List.copyOf(passages);
    }

    public Counts overall() {
        return sum(p -> true, Optional.empty());
    }

    public Counts overall(FactType type) {
        return sum(p -> true, Optional.of(type));
    }

    public Counts section(String section, Optional<FactType> type) {
        return sum(p -> p.gold().section().equals(section), type);
    }

    public Ratio qualifierAccuracy() {
        return passages.stream().map(p -> p.qualifierAccuracy(Optional.empty())).reduce(Ratio.NONE, Ratio::plus);
    }

    public Ratio dateAccuracy() {
        return passages.stream().map(p -> p.dateAccuracy(Optional.empty())).reduce(Ratio.NONE, Ratio::plus);
    }

    public List<String> sections() {
        List<String> present = passages.stream().map(p -> p.gold().section()).distinct().toList();
        List<String> ordered = new ArrayList<>(SECTION_ORDER.stream().filter(present::contains).toList());
        present.stream().filter(s -> !ordered.contains(s)).forEach(ordered::add);
        return ordered;
    }

    /** The passages of one real-document split ({@link GoldFile#DEV}, {@link GoldFile#HELDOUT}); "" is the project's gold. */
    public EvalReport split(String split) {
        return new EvalReport(passages.stream().filter(p -> p.gold().split().equals(split)).toList());
    }

    private Counts sum(Predicate<PassageResult> which, Optional<FactType> type) {
        return passages.stream().filter(which)
                .map(p -> type.map(p::counts).orElseGet(p::counts))
                .reduce(Counts.ZERO, Counts::plus);
    }

    /** {@link #render(int, boolean)} listing the held-out documents' errors too. */
    public String render(int maxListed) {
        return render(maxListed, false);
    }

    /**
     * The project's gold (tables for all its passages, then each section), then each real-document split (all,
     * per language, per origin); then up to {@code maxListed} misses and false positives per passage. With
     * {@code heldoutTotalsOnly} the held-out documents show in the tables only, so their errors cannot steer tuning.
     */
    public String render(int maxListed, boolean heldoutTotalsOnly) {
        StringBuilder out = new StringBuilder();
        EvalReport own = split("");
        if (!own.passages.isEmpty()) {
            table(out, passages.size() == own.passages.size() ? "ALL" : "ALL project gold", own.passages);
            for (String s : own.sections()) {
                table(out, s, own.passages.stream().filter(p -> p.gold().section().equals(s)).toList());
            }
        }
        for (String split : List.of(GoldFile.DEV, GoldFile.HELDOUT)) {
            List<PassageResult> part = split(split).passages;
            if (part.isEmpty()) {
                continue;
            }
            table(out, "ALL real " + split, part);
            for (String s : split(split).sections()) {
                table(out, s, part.stream().filter(p -> p.gold().section().equals(s)).toList());
            }
            part.stream().map(p -> p.gold().origin()).distinct().sorted().forEach(origin ->
                    table(out, split + " origin " + origin,
                            part.stream().filter(p -> p.gold().origin().equals(origin)).toList()));
        }
        for (PassageResult p : passages) {
            if (heldoutTotalsOnly && p.gold().split().equals(GoldFile.HELDOUT)) {
                continue;
            }
            diagnosis(out, p, maxListed);
        }
        return out.toString();
    }

    private static void table(StringBuilder out, String title, List<PassageResult> results) {
        out.append("== ").append(title).append(" (").append(results.size()).append(" passage")
                .append(results.size() == 1 ? "" : "s").append(")\n");
        out.append(String.format(Locale.ROOT, "%-8s %6s %6s %6s %7s %7s %7s %9s %9s%n",
                "type", "gold", "pred", "match", "P", "R", "F1", "qualif.", "date"));
        Map<String, Optional<FactType>> rows = new LinkedHashMap<>();
        for (FactType t : FactType.values()) {
            rows.put(t.name(), Optional.of(t));
        }
        rows.put("all", Optional.empty());
        rows.forEach((label, type) -> {
            Counts c = results.stream().map(p -> type.map(p::counts).orElseGet(p::counts))
                    .reduce(Counts.ZERO, Counts::plus);
            if (c.gold() == 0 && c.predicted() == 0 && type.isPresent()) {
                return;
            }
            Ratio q = results.stream().map(p -> p.qualifierAccuracy(type)).reduce(Ratio.NONE, Ratio::plus);
            Ratio d = results.stream().map(p -> p.dateAccuracy(type)).reduce(Ratio.NONE, Ratio::plus);
            out.append(String.format(Locale.ROOT, "%-8s %6d %6d %6d %7.3f %7.3f %7.3f %9s %9s%n", label,
                    c.gold(), c.predicted(), c.truePositives(), c.precision(), c.recall(), c.f1(), ratio(q), ratio(d)));
        });
        out.append('\n');
    }

    private static String ratio(Ratio r) {
        return r.total() == 0 ? "-" : r.correct() + "/" + r.total();
    }

    private static void diagnosis(StringBuilder out, PassageResult p, int maxListed) {
        out.append("-- ").append(p.gold().name()).append(" [").append(p.gold().section()).append("] ")
                .append(p.gold().source()).append(' ').append(p.gold().extent()).append('\n');
        p.error().ifPresent(e -> out.append("   ERROR ").append(e).append('\n'));
        int listed = 0;
        for (GoldFact g : p.misses()) {
            if (listed++ >= maxListed) {
                out.append("   ... ").append(p.misses().size() - maxListed).append(" more misses\n");
                break;
            }
            out.append("   MISS ").append(g.type()).append(' ').append(g.value()).append("  \"")
                    .append(oneLine(g.text())).append("\" (gold line ").append(g.line()).append(")\n");
        }
        listed = 0;
        for (Fact f : p.falsePositives()) {
            if (listed++ >= maxListed) {
                out.append("   ... ").append(p.falsePositives().size() - maxListed).append(" more false positives\n");
                break;
            }
            out.append("   FP   ").append(f.type()).append(' ').append(f.value().normalized()).append("  \"")
                    .append(oneLine(f.text())).append("\" @").append(f.span().start()).append('\n');
        }
        List<MatchedPair> differing = p.matches().stream().filter(m -> !m.qualifierAgrees() || !m.dateAgrees())
                .toList();
        if (differing.size() > maxListed) {
            out.append("   ... ").append(differing.size() - maxListed).append(" more qualifier/date differences\n");
        }
        for (MatchedPair m : differing.subList(0, Math.min(maxListed, differing.size()))) {
            {
                out.append("   DIFF ").append(m.gold().type()).append(' ').append(m.gold().value())
                        .append(" qualifier ").append(m.gold().qualifier().code()).append('/')
                        .append(m.predicted().qualifier().code()).append(" date ")
                        .append(m.gold().date().map(d -> d.iso()).orElse("-")).append('/')
                        .append(m.predicted().when().map(d -> d.iso()).orElse("-")).append('\n');
            }
        }
    }

    private static String oneLine(String s) {
        return s.replace("\n", "\\n");
    }
}
