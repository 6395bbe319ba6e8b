import ArgumentParser
import Evaluation
import ScenarioFormat

// The options several commands share, each declared and checked once (as
// swift-argument-parser's own examples do with @OptionGroup).

/// `--cores`: how many replications or study points run at once.
struct CoresOptions: ParsableArguments {
    @Option(name: .long, help: "Use at most this many cores (default: all). The output does not depend on it.")
    var cores: Int?

    func validate() throws {
        if let cores, cores < 1 { throw ValidationError("--cores must be at least 1") }
    }
}

/// `--seed` and `--replications`: which random streams a run uses, and how many.
struct ReplicationOptions: ParsableArguments {
    @Option(name: .long, help: "Seed of the first replication (default: the scenario's seed).")
    var seed: UInt64?

    @Option(name: .long, help: "Number of replications (default: the scenario's scheduler.replications).")
    var replications: Int?

    func validate() throws {
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
    }

    /// `--replications` as a change to the scenario's `scheduler.replications`, so that the
    /// scenario's range and run-size checks apply to it and name the option when it is too many.
    var overrides: [ScenarioOverride] {
        replications.map { [ScenarioOverride(path: "scheduler.replications", value: String($0), option: "--replications \($0)")] } ?? []
    }
}

/// `--out`: where a command writes its files.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output folder (default: under Reports/<scenario name>/, as the command's description says).")
    var out: String?

    /// The folder to write to: `--out`, else `defaultFolder`.
    func folder(default defaultFolder: String) -> String { out ?? defaultFolder }
}

/// `--quiet`.
struct QuietOption: ParsableArguments {
    @Flag(name: .long, help: "Print nothing but problems.")
    var quiet = false
}

extension EvaluationOptions {
    /// The evaluation options that the shared command-line options describe.
    init(_ replication: ReplicationOptions? = nil, cores: CoresOptions, recordJobs: Bool = false) {
        self.init(seed: replication?.seed, replications: replication?.replications, maximumConcurrency: cores.cores, recordJobs: recordJobs)
    }
}
