package org.policylens.cli;

import org.policylens.index.CorpusIndex;
import org.policylens.index.SearchRequest;
import org.policylens.index.SearchResults;
import org.policylens.ingest.DocumentTypeClassifier;
import org.policylens.model.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the index, with filters on facts.",
                "Lucene query syntax: phrases, AND/OR/NOT, wildcards, fuzzy~, field:term. A query in one script finds text in the other; act ids match in every spelling (PF-6079 = УП-6079)."})
final class SearchCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;
    @Mixin
    BackendOptions backend;

    @Parameters(index = "0", paramLabel = "QUERY", description = "Lucene query, e.g. '\"executive order\" minimum wage'.")
    String query;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index", description = "Index directory (default: ${DEFAULT-VALUE}).")
    Path indexDir;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--lang", paramLabel = "LANG", description = "Only documents in this language: en, ru, uz (both scripts), uz-Latn, uz-Cyrl, kk, und (unknown).")
    String language;
    @Option(names = "--type", paramLabel = "TYPE", description = "Only this document type: decree, resolution, law, article, report, other.")
    String type;
    @Option(names = "--act", paramLabel = "ID", description = "Only documents citing this act, in any spelling (PF-6079, УП-6079).")
    String act;
    @Option(names = "--program", paramLabel = "NAME", description = "Only documents naming this programme (\"IT Park\").")
    String program;
    @Option(names = "--from", paramLabel = "DATE", description = "Only documents with a fact dated on or after YYYY[-MM[-DD]].")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Only documents with a fact dated on or before YYYY[-MM[-DD]].")
    String to;
    @Option(names = "--scanned", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
            description = "Only documents read by OCR (true), or only documents with a text layer (false).")
    Boolean scanned;
    @Option(names = "--excel", description = "With --format csv: a UTF-8 byte-order mark, and formula-like cells escaped with a leading '.")
    boolean excel;

    /** What --lang accepts: {@code uz} for both Uzbek scripts, and every language code documents carry. */
    static List<String> languages() {
        List<String> codes = new ArrayList<>(List.of("uz"));
        for (Language l : Language.values()) {
            codes.add(l.code());
        }
        return codes;
    }

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            throw new UsageException("--limit must be at least 1");
        }
        if (excel && format != Format.csv) {
            throw new UsageException("--excel applies to --format csv only");
        }
        SearchRequest request = SearchRequest.builder(query, limit)
                .language(Inputs.oneOf("--lang", language, languages()))
                .documentType(Inputs.oneOf("--type", type, DocumentTypeClassifier.TYPES))
                .act(act).program(program)
                .dates(Inputs.partialDate("--from", from), Inputs.partialDate("--to", to))
                .scanned(scanned).build();
        SearchResults results;
        try (CorpusIndex index = Indexes.openForReading(indexDir, backend)) {
            results = index.search(request);
        }
        SearchOutput.write(spec.commandLine().getOut(), results, format, excel);
        return ExitCodes.OK;
    }
}
