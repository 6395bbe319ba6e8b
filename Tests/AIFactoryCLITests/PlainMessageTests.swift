import ArgumentParser
import Foundation
import TestSupport
import Testing
@testable import AIFactoryCLI

/// Issue 21, item 12: what the commands print says things in words, and sweep takes the
/// `--csv-dialect` every CSV command takes.
@Suite("Commands speak in plain words")
struct PlainMessageTests {
    @Test("A cost per GPU-hour with no GPU-hours delivered is said in words, never €nan",
          arguments: [(Double.nan, "— (no GPU-hours delivered)"), (Double.infinity, "— (no GPU-hours delivered)"), (1.234, "€1.23")])
    func costPerGPUHour(_ euros: Double, _ expected: String) {
        #expect(Validate.perGPUHour(euros) == expected)
    }

    @Test("sweep --csv-dialect writes the final sweep.csv in that dialect and keeps its point store RFC 4180")
    func sweepTakesTheDialect() throws {
        let out = temporaryURL("sweep-dialect")
        defer { try? FileManager.default.removeItem(at: out) }
        var command = try Sweep.parse([fixtures.path("valid-minimal.yaml"), "--vary", "site.electricity.price_eur_per_mwh=100,200",
                                       "--replications", "1", "--out", out.path, "--csv-dialect", "excel-nl", "--quiet"])
        try command.run()
        let bytes = try Data(contentsOf: out.appendingPathComponent("sweep.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "excel-nl starts with a byte-order mark")
        let header = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\r\n").first ?? ""
        #expect(header.hasPrefix("point;"), "\(header.prefix(40))")
        let points = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("points").path).filter { $0.hasSuffix(".csv") }
        #expect(!points.isEmpty)
        for point in points {
            let data = try Data(contentsOf: out.appendingPathComponent("points").appendingPathComponent(point))
            #expect(data.first != 0xEF && !data.contains(UInt8(ascii: ";")), "\(point)")
        }
    }
}
