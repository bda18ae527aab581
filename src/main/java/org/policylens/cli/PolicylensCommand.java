package org.policylens.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "policylens", mixinStandardHelpOptions = true, version = "policylens 0.1.0",
        description = "Find the facts that policy documents state, index them, and check articles against them.",
        subcommands = {DemoCommand.class, IndexCommand.class, SearchCommand.class, FactsCommand.class,
                VerifyCommand.class, ServeCommand.class, TrainCommand.class, EvalCommand.class, BenchCommand.class},
        footer = {"", "Exit codes: 0 all inputs processed, 3 some inputs failed (listed on stderr),",
                "2 usage error, 1 fatal error. Add --debug to any command for stack traces."})
final class PolicylensCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
