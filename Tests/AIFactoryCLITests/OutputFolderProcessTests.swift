import Foundation
import TestSupport
import Testing

/// Issue 21, items 9 and 13 and "Beyond the reproducers": real `aifactory` processes writing
/// one folder at once, interrupted by real signals, on a full disk and a read-only folder.
/// Serialized: the timings mean something only when these processes do not queue for cores
/// behind each other.
@Suite("Output folders under concurrent writers, signals, a full disk and no permission", .serialized)
struct OutputFolderProcessTests {
    /// A run of about 0.3 s in a debug build (one quarter, one replication).
    static let shortRun = fixtures.path("short-run.yaml")
    /// A run of about 5 s in a debug build, long enough to be interrupted at 0.2, 1 and 3 s.
    static let longRun = fixtures.path("valid-minimal.yaml")

    /// How many concurrent trials to run: `AIFACTORY_TRIALS`, else 20.
    static let trials = Int(ProcessInfo.processInfo.environment["AIFACTORY_TRIALS"] ?? "") ?? 20

    /// A fresh folder for one test; the caller removes it.
    static func scratch(_ label: String) throws -> URL {
        let folder = temporaryURL(label)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The files `simulate SCENARIO --seed SEED` writes, as a reference set.
    static func reference(_ scenario: String, seed: Int, in base: URL, extra: [String] = []) throws -> [String: Data] {
        let out = base.appendingPathComponent("reference-\(seed)")
        let run = try BuiltCommand.run(["simulate", scenario, "--seed", String(seed), "--out", out.path, "--quiet"] + extra, in: base)
        try #require(run.exited(0), "reference run failed: \(run.errors)")
        return try folderContents(out)
    }

    @Test("Two simulate runs into one folder at once never mix: each finishes or fails naming the other, and the folder holds one run's whole set")
    func concurrentSimulates() throws {
        let base = try Self.scratch("concurrent")
        defer { try? FileManager.default.removeItem(at: base) }
        let references = [1: try Self.reference(Self.shortRun, seed: 1, in: base), 2: try Self.reference(Self.shortRun, seed: 2, in: base)]
        #expect(references[1] != references[2])
        var generator = SeededGenerator(state: 21)
        var outcomes: [String: Int] = [:]
        for trial in 0..<Self.trials {
            let out = base.appendingPathComponent("trial-\(trial)")
            let first = try BuiltCommand.start(["simulate", Self.shortRun, "--seed", "1", "--out", out.path, "--quiet"], in: base)
            usleep(UInt32.random(in: 0...300_000, using: &generator))
            let second = try BuiltCommand.start(["simulate", Self.shortRun, "--seed", "2", "--out", out.path, "--quiet"], in: base)
            let results = [(first.finish(), second), (second.finish(), first)]
            for (result, other) in results {
                #expect(result.exited(0) || (result.exited(1) && result.errors.contains(
                    "\(out.path) is being written by process \(other.pid) (aifactory simulate), started ")), "trial \(trial): \(result.errors)")
            }
            #expect(results.contains { $0.0.exited(0) }, "trial \(trial): neither run finished")
            let contents = try folderContents(out)
            let winner = references.first { $0.value == contents }?.key
            #expect(winner != nil, "trial \(trial): the folder holds neither run's set: \(contents.keys.sorted())")
            outcomes["seed \(winner ?? 0), exits \(results[0].0.status)/\(results[1].0.status)", default: 0] += 1
        }
        // Both orders happen over the trials (the later run waits for the lock, then writes).
        print("concurrent simulate outcomes over \(Self.trials) trials: \(outcomes.sorted { $0.key < $1.key })")
    }

    @Test("A run that would wait longer than the lock's patience fails at once, naming the writer, and changes nothing")
    func busyFolderFailsClearly() throws {
        let base = try Self.scratch("busy")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("out")
        let earlier = try BuiltCommand.run(["simulate", Self.shortRun, "--seed", "7", "--out", out.path, "--quiet"], in: base)
        try #require(earlier.exited(0), "\(earlier.errors)")
        let before = try folderContents(out)
        // The writer runs 200 replications of the long scenario: minutes on any machine, so it
        // still holds the lock when the second run gives up, however fast the machine is.
        let writer = try BuiltCommand.start(["simulate", Self.longRun, "--seed", "8", "--replications", "200", "--cores", "1",
                                             "--out", out.path, "--quiet"], in: base)
        usleep(1_000_000)
        let began = Date()
        let second = try BuiltCommand.run(["simulate", Self.shortRun, "--seed", "9", "--out", out.path, "--quiet"], in: base)
        let waited = Date().timeIntervalSince(began)
        writer.send(SIGTERM)
        let stopped = writer.finish()
        #expect(stopped.signalled && stopped.status == SIGTERM, "the writer ended before the test stopped it: \(stopped.status) \(stopped.errors)")
        #expect(second.exited(1))
        #expect(second.errors.hasPrefix("\(out.path) is being written by process \(writer.pid) (aifactory simulate), started "), "\(second.errors)")
        #expect(second.errors.contains("; wait for it or remove \(out.path)/.aifactory.lock if that process is gone"))
        #expect(waited < 4.5, "it waited \(waited) s")
        #expect(try folderContents(out) == before)
        #expect(try leftovers(in: out).isEmpty)
    }

    /// Moments and signals to interrupt at: early (loading), mid-run, late.
    static let interruptions: [(Double, Int32)] = [(0.2, SIGINT), (1, SIGTERM), (3, SIGINT)]

    /// Starts `arguments`, sends `signal` after `seconds`, and returns how it ended. Before 3 s
    /// every run here is still going (they take 5 s or more in a debug build), so it must end
    /// by the signal; later it may have finished first.
    static func interrupt(_ arguments: [String], in base: URL, after seconds: Double, with signal: Int32) throws -> FinishedCommand {
        let running = try BuiltCommand.start(arguments, in: base)
        usleep(UInt32(seconds * 1_000_000))
        running.send(signal)
        let ended = running.finish()
        #expect(ended.signalled ? ended.status == signal : ended.exited(0) && seconds >= 3, "\(ended.status) \(ended.errors)")
        return ended
    }

    /// `source` copied to a fresh `target` (the state one interruption starts from).
    static func copy(_ source: URL, to target: URL) throws {
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.copyItem(at: source, to: target)
    }

    @Test("SIGINT or SIGTERM at 0.2, 1 and 3 s into simulate leaves the earlier set or the new one, never a mix, and nothing temporary")
    func interruptedSimulate() throws {
        let base = try Self.scratch("signal-simulate")
        defer { try? FileManager.default.removeItem(at: base) }
        let earlier = base.appendingPathComponent("earlier")
        let run = try BuiltCommand.run(["simulate", Self.longRun, "--seed", "1", "--out", earlier.path, "--report", "--quiet"], in: base)
        try #require(run.exited(0))
        let before = try folderContents(earlier)
        for (seconds, signal) in Self.interruptions {
            let out = base.appendingPathComponent("out")
            try Self.copy(earlier, to: out)
            let ended = try Self.interrupt(["simulate", Self.longRun, "--seed", "2", "--out", out.path, "--quiet"], in: base, after: seconds, with: signal)
            let after = try folderContents(out)
            if ended.signalled {
                #expect(after == before, "at \(seconds) s")
            } else {
                // The run beat the signal: the whole new set, without the old report.html.
                #expect(after.keys.sorted() == before.keys.filter { $0 != "report.html" }.sorted())
            }
            #expect(try leftovers(in: base).isEmpty, "at \(seconds) s")
        }
    }

    @Test("A simulate interrupted before it wrote anything leaves no folder behind")
    func interruptedFirstRunLeavesNoFolder() throws {
        let base = try Self.scratch("signal-first")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("new/out")
        _ = try Self.interrupt(["simulate", Self.longRun, "--out", out.path, "--quiet"], in: base, after: 1, with: SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: base.path).isEmpty)
    }

    @Test("SIGINT or SIGTERM at 0.2, 1 and 3 s into plan leaves the plan folder's earlier set and nothing temporary")
    func interruptedPlan() throws {
        let base = try Self.scratch("signal-plan")
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("plan")
        let plan = ["plan", Self.longRun, "--out", out.path, "--export-lp", out.appendingPathComponent("plan.mps").path, "--quiet"]
        let run = try BuiltCommand.run(plan, in: base)
        try #require(run.exited(0), "\(run.errors)")
        let before = try folderContents(out)
        #expect(before["plan.mps"] != nil)
        for (seconds, signal) in Self.interruptions {
            // The same scenario plans to the same bytes, so finished or not the folder is `before`.
            let ended = try Self.interrupt(plan, in: base, after: seconds, with: signal)
            #expect(try folderContents(out) == before, "at \(seconds) s, finished: \(!ended.signalled)")
            #expect(try leftovers(in: base).isEmpty, "at \(seconds) s")
        }
    }

    @Test("A sweep interrupted at 0.2, 1 and 3 s leaves only whole points, and its rerun resumes to the same bytes as an uninterrupted sweep")
    func interruptedSweepResumes() throws {
        let base = try Self.scratch("signal-sweep")
        defer { try? FileManager.default.removeItem(at: base) }
        let sweep = { (out: URL) in ["sweep", Self.shortRun, "--vary", "site.electricity.price_eur_per_mwh=100:390:10", "--out", out.path, "--cores", "1", "--quiet"] }
        let whole = base.appendingPathComponent("whole")
        let uninterrupted = try BuiltCommand.run(sweep(whole), in: base)
        try #require(uninterrupted.exited(0), "\(uninterrupted.errors)")
        let expected = try folderContents(whole)
        for (seconds, signal) in Self.interruptions {
            let out = base.appendingPathComponent("interrupted-\(seconds)")
            _ = try Self.interrupt(sweep(out), in: base, after: seconds, with: signal)
            #expect(try leftovers(in: base).isEmpty, "at \(seconds) s")
            if FileManager.default.fileExists(atPath: out.path) {
                for (name, bytes) in try folderContents(out) where name.hasPrefix("points/") {
                    #expect(bytes == expected[name], "at \(seconds) s, \(name) is not the uninterrupted sweep's point")
                }
            }
            let resumed = try BuiltCommand.run(sweep(out), in: base)
            #expect(resumed.exited(0), "\(resumed.errors)")
            #expect(try folderContents(out) == expected, "at \(seconds) s")
        }
    }

    @Test("SIGINT or SIGTERM at 0.2, 1, 3 and 7 s into check --update leaves the earlier baseline or the new one, and nothing temporary")
    func interruptedCheckUpdate() throws {
        let base = try Self.scratch("signal-check")
        defer { try? FileManager.default.removeItem(at: base) }
        let baseline = base.appendingPathComponent("Reports")
        try #require(try BuiltCommand.run(["plan", Self.longRun, "--out", baseline.appendingPathComponent("minimal/plan").path, "--quiet"], in: base).exited(0))
        try #require(try BuiltCommand.run(["check", "--update", "--baseline", baseline.path, Self.longRun], in: base).exited(0))
        let fresh = try folderContents(baseline)
        // An outdated baseline, to tell the earlier set from the new one.
        for name in ["minimal/monthly.csv", "minimal/plan/rounds.csv"] {
            let url = baseline.appendingPathComponent(name)
            try (try String(contentsOf: url, encoding: .utf8) + "outdated\r\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let outdatedBaseline = base.appendingPathComponent("outdated")
        try Self.copy(baseline, to: outdatedBaseline)
        let outdated = try folderContents(outdatedBaseline)
        for (seconds, signal) in Self.interruptions + [(7, SIGTERM)] {
            try Self.copy(outdatedBaseline, to: baseline)
            let ended = try Self.interrupt(["check", "--update", "--baseline", baseline.path, Self.longRun], in: base, after: seconds, with: signal)
            #expect(try folderContents(baseline) == (ended.signalled ? outdated : fresh), "at \(seconds) s")
            #expect(try leftovers(in: base).isEmpty, "at \(seconds) s")
        }
    }

    @Test("SIGTERM during a plain check leaves the baseline as it was, with no lock file and no kept-outputs folder")
    func interruptedCheck() throws {
        let base = try Self.scratch("signal-check-plain")
        defer { try? FileManager.default.removeItem(at: base) }
        let baseline = base.appendingPathComponent("Reports")
        try #require(try BuiltCommand.run(["check", "--update", "--baseline", baseline.path, Self.shortRun], in: base).exited(0))
        // Outdated, so that the check would keep its new outputs at the end.
        let monthly = baseline.appendingPathComponent("short-run/monthly.csv")
        try (try String(contentsOf: monthly, encoding: .utf8) + "outdated\r\n").write(to: monthly, atomically: true, encoding: .utf8)
        let before = try folderContents(baseline)
        let running = try BuiltCommand.start(["check", "--baseline", baseline.path, Self.longRun, Self.shortRun], in: base)
        usleep(1_000_000)
        running.send(SIGTERM)
        let ended = running.finish()
        #expect(ended.signalled && ended.status == SIGTERM)
        #expect(try folderContents(baseline) == before)
        for name in ["minimal", "short-run"] {
            let kept = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-check-\(name)-\(running.pid)")
            #expect(!FileManager.default.fileExists(atPath: kept.path))
        }
    }

    /// Whether this process may make a mount namespace and mount a tmpfs in it.
    static let canMountTmpfs: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    @Test("On a nearly full disk a second simulate --report fails in plain words and leaves the first run's set byte for byte (a tmpfs in a mount namespace; skipped where one cannot be made)",
          .enabled(if: canMountTmpfs))
    func fullDisk() throws {
        let base = try Self.scratch("full-disk")
        defer { try? FileManager.default.removeItem(at: base) }
        let disk = base.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        // Room for the second run's CSV and JSON files (in 4 KiB pages) and its lock, not for
        // its report.html: the failure comes on the last file, as in issue 21's reproducer.
        let script = """
        set -e
        mount -t tmpfs -o size=1m tmpfs "$DISK"
        "$BIN" simulate "$SCENARIO" --out "$DISK/out" --report --quiet
        cp -a "$DISK/out" "$HOST/before"
        keep=$(for f in "$DISK"/out/*; do [ "${f##*/}" = report.html ] || stat -c %s "$f"; done | awk '{p += int(($1 + 4095) / 4096)} END {print (p + 3) * 4096}')
        dd if=/dev/zero of="$DISK/filler" bs=4096 2>/dev/null || true
        truncate -s -"$keep" "$DISK/filler"
        set +e
        "$BIN" simulate "$SCENARIO" --seed 2 --out "$DISK/out" --report --quiet 2> "$HOST/errors"
        echo $? > "$HOST/status"
        cp -a "$DISK/out" "$HOST/after"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", script]
        process.environment = ["DISK": disk.path, "HOST": base.path, "BIN": BuiltCommand.url.path, "SCENARIO": Self.shortRun, "PATH": "/usr/bin:/bin"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let status = try String(contentsOf: base.appendingPathComponent("status"), encoding: .utf8)
        let errors = try String(contentsOf: base.appendingPathComponent("errors"), encoding: .utf8)
        #expect(status == "1\n")
        #expect(errors == "cannot write \(disk.path)/out/report.html: the disk is full; nothing in \(disk.path)/out was changed\n")
        #expect(try folderContents(base.appendingPathComponent("after")) == folderContents(base.appendingPathComponent("before")))
    }

    @Test("A folder the user cannot write is refused in plain words and left as it was (chmod 555; as root, run as nobody, for whom chmod bites)")
    func readOnlyFolder() throws {
        let launcher = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        try #require(launcher.isEmpty || FileManager.default.isExecutableFile(atPath: launcher[0]), "as root this test needs setpriv")
        let base = try Self.scratch("read-only")
        defer {
            chmod(base.appendingPathComponent("out").path, 0o755)
            try? FileManager.default.removeItem(at: base)
        }
        chmod(base.path, 0o755)
        // The scenario is copied next to the folder: the checkout may sit in a folder that user
        // nobody cannot read (a clone inside `mktemp -d`, mode 700).
        let scenario = base.appendingPathComponent("short-run.yaml")
        for (source, name) in [(Self.shortRun, "short-run.yaml"), (Self.longRun, "valid-minimal.yaml")] {  // short-run extends valid-minimal
            try FileManager.default.copyItem(atPath: source, toPath: base.appendingPathComponent(name).path)
            chmod(base.appendingPathComponent(name).path, 0o644)
        }
        let out = base.appendingPathComponent("out")
        try #require(try BuiltCommand.run(["simulate", scenario.path, "--out", out.path, "--quiet"], in: base).exited(0))
        let before = try folderContents(out)
        chmod(out.path, 0o555)
        let run = try BuiltCommand.start(["simulate", scenario.path, "--seed", "2", "--out", out.path, "--quiet"], in: base, launcher: launcher).finish()
        #expect(run.exited(1))
        #expect(run.errors == "cannot write in the output folder \(out.path): permission denied; nothing in it was changed\n")
        #expect(try folderContents(out) == before)
    }
}
