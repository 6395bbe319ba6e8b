@testable import Evaluation
import FactoryModel
import Foundation
import TestSupport
import Testing

/// Files are written whole or not at all, and check's baselines are read and rewritten whole.
struct OutputFolderTests {

    // Issue 21, item 12: these printed "NSCocoaErrorDomain error 512" and
    // "AIFactoryCLI.OutputError error 1" instead of plain words.
    @Test("An output path under a file is refused in plain words, naming the file in the way")
    func outputUnderAFile() throws {
        let folder = temporaryURL("output-under-file")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write([OutputFile(name: "blocker", text: "x")])
        let blocker = folder.appendingPathComponent("blocker").path
        #expect {
            try OutputFolder(path: blocker + "/out").write([OutputFile(name: "a.csv", text: "x\r\n")])
        } throws: { error in
            (error as? OutputError)?.message == "cannot create the output folder \(blocker)/out: \(blocker) is a file, not a folder; choose another output path"
        }
    }

    @Test("An output file that is a folder is refused in plain words")
    func outputFileIsAFolder() throws {
        let folder = temporaryURL("output-is-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a.csv"), withIntermediateDirectories: true)
        #expect {
            try OutputFolder(path: folder.path).write([OutputFile(name: "a.csv", text: "x\r\n")])
        } throws: { error in
            (error as? OutputError)?.message == "cannot write \(folder.path)/a.csv: it is a folder; expected a file name there, or a folder without one of that name"
        }
    }

    @Test("A full disk and other system errors are named in words, never by a library's error number",
          arguments: [
            (NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC)), "the disk is full"),
            (NSError(domain: NSCocoaErrorDomain, code: 512, userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))]), "the disk is full"),
            (NSError(domain: NSCocoaErrorDomain, code: 640), "the disk is full"),
            (NSError(domain: NSCocoaErrorDomain, code: 513), "permission denied"),
            (NSError(domain: NSCocoaErrorDomain, code: 512), "the system could not complete it"),
          ])
    func systemErrorsInWords(_ error: NSError, _ expected: String) {
        #expect(OutputFolder.reason(error) == expected)
    }

    @Test("A baseline file of binary garbage is named as not being text")
    func garbageBaseline() throws {
        let folder = temporaryURL("garbage-baseline")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("monthly.csv")
        try Data([0xFF, 0xFE, 0x00, 0x80, 0xC3, 0x28]).write(to: file)
        #expect {
            _ = try BaselineStore.text(of: file)
        } throws: { error in
            (error as? OutputError)?.message == "the baseline file \(file.path) is not UTF-8 text; restore it from version control, or rewrite the baseline with `aifactory check --update`"
        }
    }
    @Test("Files are written whole, into subfolders as named, with no temporary file left behind")
    func writesWholeFiles() throws {
        let folder = temporaryURL("output-folder")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write([
            OutputFile(name: "a.csv", text: "x,y\r\n1,2\r\n"),
            OutputFile(name: "plan/b.csv", text: "z\r\n"),
        ])
        #expect(try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "x,y\r\n1,2\r\n")
        #expect(try String(contentsOf: folder.appendingPathComponent("plan/b.csv"), encoding: .utf8) == "z\r\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["a.csv", "plan"])
    }

    @Test("A file that cannot be written throws a plain message and leaves the old file as it was")
    func failedWriteKeepsTheOldFile() throws {
        let folder = temporaryURL("output-folder-fail")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).write([OutputFile(name: "a.csv", text: "old\r\n")])
        // A folder where the file should be: rename(2) cannot replace it.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b.csv"), withIntermediateDirectories: false)
        #expect(throws: OutputError.self) {
            try OutputFolder(path: folder.path).write([OutputFile(name: "b.csv", text: "new\r\n")])
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("a.csv"), encoding: .utf8) == "old\r\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["a.csv", "b.csv"])
    }

    @Test("A baseline is read without README.md and report.html, and rewriting it removes stale files")
    func baselineRewriteRemovesStaleFiles() throws {
        let root = temporaryURL("baseline")
        defer { try? FileManager.default.removeItem(at: root) }
        let scenario = try Repository.fixtures(of: "EvaluationTests").scenario("small")
        let store = BaselineStore(path: root.path)
        try OutputFolder(path: store.folder(of: scenario).path).write([
            OutputFile(name: "monthly.csv", text: "old\r\n"), OutputFile(name: "stale.csv", text: "gone\r\n"),
            OutputFile(name: "README.md", text: "notes"), OutputFile(name: "report.html", text: "<html>"),
            OutputFile(name: "plan/buildout.csv", text: "b\r\n"),
        ])
        let old = try store.files(of: scenario)
        #expect(old.keys.sorted() == ["monthly.csv", "plan/buildout.csv", "stale.csv"])
        try store.rewrite(scenario, old: old, new: ["monthly.csv": "new\r\n", "plan/buildout.csv": "b2\r\n"])
        let now = try store.files(of: scenario)
        #expect(now == ["monthly.csv": "new\r\n", "plan/buildout.csv": "b2\r\n"])
        #expect(FileManager.default.fileExists(atPath: store.folder(of: scenario).appendingPathComponent("README.md").path))
    }

    @Test("plan.yaml's extends path is relative to the plan folder", arguments: [
        ("/r/Reports/nl/plan", "/r/Scenarios/nl.yaml", "../../../Scenarios/nl.yaml"),
        ("/r/out", "/r/out/s.yaml", "s.yaml"),
        ("/a/b", "/c/d.yaml", "../../c/d.yaml"),
    ])
    func relativePaths(_ base: String, _ target: String, _ expected: String) {
        #expect(OutputFiles.relativePath(from: base, to: target) == expected)
    }
}
