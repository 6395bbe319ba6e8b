import ArgumentParser
import Evaluation
import Foundation
import ScenarioFormat
import Studies

/// `aifactory sweep`: simulate a grid of variants of one scenario.
struct Sweep: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Simulate a scenario over a grid of changed inputs and write sweep.csv, one row per point.",
        discussion: """
        Each --vary PATH=VALUES sets a field (a path as validation messages print it, e.g. \
        site.electricity.price_eur_per_mwh, tenants[research].quota_share) to each value of a list \
        (80,120,160) or range (80:200:20); several make a cartesian grid. A portfolio file writes \
        the same down (see docs/studies.md). Points run in parallel and are kept as they finish in \
        OUT/points/, so an interrupted sweep resumes where it stopped; sweep.csv is identical \
        whatever the core count. --shard K/N runs one share of the points (join them with \
        `aifactory merge`); --slurm writes a Slurm job array that does so.
        """
    )

    @Argument(help: "The base scenario file (or give --portfolio).", completion: .file(extensions: ["yaml", "yml"]))
    var scenario: String?

    @Option(name: .long, help: "A portfolio file with the scenario and the axes.", completion: .file(extensions: ["yaml", "yml"]))
    var portfolio: String?

    @Option(name: .long, help: "PATH=VALUES: a field and its values, a list a,b,c or a range START:END:STEP (repeatable).")
    var vary: [String] = []

    @Option(name: .long, help: "Replications per point (default: the scenario's).")
    var replications: Int?

    @OptionGroup var output: OutputOptions

    @OptionGroup var csv: CSVOptions

    @OptionGroup var coreOptions: CoresOptions

    @Option(name: .long, help: "Run only shard K of N (K/N, 1-based): the points whose number modulo N is K − 1.")
    var shard: String?

    @Flag(name: .long, help: "Write a Slurm job array (sweep.sbatch, merge.sbatch, submit.sh) into the output folder instead of running.")
    var slurm = false

    @Option(name: .long, help: "With --slurm: the number of array tasks (default: the number of points, at most 100).")
    var slurmTasks: Int?

    @Option(name: .long, help: "With --slurm: CPUs per array task.")
    var slurmCpus = 1

    @OptionGroup var quietOption: QuietOption

    var quiet: Bool { quietOption.quiet }

    func validate() throws {
        guard (scenario == nil) != (portfolio == nil) else { throw ValidationError("give a scenario file or --portfolio FILE, not both or neither") }
        if let replications, replications < 1 { throw ValidationError("--replications must be at least 1") }
        if let shard, SweepRunner.Shard(shard) == nil { throw ValidationError("--shard \(shard): expected K/N with 1 ≤ K ≤ N, e.g. 2/8") }
        if let slurmTasks, slurmTasks < 1 { throw ValidationError("--slurm-tasks must be at least 1") }
        if portfolio == nil, vary.isEmpty { throw ValidationError("give at least one --vary PATH=VALUES") }
    }

    /// The study the options describe.
    func study() throws -> SweepStudy {
        var axes: [SweepAxis] = []
        var path = scenario ?? ""
        var count = replications
        if let portfolio {
            let loaded = PortfolioFile.load(path: portfolio)
            for diagnostic in loaded.diagnostics { printError(diagnostic.description) }
            guard let file = loaded.portfolio else { throw ExitCode(1) }
            path = file.scenarioPath
            count = replications ?? file.replications
            for axis in file.axes {
                if let range = axis.range {
                    axes.append(try SweepAxis.parse("\(axis.path)=\(range)"))
                } else {
                    axes.append(SweepAxis(path: axis.path, values: axis.values))
                }
            }
        }
        for text in vary { axes.append(try SweepAxis.parse(text)) }
        return try SweepStudy(scenarioPath: path, axes: axes, replications: count)
    }

    func run() throws {
        let study: SweepStudy
        do { study = try self.study() } catch let error as SweepError {
            printError(error.message)
            throw ExitCode(1)
        }
        let name = ScenarioLoader.load(path: study.scenarioPath).scenario?.name ?? "sweep"
        let folder = output.out ?? "Reports/\(name)/sweep"
        if slurm {
            do { try SlurmScripts.checkFolder(folder) } catch let error as SlurmPathError {
                printError(error.description)
                throw ExitCode(1)
            }
        }
        // Shards of one sweep fill its folder together (shared); the Slurm files are a set of
        // their own (exclusive).
        try withFolderLock(folder, slurm ? .exclusive : .shared) {
            let store: SweepStore
            do { store = try SweepStore(folder: folder, study: study) } catch {
                printError("\(error)")
                throw ExitCode(1)
            }
            if slurm { return try SlurmScripts.write(for: self, study: study, folder: folder, quiet: quiet) }
            let ran = try runPoints(store)
            if store.table() != nil {
                let path = try store.writeTable(dialect: csv.csvDialect)
                if !quiet { print("\(name): \(study.pointCount) points (\(ran) run now, \(study.pointCount - ran) kept from before); wrote \(path)") }
            } else if !quiet {
                print("\(name): \(ran) points run into \(folder)/points; when every shard has run: aifactory merge \(folder)")
            }
        }
    }

    /// Runs the points of this shard (all, without --shard) not stored yet, with progress on
    /// the terminal; how many ran.
    func runPoints(_ store: SweepStore) throws -> Int {
        let shardSpec = shard.flatMap(SweepRunner.Shard.init)
        let reporter = ProgressReporter(quiet: quiet, label: shardSpec.map { "shard \($0.index)/\($0.count)" } ?? "sweep")
        defer { reporter.finish() }
        do {
            return try SweepRunner.run(store, shard: shardSpec, cores: coreOptions.cores ?? ProcessInfo.processInfo.activeProcessorCount) { done, total in
                reporter.update(done: done, total: total)
            }
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
    }
}

/// `aifactory merge`: join the shards of a sweep.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the points of a sharded sweep (one or more --out folders) into sweep.csv.",
        discussion: "The result is byte for byte the sweep.csv that one machine running every point writes."
    )

    @Argument(help: "Sweep folders holding the shards' points.", completion: .directory)
    var folders: [String]

    @Option(name: .long, help: "Where to write sweep.csv (default: the first folder).")
    var out: String?

    func validate() throws {
        if folders.isEmpty { throw ValidationError("give at least one sweep folder") }
    }

    func run() throws {
        try withFolderLock(out ?? folders[0]) {
            do {
                let result = try SweepStore.merge(folders: folders, into: out ?? folders[0])
                print("merged \(result.points) points into \(result.path)")
            } catch {
                printError("\(error)")
                throw ExitCode(1)
            }
        }
    }
}
