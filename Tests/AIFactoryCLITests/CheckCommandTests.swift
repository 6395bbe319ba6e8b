import ArgumentParser
import Foundation
import TestSupport
import Testing
@testable import AIFactoryCLI

/// `aifactory check` on the real KTH SP2 replay scenario (the fastest shipped scenario) against
/// a copy of its committed baseline, changed on purpose.
@Suite("aifactory check")
struct CheckCommandTests {
    static let scenario = Repository.path("Scenarios/kth-sp2-replay.yaml")

    /// A temporary baseline folder holding a copy of Reports/kth-sp2-replay, changed by `edit`.
    static func baseline(_ edit: (URL) throws -> Void = { _ in }) throws -> URL {
        let folder = temporaryURL("check")
        let target = folder.appendingPathComponent("kth-sp2-replay")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.url("Reports/kth-sp2-replay"), to: target)
        try edit(target)
        return folder
    }

    static func replace(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test("The committed baseline matches a rerun: no change beyond tolerance")
    func committedBaselineMatches() throws {
        let folder = try Self.baseline()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Check.parse([Self.scenario, "--baseline", folder.path]).check(Self.scenario) == 0)
    }

    @Test("A perturbed baseline cell is caught with exit status 1")
    func perturbedCellIsCaught() throws {
        let folder = try Self.baseline { target in
            let url = target.appendingPathComponent("funding.csv")
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
            var cells = lines[1].components(separatedBy: ",")
            cells[2] = String(format: "%.2f", (Double(cells[2]) ?? 0) + 1_000)
            var changed = lines
            changed[1] = cells.joined(separator: ",")
            try changed.joined(separator: "\r\n").write(to: url, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ExitCode(1)) { try Check.parse([Self.scenario, "--baseline", folder.path]).run() }
    }

    @Test("A change within a column's tolerance passes")
    func changeWithinTolerancePasses() throws {
        let folder = try Self.baseline { target in
            let url = target.appendingPathComponent("monthly.csv")
            let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\r\n")
            let header = lines[0].components(separatedBy: ",")
            let column = try #require(header.firstIndex(of: "pue"))
            var changed = lines
            for index in 1..<lines.count where !lines[index].isEmpty {
                var cells = lines[index].components(separatedBy: ",")
                cells[column] = String(format: "%.6f", (Double(cells[column]) ?? 0) * 1.01)
                changed[index] = cells.joined(separator: ",")
            }
            try changed.joined(separator: "\r\n").write(to: url, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ExitCode(1)) { try Check.parse([Self.scenario, "--baseline", folder.path]).run() }
        let tolerant = try Check.parse([Self.scenario, "--baseline", folder.path, "--tolerance", "pue=0.02"])
        #expect(try tolerant.check(Self.scenario) == 0)
    }

    @Test("A missing baseline file, or an extra one, fails the check")
    func missingOrExtraFileFails() throws {
        let missing = try Self.baseline { try FileManager.default.removeItem(at: $0.appendingPathComponent("tenants.csv")) }
        defer { try? FileManager.default.removeItem(at: missing) }
        #expect(throws: ExitCode(1)) { try Check.parse([Self.scenario, "--baseline", missing.path]).run() }
        let extra = try Self.baseline { try "x\r\n1\r\n".write(to: $0.appendingPathComponent("stray.csv"), atomically: true, encoding: .utf8) }
        defer { try? FileManager.default.removeItem(at: extra) }
        #expect(throws: ExitCode(1)) { try Check.parse([Self.scenario, "--baseline", extra.path]).run() }
    }

    @Test("--update rewrites a broken baseline so that the next check passes")
    func updateRewritesTheBaseline() throws {
        let folder = try Self.baseline { target in
            try Self.replace(target.appendingPathComponent("summary.json"), "\"scenario\"", "\"scenario_old\"")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("kth-sp2-replay/summary.json")
        #expect(throws: ExitCode(1)) { try Check.parse([Self.scenario, "--baseline", folder.path]).run() }
        #expect(try Check.parse([Self.scenario, "--baseline", folder.path, "--update"]).check(Self.scenario) == 0)
        // The broken key is written back as the rerun has it, and a plain check finds no change.
        let rewritten = try String(contentsOf: summary, encoding: .utf8)
        #expect(rewritten.contains("\"scenario\": \"kth-sp2-replay\"") && !rewritten.contains("scenario_old"))
        #expect(try Check.parse([Self.scenario, "--baseline", folder.path]).check(Self.scenario) == 0)
    }

    @Test("A malformed --tolerance is a usage error")
    func malformedToleranceIsRefused() {
        #expect(throws: (any Error).self) { _ = try Check.parse(["--tolerance", "pue"]) }
        #expect(throws: (any Error).self) { _ = try Check.parse(["--tolerance", "pue=-1"]) }
    }
}
