package org.policylens.ingest;

import org.policylens.model.ParseResult;

import java.nio.file.Path;
import java.util.List;

/** The files a walk found, in a deterministic order, and the paths it could not follow. */
public record WalkResult(List<Path> files, List<ParseResult.Failed> failures) {
    public WalkResult {
        files = List.copyOf(files);
        failures = List.copyOf(failures);
    }
}
