import Evaluation
import Foundation
import Studies

/// The Slurm files `aifactory sweep --slurm` writes: a job array running one shard per task,
/// a merge job that runs after every task succeeded, and a script submitting both.
enum SlurmScripts {
    /// Writes `sweep.sbatch`, `merge.sbatch` and `submit.sh` into `folder` and says how to submit.
    static func write(for command: Sweep, study: SweepStudy, folder: String, quiet: Bool) throws {
        let tasks = command.slurmTasks ?? min(study.pointCount, 100)
        let here = FileManager.default.currentDirectoryPath
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let absoluteFolder = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: here + "/")).standardizedFileURL.path
        let outputFolder = try sbatchPath(absoluteFolder)
        var arguments = ["sweep"]
        if let portfolio = command.portfolio {
            arguments += ["--portfolio", absolute(portfolio, here)]
        } else if let scenario = command.scenario {
            arguments.append(absolute(scenario, here))
        }
        for axis in command.vary { arguments += ["--vary", axis] }
        if let replications = command.replications { arguments += ["--replications", String(replications)] }
        arguments += ["--out", absoluteFolder, "--cores", String(command.slurmCpus), "--quiet"]
        let sweepLine = ([binary] + arguments).map(quoted).joined(separator: " ")
            + " --shard \"${SLURM_ARRAY_TASK_ID}/${SLURM_ARRAY_TASK_COUNT}\""
        let sweep = """
        #!/bin/bash
        # Written by `aifactory sweep --slurm`: one array task per shard of \(study.pointCount) points.
        #SBATCH --job-name=aifactory-sweep
        #SBATCH --array=1-\(tasks)
        #SBATCH --cpus-per-task=\(command.slurmCpus)
        #SBATCH --output=\(outputFolder("slurm-%A_%a.out"))
        set -euo pipefail
        cd \(quoted(here))
        \(sweepLine)

        """
        let merge = """
        #!/bin/bash
        # Written by `aifactory sweep --slurm`: joins the shards once every array task succeeded.
        #SBATCH --job-name=aifactory-merge
        #SBATCH --cpus-per-task=1
        #SBATCH --output=\(outputFolder("slurm-merge-%j.out"))
        set -euo pipefail
        cd \(quoted(here))
        \(quoted(binary)) merge \(quoted(absoluteFolder))

        """
        let submit = """
        #!/bin/bash
        # Submits the sweep's job array, then the merge job to run after all its tasks succeed.
        set -euo pipefail
        array=$(sbatch --parsable \(quoted(absoluteFolder + "/sweep.sbatch")))
        array=${array%%;*}
        merge=$(sbatch --parsable --dependency=afterok:${array} \(quoted(absoluteFolder + "/merge.sbatch")))
        echo "submitted job array ${array} (\(tasks) tasks) and merge job ${merge}; sweep.csv will be in" \(quoted(absoluteFolder + "/"))

        """
        try OutputFolder(path: folder).write([
            OutputFile(name: "sweep.sbatch", text: sweep, isExecutable: true), OutputFile(name: "merge.sbatch", text: merge, isExecutable: true),
            OutputFile(name: "submit.sh", text: submit, isExecutable: true),
        ])
        if !quiet {
            print("wrote sweep.sbatch (\(tasks) array tasks for \(study.pointCount) points), merge.sbatch and submit.sh to \(quoted(folder + "/"))")
            print("submit with:  bash \(quoted(folder + "/submit.sh"))")
            print("or by hand:   sbatch \(quoted(folder + "/sweep.sbatch")), then sbatch --dependency=afterok:<array job id> \(quoted(folder + "/merge.sbatch"))")
        }
    }

    /// Refuses an output folder the scripts could not name, before anything is written.
    static func checkFolder(_ folder: String) throws {
        let here = FileManager.default.currentDirectoryPath
        _ = try sbatchPath(URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: here + "/")).standardizedFileURL.path)
    }

    static func absolute(_ path: String, _ base: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: base + "/" + path).standardizedFileURL.path
    }

    /// Characters a path on a `#SBATCH` line may not hold. Slurm reads those lines itself, not
    /// through a shell, and its quoting differs between versions (older ones know only `"`,
    /// and end the value at `#` even inside quotes); `%` starts a file-name pattern (`%j`).
    static let sbatchUnsafe: Set<Unicode.Scalar> = ["\"", "'", "\\", "#", "%"]

    /// A function naming a file in `folder` as a `#SBATCH` option value: double-quoted when the
    /// folder holds a space (every Slurm version reads `"…"` as one value), bare otherwise.
    ///
    /// - Throws: `SlurmPathError` when the folder holds a character Slurm would misread.
    static func sbatchPath(_ folder: String) throws -> (String) -> String {
        let refused = folder.unicodeScalars.filter { sbatchUnsafe.contains($0) || $0.properties.generalCategory == .control }
        if let first = refused.first {
            let shown = first.properties.generalCategory == .control ? "a line break or control character" : "`\(first)`"
            let printable = folder.unicodeScalars.map { $0.properties.generalCategory == .control ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
            throw SlurmPathError(description: "--out: the folder \"\(printable)\" holds \(shown), which a #SBATCH line cannot carry; expected a folder name without quotes, backslashes, '#', '%' or control characters (spaces and letters of any language are fine)")
        }
        let needsQuotes = folder.unicodeScalars.contains { $0.properties.isWhitespace }
        return { name in needsQuotes ? "\"\(folder)/\(name)\"" : "\(folder)/\(name)" }
    }

    /// `text` quoted for bash when it needs it.
    static func quoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-=,:+@%".unicodeScalars.contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// An output folder the Slurm scripts cannot name safely.
struct SlurmPathError: Error, CustomStringConvertible {
    let description: String
}
