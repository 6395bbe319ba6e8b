@testable import Evaluation
import Foundation
import TestSupport
import Testing

/// A run's files change together (issue 21, item 9): written whole into a staging folder, then
/// committed by journalled renames; a failure leaves the earlier set as it was.
struct OutputSetTests {
    /// A run's set as `simulate --report` writes it, its texts marked with `seed`.
    static func runSet(seed: Int) -> [OutputFile] {
        ["monthly.csv", "tenants.csv", "summary.json", "report.html"].map { OutputFile(name: $0, text: "\($0) of seed \(seed)\n") }
    }

    /// Every entry of `folder` and its subfolders (hidden ones too), by relative path, with the
    /// text of each file ("/" for a folder).
    static func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        for name in names {
            let path = folder.appendingPathComponent(name).path
            result[name] = OutputFolder.isFolder(path) ? "/" : try String(contentsOfFile: path, encoding: .utf8)
        }
        return result
    }

    /// A writer that fails with `code` for the file named `failing` (the disk filling up just
    /// then) and writes the others.
    static func writer(failingOn failing: String, with code: Int32 = ENOSPC) -> FileWriter {
        FileWriter { bytes, path, executable in
            URL(fileURLWithPath: path).lastPathComponent == failing ? code : FileCalls.writeFile(bytes, to: path, executable: executable)
        }
    }

    @Test("A full disk while writing report.html leaves the earlier run's set byte for byte, and no staging folder")
    func fullDiskKeepsTheEarlierSet() throws {
        let folder = temporaryURL("full-disk")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1))
        let before = try Self.contents(folder)

        let failing = OutputFolder(path: folder.path, writer: Self.writer(failingOn: "report.html"))
        #expect {
            try failing.write(Self.runSet(seed: 2), replacing: OutputFiles.simulationNames)
        } throws: { error in
            (error as? OutputError)?.message == "cannot write \(folder.path)/report.html: the disk is full; nothing in \(folder.path) was changed"
        }
        #expect(try Self.contents(folder) == before)
    }

    @Test("A failure on any file of the set, first or last, changes nothing", arguments: ["monthly.csv", "summary.json", "report.html"])
    func anyFailureChangesNothing(_ failingName: String) throws {
        let folder = temporaryURL("any-failure")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1) + [OutputFile(name: "jobs.csv", text: "jobs of seed 1\n")])
        let before = try Self.contents(folder)
        let failing = OutputFolder(path: folder.path, writer: Self.writer(failingOn: failingName, with: EDQUOT))
        #expect(throws: OutputError.self) { try failing.write(Self.runSet(seed: 2), replacing: OutputFiles.simulationNames) }
        #expect(try Self.contents(folder) == before)
    }

    @Test("A run replaces its own names, removes those it supersedes, and leaves subfolders and others' files alone")
    func replacesOnlyItsOwnSet() throws {
        let folder = temporaryURL("own-set")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1) + [
            OutputFile(name: "jobs.csv", text: "jobs\n"), OutputFile(name: "tornado.csv", text: "tornado\n"),
            OutputFile(name: "notes.txt", text: "mine\n"), OutputFile(name: "plan/buildout.csv", text: "plan\n"),
        ])
        let second = Self.runSet(seed: 2).filter { $0.name != "report.html" }
        try OutputFolder(path: folder.path).write(second, replacing: OutputFiles.simulationNames)
        var expected: [String: String] = ["tornado.csv": "tornado\n", "notes.txt": "mine\n", "plan": "/", "plan/buildout.csv": "plan\n"]
        for file in second { expected[file.name] = file.text }
        #expect(try Self.contents(folder) == expected)
    }

    @Test("A commit whose rename fails part-way is rolled back to the earlier set")
    func failedRenameRollsBack() throws {
        let folder = temporaryURL("rollback")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1))
        let before = try Self.contents(folder)
        let lock = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write))
        let staged = try OutputCommit.stage(Self.runSet(seed: 2) + [OutputFile(name: "zz-new.csv", text: "new\n")],
                                            superseding: [], in: folder.path, writer: .system)
        // A folder appears where the last file goes: its rename fails after the others are done.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("zz-new.csv/inside"), withIntermediateDirectories: true)
        #expect(throws: OutputError.self) { try OutputCommit.commit([staged]) }
        staged.discard()
        lock.release()
        var expected = before
        expected["zz-new.csv"] = "/"
        expected["zz-new.csv/inside"] = "/"
        #expect(try Self.contents(folder) == expected)
    }

    @Test("A run killed after its journal is finished by the next holder of the lock")
    func journalIsRolledForward() throws {
        let folder = temporaryURL("roll-forward")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1) + [OutputFile(name: "jobs.csv", text: "jobs\n")])
        let lock = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write))
        let staged = try OutputCommit.stage(Self.runSet(seed: 2), superseding: ["jobs.csv"], in: folder.path, writer: .system)
        #expect(staged.writeJournal() == nil)
        // The kill: one file moved in, the rest not; the staging folder stays behind.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("monthly.csv"))
        try FileManager.default.moveItem(atPath: staged.staging + "/new/monthly.csv", toPath: folder.appendingPathComponent("monthly.csv").path)
        lock.release()

        try OutputFolder(path: folder.path).locked {}
        var expected: [String: String] = [:]
        for file in Self.runSet(seed: 2) { expected[file.name] = file.text }
        #expect(try Self.contents(folder) == expected)
    }

    @Test("A run killed before its journal leaves the earlier set, and its staging folder is removed by the next holder")
    func unjournalledStagingIsDiscarded() throws {
        let folder = temporaryURL("discard")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1))
        let before = try Self.contents(folder)
        let lock = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write))
        _ = try OutputCommit.stage(Self.runSet(seed: 2), superseding: [], in: folder.path, writer: .system)
        // A temporary file of a single-file write by a process that is gone.
        try "partial".write(toFile: folder.appendingPathComponent(".summary.json.partial-\(try deadProcessID())-5eed").path, atomically: false, encoding: .utf8)
        lock.release()

        try OutputFolder(path: folder.path).reading {}
        #expect(try Self.contents(folder) == before)
    }

    @Test("A run killed while rolling back is rolled back by the next holder of the lock")
    func rollbackIsFinished() throws {
        let folder = temporaryURL("finish-rollback")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1))
        let before = try Self.contents(folder)
        let lock = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write))
        let staged = try OutputCommit.stage(Self.runSet(seed: 2) + [OutputFile(name: "extra.csv", text: "x\n")], superseding: [], in: folder.path, writer: .system)
        #expect(staged.writeJournal() == nil)
        #expect(staged.rollForward() == nil)
        // The kill came just after the failed commit was marked for rollback.
        try FileManager.default.moveItem(atPath: staged.staging + "/commit", toPath: staged.staging + "/rollback")
        lock.release()

        try OutputFolder(path: folder.path).locked {}
        #expect(try Self.contents(folder) == before)
    }

    @Test("A name that leaves the folder or takes a staging folder's name is refused", arguments: ["../escaped.csv", "a/../../b.csv", ".aifactory.lock"])
    func unsafeNamesAreRefused(_ name: String) throws {
        let folder = temporaryURL("unsafe-name")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: OutputError.self) { try OutputFolder(path: folder.path).write([OutputFile(name: name, text: "x")]) }
        #expect(!FileManager.default.fileExists(atPath: folder.deletingLastPathComponent().appendingPathComponent("escaped.csv").path))
    }

    @Test("Scripts are written executable")
    func scriptsAreExecutable() throws {
        let folder = temporaryURL("scripts")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write([OutputFile(name: "submit.sh", text: "#!/bin/sh\n", isExecutable: true), OutputFile(name: "a.csv", text: "x\n")])
        #expect(FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("submit.sh").path))
        #expect(!FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("a.csv").path))
    }

    @Test("A read-only output folder is refused in plain words and its files stay as they were (skipped as root, where chmod does not bite)",
          .enabled(if: getuid() != 0))
    func readOnlyFolder() throws {
        let folder = temporaryURL("read-only")
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        try OutputFolder(path: folder.path).write(Self.runSet(seed: 1))
        let before = try Self.contents(folder)
        chmod(folder.path, 0o555)
        #expect {
            try OutputFolder(path: folder.path).write(Self.runSet(seed: 2))
        } throws: { error in
            (error as? OutputError)?.message == "cannot write in the output folder \(folder.path): permission denied; nothing in it was changed"
        }
        #expect(try Self.contents(folder) == before)
    }
}

/// The id of a process that has ended (a finished /bin/true), for lock files and temporary
/// files left by a dead process.
func deadProcessID() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}
