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
        #SBATCH --output=\(absoluteFolder)/slurm-%A_%a.out
        set -euo pipefail
        cd \(quoted(here))
        \(sweepLine)

        """
        let merge = """
        #!/bin/bash
        # Written by `aifactory sweep --slurm`: joins the shards once every array task succeeded.
        #SBATCH --job-name=aifactory-merge
        #SBATCH --cpus-per-task=1
        #SBATCH --output=\(absoluteFolder)/slurm-merge-%j.out
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
        echo "submitted job array ${array} (\(tasks) tasks) and merge job ${merge}; sweep.csv will be in \(absoluteFolder)/"

        """
        try OutputFolder(path: folder).write([OutputFile(name: "sweep.sbatch", text: sweep), OutputFile(name: "merge.sbatch", text: merge), OutputFile(name: "submit.sh", text: submit)])
        for name in ["sweep.sbatch", "merge.sbatch", "submit.sh"] {
            chmod(URL(fileURLWithPath: folder).appendingPathComponent(name).path, 0o755)
        }
        if !quiet {
            print("wrote sweep.sbatch (\(tasks) array tasks for \(study.pointCount) points), merge.sbatch and submit.sh to \(folder)/")
            print("submit with:  bash \(folder)/submit.sh")
            print("or by hand:   sbatch \(folder)/sweep.sbatch, then sbatch --dependency=afterok:<array job id> \(folder)/merge.sbatch")
        }
    }

    static func absolute(_ path: String, _ base: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: base + "/" + path).standardizedFileURL.path
    }

    /// `text` quoted for bash when it needs it.
    static func quoted(_ text: String) -> String {
        let safe = text.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "/._-=,:+@%".unicodeScalars.contains($0) }
        return safe && !text.isEmpty ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
