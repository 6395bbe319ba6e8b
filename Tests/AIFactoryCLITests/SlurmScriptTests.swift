import ArgumentParser
import Foundation
import Testing
@testable import AIFactoryCLI

/// Issue 21, item 4: an `--out` folder named `sw$(id>PWNED)` ran `id` when submit.sh ran, and
/// appeared unquoted on `#SBATCH` lines.
@Suite("sweep --slurm writes scripts no folder name can inject into")
struct SlurmScriptTests {
    /// Folder names every script must carry literally.
    static let carried = ["sw with space", "sw$(id>PWNED)", "sw`id>PWNED`", "sw;id>PWNED", "sw Zürich ÿ"]
    /// Folder names a `#SBATCH` line cannot carry, with the character the message names.
    static let refused = [("sw\"quote", "`\"`"), ("sw'quote", "`'`"), ("sw\nline", "a line break or control character"),
                          ("sw#hash", "`#`"), ("sw%percent", "`%`"), ("sw\\back", "`\\`")]

    /// A fresh folder for one test, removed afterwards by the caller.
    func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-slurm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func sweep(out: String) throws -> Sweep {
        try Sweep.parse([fixtures.path("valid-minimal.yaml"), "--vary", "site.electricity.price_eur_per_mwh=100,200",
                         "--out", out, "--slurm", "--quiet"])
    }

    /// Runs `bash` with `arguments` in `folder`, with `sbatch` a stand-in that records its
    /// arguments in `sbatch.log` and answers job id 4242; the status and standard output. The
    /// stand-in is an exported bash function, not a file: executing a file just written can
    /// fail with "text file busy" while parallel tests start processes.
    func bash(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["BASH_FUNC_sbatch%%"] = "() { printf '%s\\n' \"$@\" >> \"$SBATCH_LOG\"; echo 4242\n}"
        environment["SBATCH_LOG"] = folder.appendingPathComponent("sbatch.log").path
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("A folder with spaces, $(), backticks, ; or other letters is carried literally and runs nothing", arguments: carried)
    func folderIsCarriedLiterally(_ name: String) throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent(name).path
        let command = try sweep(out: out)
        try SlurmScripts.write(for: command, study: try command.study(), folder: out, quiet: true)

        for script in ["sweep.sbatch", "merge.sbatch", "submit.sh"] {
            #expect(try bash(["-n", out + "/" + script], in: base).status == 0, "\(script) is not valid bash")
        }
        let sweepScript = try String(contentsOfFile: out + "/sweep.sbatch", encoding: .utf8)
        let expectedOutput = name.contains(" ") ? "#SBATCH --output=\"\(out)/slurm-%A_%a.out\"" : "#SBATCH --output=\(out)/slurm-%A_%a.out"
        #expect(sweepScript.contains(expectedOutput + "\n"), "\(sweepScript)")

        let run = try bash([out + "/submit.sh"], in: base)
        #expect(run.status == 0)
        #expect(run.output == "submitted job array 4242 (2 tasks) and merge job 4242; sweep.csv will be in \(out)/\n")
        let log = try String(contentsOf: base.appendingPathComponent("sbatch.log"), encoding: .utf8)
        #expect(log.contains("\n\(out)/sweep.sbatch\n") || log.contains("--parsable\n\(out)/sweep.sbatch\n"), "\(log)")
        #expect(log.contains("\n\(out)/merge.sbatch\n"), "\(log)")
        #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("PWNED").path))
        #expect(!FileManager.default.fileExists(atPath: out + "/PWNED"))
    }

    @Test("A folder a #SBATCH line cannot carry is refused with a clear error, before anything is written", arguments: refused)
    func unsafeFolderIsRefused(_ name: String, _ shown: String) throws {
        let base = try scratch()
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent(name).path
        #expect {
            try SlurmScripts.checkFolder(out)
        } throws: { error in
            let message = (error as? SlurmPathError)?.description ?? ""
            return message.hasPrefix("--out: the folder \"") && message.contains("holds \(shown), which a #SBATCH line cannot carry")
                && !message.contains("\n")
        }
        let command = try sweep(out: out)
        #expect(throws: SlurmPathError.self) { try SlurmScripts.write(for: command, study: try command.study(), folder: out, quiet: true) }
        #expect(!FileManager.default.fileExists(atPath: out + "/submit.sh"))
    }
}
