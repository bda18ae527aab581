package org.policylens.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * throughput.png, drawn with Java2D (headless): docs/s against corpus size, peak memory against corpus
 * size, and the time each system takes per 1,000 documents as grouped bars per size.
 */
public final class ThroughputChart {

    static final int WIDTH = 1500;
    static final int HEIGHT = 1000;
    private static final Color[] COLORS = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c)};
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    private record Box(int x, int y, int w, int h) {
    }

    private ThroughputChart() {
    }

    public static void write(BenchResults results, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ImageIO.write(render(results), "png", file.toFile());
    }

    static BufferedImage render(BenchResults r) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            List<String> systems = MarkdownReportWriter.THROUGHPUT_SYSTEMS;
            lineChart(g, new Box(90, 60, 600, 340), "Throughput (docs/s, median)", "docs/s", r, systems, "docs_per_s", false);
            lineChart(g, new Box(850, 60, 600, 340), "Peak memory (MB; solid heap, dashed RSS)", "MB", r, systems,
                    "peak_heap_mb", true);
            bars(g, new Box(90, 530, 1360, 380), r, systems);
            legend(g, systems, 90, HEIGHT - 30);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void lineChart(Graphics2D g, Box box, String title, String yLabel, BenchResults r,
                                  List<String> systems, String metric, boolean withRss) {
        List<Integer> sizes = r.sizes();
        double max = 0;
        for (String s : systems) {
            for (int size : sizes) {
                max = Math.max(max, value(r, size, s, metric));
                if (withRss) {
                    max = Math.max(max, value(r, size, s, "peak_rss_mb"));
                }
            }
        }
        max = niceMax(max);
        axes(g, box, title, yLabel, max);
        for (int i = 0; i < sizes.size(); i++) {
            int x = xOf(box, i, sizes.size());
            g.setFont(SMALL);
            g.setColor(Color.DARK_GRAY);
            centered(g, String.format("%,d docs", sizes.get(i)), x, box.y() + box.h() + 20);
        }
        Stroke solid = new BasicStroke(2.5f);
        Stroke dashed = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f);
        for (int k = 0; k < systems.size(); k++) {
            g.setColor(COLORS[k % COLORS.length]);
            series(g, box, r, systems.get(k), metric, max, solid);
            if (withRss) {
                series(g, box, r, systems.get(k), "peak_rss_mb", max, dashed);
            }
        }
    }

    private static void series(Graphics2D g, Box box, BenchResults r, String system, String metric, double max, Stroke stroke) {
        List<Integer> sizes = r.sizes();
        g.setStroke(stroke);
        int[] prev = null;
        for (int i = 0; i < sizes.size(); i++) {
            double v = value(r, sizes.get(i), system, metric);
            if (Double.isNaN(v)) {
                prev = null;
                continue;
            }
            int x = xOf(box, i, sizes.size());
            int y = yOf(box, v, max);
            g.fillOval(x - 4, y - 4, 9, 9);
            if (prev != null) {
                g.drawLine(prev[0], prev[1], x, y);
            }
            prev = new int[] {x, y};
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void bars(Graphics2D g, Box box, BenchResults r, List<String> systems) {
        List<Integer> sizes = r.sizes();
        double max = 0;
        for (int size : sizes) {
            for (String s : systems) {
                max = Math.max(max, perThousand(r, size, s));
            }
        }
        max = niceMax(max);
        axes(g, box, "Time per 1,000 documents by stage (s, median)", "s / 1,000 docs", max);
        int groupWidth = box.w() / Math.max(1, sizes.size());
        int barWidth = Math.min(90, (groupWidth - 40) / Math.max(1, systems.size()));
        for (int i = 0; i < sizes.size(); i++) {
            int groupX = box.x() + i * groupWidth + (groupWidth - barWidth * systems.size()) / 2;
            for (int k = 0; k < systems.size(); k++) {
                double v = perThousand(r, sizes.get(i), systems.get(k));
                int x = groupX + k * barWidth;
                if (Double.isNaN(v)) {
                    g.setColor(Color.GRAY);
                    g.setFont(SMALL);
                    centered(g, "n/a", x + barWidth / 2, box.y() + box.h() - 6);
                    continue;
                }
                int y = yOf(box, v, max);
                g.setColor(COLORS[k % COLORS.length]);
                g.fillRect(x + 4, y, barWidth - 8, box.y() + box.h() - y);
                g.setColor(Color.BLACK);
                g.setFont(SMALL);
                centered(g, Numbers.format(v), x + barWidth / 2, y - 6);
            }
            g.setColor(Color.DARK_GRAY);
            g.setFont(LABEL);
            centered(g, String.format("%,d docs", sizes.get(i)), box.x() + i * groupWidth + groupWidth / 2,
                    box.y() + box.h() + 22);
        }
    }

    private static void axes(Graphics2D g, Box box, String title, String yLabel, double max) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(title, box.x(), box.y() - 22);
        g.setFont(SMALL);
        for (int t = 0; t <= 4; t++) {
            double v = max * t / 4;
            int y = yOf(box, v, max);
            g.setColor(new Color(0xE0E0E0));
            g.drawLine(box.x(), y, box.x() + box.w(), y);
            g.setColor(Color.DARK_GRAY);
            String label = Numbers.format(v);
            g.drawString(label, box.x() - g.getFontMetrics().stringWidth(label) - 8, y + 5);
        }
        g.setColor(Color.BLACK);
        g.drawLine(box.x(), box.y(), box.x(), box.y() + box.h());
        g.drawLine(box.x(), box.y() + box.h(), box.x() + box.w(), box.y() + box.h());
        g.setFont(SMALL);
        g.drawString(yLabel, box.x() + 6, box.y() + 14);
    }

    private static void legend(Graphics2D g, List<String> systems, int x, int y) {
        g.setFont(LABEL);
        for (int k = 0; k < systems.size(); k++) {
            g.setColor(COLORS[k % COLORS.length]);
            g.fillRect(x, y - 13, 26, 14);
            g.setColor(Color.BLACK);
            g.drawString(systems.get(k), x + 34, y);
            x += 60 + g.getFontMetrics().stringWidth(systems.get(k));
        }
    }

    private static double perThousand(BenchResults r, int size, String system) {
        return value(r, size, system, "time_s") / size * 1000;
    }

    private static double value(BenchResults r, int size, String system, String metric) {
        Optional<Double> v = r.summary(size, system, metric);
        return v.orElse(Double.NaN);
    }

    private static int xOf(Box box, int i, int n) {
        return n == 1 ? box.x() + box.w() / 2 : box.x() + 40 + (box.w() - 80) * i / (n - 1);
    }

    private static int yOf(Box box, double v, double max) {
        return box.y() + box.h() - (int) Math.round(box.h() * v / max);
    }

    /** A round upper bound for an axis, at least 1. */
    static double niceMax(double max) {
        if (!(max > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max * 1.05) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static void centered(Graphics2D g, String text, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, x - fm.stringWidth(text) / 2, y);
    }

}
