import FactoryModel
import Foundation
import TestSupport
import Testing
import Workloads
@testable import FacilitySimulation

/// Issue 21, item 7: of 3,000 mutated SWF traces, 13 crashed `simulate` (a trace number
/// converted to a narrower integer, an overflow in the setup). Here the real KTH SP2 trace is
/// mutated in the ways that found them (huge values, negative times, missing fields, text that
/// is not a number, values at the 32- and 64-bit edges), one line at a time. Every mutant is
/// either refused at the mutated line with `FILE:LINE…: field N …`, or read and simulated
/// without a trap.
@Suite("Mutated real traces are refused at the bad line or simulate")
struct TraceMutationTests {
    /// The first 120 job lines of the KTH SP2 trace, with its header.
    static let base: [String] = {
        let text = (try? String(contentsOf: Repository.url("Scenarios/traces/KTH-SP2-1996-2.1-cln.swf"), encoding: .utf8)) ?? ""
        var lines: [String] = []
        var jobs = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if !line.hasPrefix(";") && !line.trimmingCharacters(in: .whitespaces).isEmpty { jobs += 1 }
            if jobs > 120 { break }
            lines.append(String(line))
        }
        return lines
    }()

    /// The values mutants put into a field.
    static let hostileValues = [
        "1e30", "1e300", "1e99999", "99999999999999999999", "4294967296", "2147483647", "2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "9223372036854775.807", "18446744073709551615",
        "100000001", "10000000000.5", "-1", "-5", "-0.001", "-0", "0", "0.0004", "1.5", "nan", "NaN", "-nan", "inf", "-inf",
        "0x10", "1e", "--1", "1_000", "١٢", "",
    ]

    /// How one mutant was made, for the test's name.
    struct Mutant: Sendable, CustomTestStringConvertible {
        let line: Int
        let text: [String]
        let what: String
        var testDescription: String { what }
    }

    /// The job lines, by their line number from 1.
    static var jobLineNumbers: [Int] {
        base.indices.filter { !base[$0].hasPrefix(";") && !base[$0].trimmingCharacters(in: .whitespaces).isEmpty }.map { $0 + 1 }
    }

    /// `base` with line `number` (from 1) changed by `change` applied to its fields.
    static func mutate(line number: Int, what: String, _ change: (inout [String]) -> Void) -> Mutant {
        var lines = base
        var fields = lines[number - 1].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        change(&fields)
        lines[number - 1] = fields.joined(separator: " ")
        return Mutant(line: number, text: lines, what: what)
    }

    /// Every hostile value in every field of one job line, each field deleted, and one added.
    static let systematic: [Mutant] = {
        let line = jobLineNumbers[40]
        var mutants: [Mutant] = []
        for field in 1...18 {
            for value in hostileValues {
                mutants.append(mutate(line: line, what: "field \(field) = \"\(value)\"") { $0[field - 1] = value })
            }
            mutants.append(mutate(line: line, what: "field \(field) deleted") { $0.remove(at: field - 1) })
        }
        mutants.append(mutate(line: line, what: "a 19th field") { $0.append("7") })
        return mutants
    }()

    /// Mutants as a fuzzer makes them: a random job line, a random field, a hostile value or a
    /// random string of digits, signs, points and exponents.
    static let random: [Mutant] = {
        var generator = SeededGenerator(state: 2_021)
        let lines = jobLineNumbers
        return (0..<400).map { index in
            let line = lines[Int.random(in: 0..<lines.count, using: &generator)]
            let field = Int.random(in: 1...18, using: &generator)
            let value: String
            if Bool.random(using: &generator) {
                value = hostileValues[Int.random(in: 0..<hostileValues.count, using: &generator)]
            } else {
                let alphabet = Array("0123456789999-.e+")
                value = String((0..<Int.random(in: 1...24, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
            }
            return mutate(line: line, what: "random \(index): line \(line) field \(field) = \"\(value)\"") { $0[field - 1] = value }
        }
    }()

    /// One month of the trace's machine (100 one-GPU nodes), replaying `trace`.
    static func scenario(_ trace: WorkloadTrace, gpusPerProcessor: Int) -> Scenario {
        let tenant = Tenant(name: "kth", quotaShare: 1, demand: Demand(pattern: .trace(path: "kth.swf", gpusPerProcessor: gpusPerProcessor)),
                            jobMix: nil, trace: trace)
        var scenario = TestFacilities.scenario(nodes: 100, tenants: [tenant], policy: .easy, months: 1)
        scenario.horizon = Month(year: 1996, month: 9)...Month(year: 1996, month: 9)
        scenario.buildOut = [BuildPhase(at: Month(year: 1996, month: 9), nodes: ["ideal": 100])]
        scenario.site.gridConnectionMW = [MonthlyStep(from: Month(year: 1996, month: 9), value: 1_000)]
        return scenario
    }

    /// Reads the mutant; a refusal must name the mutated line; an accepted trace must simulate.
    static func check(_ mutant: Mutant) throws {
        let path = "kth-mutant.swf"
        switch Result(catching: { () throws(TraceReadError) in try SWFReader.parse(text: mutant.text.joined(separator: "\n"), path: path) }) {
        case .failure(let error):
            #expect(error.path == path)
            // A repeated job number is reported at the later of its two lines.
            if error.message.contains("appears twice") {
                #expect(error.message.contains("\(mutant.line)"), "\(mutant.what): \(error)")
            } else {
                #expect(error.line == mutant.line, "\(mutant.what): \(error)")
                let fieldMessage = error.message.hasPrefix("field ") && error.column != nil
                let countMessage = error.message.hasPrefix("expected 18 fields")
                #expect(fieldMessage || countMessage, "\(mutant.what): \(error)")
            }
        case .success(let trace):
            for gpusPerProcessor in [1, 1_024] {
                do {
                    let result = try FacilitySimulator(scenario: scenario(trace, gpusPerProcessor: gpusPerProcessor)).runReplication(seed: 1)
                    #expect(result.monthly.count == 1)
                } catch {
                    // A clean refusal (a job too large for any pool) is fine; a trap is not.
                    #expect(!error.description.isEmpty)
                }
            }
        }
    }

    @Test("The unmutated excerpt is read and simulated")
    func baseSimulates() throws {
        let trace = try SWFReader.parse(text: Self.base.joined(separator: "\n"), path: "kth.swf")
        #expect(trace.jobs.count + trace.skips.total == 120)
        let result = try FacilitySimulator(scenario: Self.scenario(trace, gpusPerProcessor: 1)).runReplication(seed: 1)
        #expect(result.tenantTotals[0].jobsSubmitted > 0)
    }

    @Test("Every hostile value in every field, every field deleted, a field added", arguments: systematic)
    func systematicMutants(_ mutant: Mutant) throws { try Self.check(mutant) }

    @Test("Four hundred random mutants", arguments: random)
    func randomMutants(_ mutant: Mutant) throws { try Self.check(mutant) }
}
