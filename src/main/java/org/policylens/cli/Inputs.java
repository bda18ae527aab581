package org.policylens.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
                throw new UsageException("no such file or directory: " + p);
            }
        }
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
            throw new UsageException(flag + " wants YYYY, YYYY-MM or YYYY-MM-DD, not '" + value + "'");
        }
        return value;
    }
}
