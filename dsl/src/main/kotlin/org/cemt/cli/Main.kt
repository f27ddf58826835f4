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
        InfoCommand::class,
        GenerateCommand::class,
        EmtCommand::class,
        DemoCommand::class,
        PointsCommand::class,
        TrainCommand::class,
        LearningCurveCommand::class,
        FeaturizeCommand::class,
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
    }

    @JvmStatic
    fun main(args: Array<String>) {
        exitProcess(commandLine().execute(*args))
    }
}
