package org.policylens.cli;

import org.policylens.train.ModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Rebuild the trained OpenNLP models from models/train/.",
                "Deterministic: the same data gives the same model."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CommonOptions common;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models", description = "Models directory (default: ${DEFAULT-VALUE}).")
    Path modelsDir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(modelsDir.resolve("train"))) {
            throw new UsageException("no training data at " + modelsDir.resolve("train") + " (run from the repository root, or give --models DIR)");
        }
        ModelTrainer.trainAll(modelsDir);
        spec.commandLine().getOut().println("trained models written under " + modelsDir);
        return ExitCodes.OK;
    }
}
