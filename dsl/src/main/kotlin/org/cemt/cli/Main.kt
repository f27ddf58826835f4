package org.cemt.cli

import org.cemt.core.ComputationException
import org.cemt.core.InputException
import picocli.CommandLine
import picocli.CommandLine.Command
import kotlin.system.exitProcess

/** The `cemt` command: subcommands only, each with its own --help. */
@Command(
    name = "cemt",
    mixinStandardHelpOptions = true,
    version = ["cemt 0.1.0"],
    description = ["Machine-learned atomistic models on reference points anywhere (CEMT): GMP features, one shared network."],
    subcommands = [
        CommandLine.HelpCommand::class,
        DemoCommand::class,
        GenerateCommand::class,
        InfoCommand::class,
        EmtCommand::class,
        FeaturizeCommand::class,
        PointsCommand::class,
        NotebookCommand::class,
        TrainCommand::class,
        LearningCurveCommand::class,
        EvalCommand::class,
        MdCommand::class,
        RelaxCommand::class,
    ],
)
class Cemt : Runnable {
    override fun run() {
        CommandLine(this).usage(System.out)
    }
}

/** Builds the command line; bad input ends as one line on stderr and exit code 2, a failed run as exit code 1. */
object Main {
    fun commandLine(): CommandLine = CommandLine(Cemt()).apply {
        setExecutionExceptionHandler { ex, cmd, _ ->
            val message = when (ex) {
                is InputException -> ex.message
                is ComputationException -> "computation failed: ${ex.message}"
                is java.io.IOException -> "I/O error: ${ex.message}"
                else -> null
            }
            if (message == null) throw ex
            cmd.err.println("cemt: error: $message")
            if (ex is InputException) 2 else 1
        }
        // a bad option or value: one line naming it and where to look, not the whole usage text
        setParameterExceptionHandler { ex, _ ->
            val cmd = ex.commandLine
            val cause = ex.cause
            val message = if (cause is InputException) cause.message else ex.message
            cmd.err.println("cemt: error: $message (see '${cmd.commandSpec.qualifiedName()} --help')")
            2
        }
    }

    @JvmStatic
    fun main(args: Array<String>) {
        exitProcess(commandLine().execute(*args))
    }
}
