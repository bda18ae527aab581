package org.policylens.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/** Checks on what the user typed, each failing with a one-line usage error. */
final class Inputs {
    private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private Inputs() {
    }

    static void requireExisting(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("no such file or directory: " + Terminal.path(p));
            }
        }
    }

    /** The longest {@code --timeout} accepted: a day. */
    static final int MAX_TIMEOUT_SECONDS = 86_400;

    static Duration timeout(int seconds) {
        if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
            throw new UsageException("--timeout wants seconds from 1 to " + MAX_TIMEOUT_SECONDS + ", not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    /** The value itself when it is one of {@code valid} (ignoring case), else a usage error listing them. */
    static String oneOf(String flag, String value, List<String> valid) {
        if (value == null) {
            return null;
        }
        for (String v : valid) {
            if (v.equalsIgnoreCase(value.trim())) {
                return value;
            }
        }
        throw new UsageException(flag + " wants one of " + String.join(", ", valid) + ", not '"
                + Terminal.escape(value) + "'");
    }

    static int threads(Integer requested) {
        if (requested == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (requested < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        return requested;
    }

    /** A {@code YYYY[-MM[-DD]]} filter value, or a usage error naming the flag. */
    static String partialDate(String flag, String value) {
        if (value != null && !PARTIAL_DATE.matcher(value).matches()) {
            throw new UsageException(flag + " wants YYYY, YYYY-MM or YYYY-MM-DD, not '" + Terminal.escape(value) + "'");
        }
        return value;
    }
}
