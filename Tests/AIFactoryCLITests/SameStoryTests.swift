import Foundation
import TestSupport
import Testing

/// Issue 14, item 3: the terminal, summary.json, the CSV files and the briefing of one
/// `simulate` run tell the same story: the means over the replications, with the same rounding.
@Suite("Terminal, CSV files, summary.json and briefing agree")
struct SameStoryTests {
    /// One run of three replications with a briefing: its terminal output and its files.
    struct Run: Sendable {
        let terminal: String
        let summaryText: String
        /// summary.json, parsed.
        var summary: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(summaryText.utf8))) as? [String: Any] ?? [:] }
        let monthly: [[String: String]]
        let tenants: [[String: String]]
        let finance: [[String: String]]
        let briefing: String
        let perReplication: [[[String: String]]]
        let perReplicationFinance: [[[String: String]]]
    }

    /// The one run every test reads (simulated once: about 10 s in a debug build).
    static let shared = Result { try simulate() }

    static func simulate() throws -> Run {
        let base = temporaryURL("same-story")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: base) }
        let out = base.appendingPathComponent("out")
        let run = try BuiltCommand.run(["simulate", fixtures.path("valid-minimal.yaml"), "--replications", "3", "--out", out.path,
                                        "--report", "--per-replication"], in: base)
        try #require(run.exited(0), "\(run.errors)")
        func text(_ name: String) throws -> String { try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        return Run(terminal: run.output, summaryText: try text("summary.json"), monthly: try table(text("monthly.csv")), tenants: try table(text("tenants.csv")),
                   finance: try table(text("finance.csv")), briefing: try text("report.html"),
                   perReplication: try (1...3).map { try table(text("replications/00\($0)/monthly.csv")) },
                   perReplicationFinance: try (1...3).map { try table(text("replications/00\($0)/finance.csv")) })
    }

    /// A plain CSV (no quoted commas in these files' numbers) as rows of column → cell.
    static func table(_ text: String) throws -> [[String: String]] {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(lines.first)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// `facility.NAME` (or `tenants[TENANT].NAME`) of summary.json: mean, lower, upper.
    static func estimate(_ run: Run, _ name: String, tenant: String? = nil) throws -> (mean: Double, lower: Double, upper: Double) {
        let block: [String: Any]
        if let tenant {
            let tenants = try #require(run.summary["tenants"] as? [[String: Any]])
            block = try #require(tenants.first { $0["tenant"] as? String == tenant })
        } else {
            block = try #require(run.summary["facility"] as? [String: Any])
        }
        let figure = try #require(block[name] as? [String: Any], "\(name)")
        return (try #require(figure["mean"] as? Double), try #require(figure["ci95_lower"] as? Double), try #require(figure["ci95_upper"] as? Double))
    }

    static func sum(_ rows: [[String: String]], _ column: String, where keep: ([String: String]) -> Bool = { _ in true }) -> Double {
        rows.filter(keep).reduce(0) { $0 + (Double($1[column] ?? "") ?? .nan) }
    }

    @Test("Utilisation reads the same on the terminal, in summary.json, in the briefing and from monthly.csv")
    func utilisationAgrees() throws {
        let run = try Self.shared.get()
        let utilisation = try Self.estimate(run, "mean_utilisation")
        let shown = String(format: "%.1f %%", 100 * utilisation.mean)
        let interval = String(format: "%.1f–%.1f", 100 * utilisation.lower, 100 * utilisation.upper)
        #expect(run.terminal.contains("utilisation of installed GPUs \(shown) (95 % CI \(interval))"), "\(run.terminal)")
        #expect(run.briefing.contains("<div class=\"value\">\(shown)</div><div class=\"sub\">95 % CI \(interval) %"))
        // Installed GPU-hours are the same in every replication, so busy ÷ installed summed over
        // monthly.csv's means is the mean of the replications' utilisations.
        let fromCSV = Self.sum(run.monthly, "busy_gpu_hours") / Self.sum(run.monthly, "installed_gpu_hours")
        #expect(abs(fromCSV - utilisation.mean) < 2e-6, "monthly.csv \(fromCSV), summary \(utilisation.mean)")
    }

    @Test("monthly.csv holds the mean of the replications' own files, and its interval contains it")
    func monthlyIsTheMeanOfTheReplications() throws {
        let run = try Self.shared.get()
        #expect(run.monthly.count == 24)
        for (index, row) in run.monthly.enumerated() {
            let values = run.perReplication.map { Double($0[index]["delivered_gpu_hours"]!)! }
            let mean = values.reduce(0, +) / 3
            let shown = try #require(Double(row["delivered_gpu_hours"]!))
            #expect(abs(shown - mean) <= 0.0015, "\(row["month"]!): \(shown) vs \(mean)")
            let lower = try #require(Double(row["delivered_gpu_hours_ci95_lower"]!)), upper = try #require(Double(row["delivered_gpu_hours_ci95_upper"]!))
            #expect(lower <= shown && shown <= upper)
            let jobs = run.perReplication.map { Double($0[index]["jobs_submitted"]!)! }.reduce(0, +) / 3
            #expect(row["jobs_submitted"] == String(Int(jobs.rounded())))
        }
    }

    @Test("Delivered hours, jobs and waits per tenant in tenants.csv add up to summary.json's means, which the terminal prints")
    func tenantsAgree() throws {
        let run = try Self.shared.get()
        let months = Double(run.monthly.count)
        for tenant in ["research", "startups"] {
            let rows = run.tenants.filter { $0["tenant"] == tenant }
            let delivered = try Self.estimate(run, "delivered_gpu_hours", tenant: tenant)
            #expect(abs(Self.sum(rows, "delivered_gpu_hours") - delivered.mean) <= 0.001 * months, "\(tenant)")
            let jobs = try Self.estimate(run, "jobs_submitted", tenant: tenant)
            // Each month's mean is rounded to a whole job.
            #expect(abs(Self.sum(rows, "jobs_submitted") - jobs.mean) <= 0.5 * months, "\(tenant)")
            let shownJobs = String(format: "%.0f (95 %% CI %.0f–%.0f) jobs", jobs.mean, jobs.lower, jobs.upper)
            #expect(run.terminal.contains("  \(tenant): \(shownJobs)"), "\(run.terminal)")
        }
        let facilityDelivered = try Self.estimate(run, "delivered_gpu_hours")
        #expect(abs(Self.sum(run.monthly, "delivered_gpu_hours") - facilityDelivered.mean) <= 0.001 * months)
    }

    @Test("finance.csv's electricity is the mean of the replications' electricity to the cent per month, and the cost per GPU-hour agrees")
    func financeAgrees() throws {
        let run = try Self.shared.get()
        let total = try #require(run.finance.first { $0["year"] == "total" })
        let finance = try #require(run.summary["finance"] as? [String: Any])
        let electricity = run.perReplicationFinance.map { rows in
            Double(rows.first { $0["year"] == "total" }?["opex_electricity_eur"] ?? "") ?? .nan
        }
        let mean = electricity.reduce(0, +) / 3
        let fromCSV = try #require(Double(total["opex_electricity_eur"] ?? ""))
        #expect(abs(fromCSV - mean) <= 0.01 * Double(run.monthly.count), "finance.csv \(fromCSV), replications \(electricity)")
        // The table adds up to the cent: net cost = capex + opex − heat revenue − tenant revenue.
        let parts = ["capex_total_eur", "opex_electricity_eur", "opex_staff_eur", "opex_maintenance_eur", "opex_other_eur"]
        let cents = { (name: String) in Int((Double(total[name]!)! * 100).rounded()) }
        #expect(parts.map(cents).reduce(0, +) - cents("heat_revenue_eur") - cents("tenant_revenue_eur") == cents("net_cost_eur"))
        let cost = try #require(finance["cost_per_gpu_hour_eur"] as? [String: Any])
        let shown = String(format: "€%.2f", try #require(cost["mean"] as? Double))
        #expect(run.terminal.contains("cost per delivered GPU-hour \(shown)"))
        #expect(run.briefing.contains("<div class=\"value\">\(shown)</div>"))
    }
}
