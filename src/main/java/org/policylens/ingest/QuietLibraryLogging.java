package org.policylens.ingest;

/**
 * POI and PDFBox log through log4j-api, which has no backend here and would print
 * "Log4j API could not find a logging provider" on stderr, then drop every message anyway. Route it to
 * log4j's built-in simple logger switched off, unless the user configured log4j explicitly.
 */
final class QuietLibraryLogging {
    private static final String FACTORY = "log4j2.loggerContextFactory";
    private static final String SIMPLE_LEVEL = "org.apache.logging.log4j.simplelog.level";

    private QuietLibraryLogging() {
    }

    static void install() {
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            if (System.getProperty(SIMPLE_LEVEL) == null) {
                System.setProperty(SIMPLE_LEVEL, "OFF");
            }
        }
    }
}
