import ArgumentParser
import Evaluation

/// The `aifactory` command: capacity planning and cost simulation for national AI factories.
@main
struct AIFactory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aifactory",
        abstract: "Capacity planning and cost simulation for national AI factories.",
        discussion: """
        Describe a facility in a scenario file (YAML; see docs/scenario-format.md), then check \
        it with `aifactory validate` and look at the hardware on offer with `aifactory catalog`.
        """,
        version: "0.1.0",
        subcommands: [Validate.self, CatalogCommand.self, Simulate.self, Plan.self, Sweep.self, Merge.self, Sensitivity.self, Check.self, Solve.self, Report.self, Bench.self]
    )

    /// Runs the command line, with SIGINT, SIGTERM and SIGHUP removing what an interrupted run
    /// had half-written (see `Interruption`).
    static func main() {
        Interruption.installHandlers()
        main(nil)
    }
}
