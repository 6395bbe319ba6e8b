import Testing
@testable import ScenarioFormat

/// Each broken fixture changes one thing in `valid-minimal.yaml` and must give exactly the
/// message an analyst needs: file, line, column, field path, what is wrong and what was expected.
struct ValidationErrorCase: CustomTestStringConvertible, Sendable {
    let file: String
    let expected: String
    var testDescription: String { file }
}

@Suite("Validation reports each class of error at its place")
struct ValidationErrorTests {
    static let cases: [ValidationErrorCase] = [
        .init(file: "typo-key.yaml", expected: "typo-key.yaml:20:5: site.cooling.peu: unknown field `peu`; did you mean `pue`?"),
        .init(file: "bad-month.yaml", expected: "bad-month.yaml:50:17: tenants[research].demand.midpoint: expected a month YYYY-MM (for example 2027-01), found \"june\""),
        .init(file: "text-for-number.yaml", expected: "text-for-number.yaml:9:14: budget.capex_eur: expected a number of at least 0, found the text \"ten million\" (numbers are written without quotes)"),
        .init(file: "share-out-of-range.yaml", expected: "share-out-of-range.yaml:10:23: budget.eu_cofunding_share: expected a share between 0 and 1 (35 % is written 0.35), found 1.5"),
        .init(file: "pue-below-one.yaml", expected: "pue-below-one.yaml:20:10: site.cooling.pue: value too small (at least 1); found 0.8; expected a number from 1 to 3"),
        .init(file: "horizon-reversed.yaml", expected: "horizon-reversed.yaml:7:8: horizon.end: the horizon ends (2026-06) before it starts (2027-01); expected an end month at or after the start"),
        .init(file: "unknown-model.yaml", expected: "unknown-model.yaml:41:13: build_out[0].nodes.idael-gpu: unknown catalog model \"idael-gpu\"; did you mean `ideal-gpu`?"),
        .init(file: "quota-over-one.yaml", expected: "quota-over-one.yaml:43:3: tenants: the tenants' quota shares add up to 1.1; expected at most 1 (a quota is a guaranteed share of capacity)"),
        .init(file: "over-budget.yaml", expected: "over-budget.yaml:9:14: budget.capex_eur: the build-out costs €3,150,000 (compute €3,000,000, networking_storage €0, cooling €50,000, building €100,000, grid €0), €150,000 over the €3,000,000 envelope; expected a build-out within the budget"),
        .init(file: "bad-cooling-type.yaml", expected: "bad-cooling-type.yaml:19:11: site.cooling.type: expected one of `air`, `direct-liquid`, `immersion`, found \"water\""),
        .init(file: "idle-above-peak.yaml", expected: "idle-above-peak.yaml:34:25: catalog[ideal-gpu].node_power_idle_kw: idle power 2 kW is above peak power 1 kW; expected idle ≤ peak"),
        .init(file: "phase-outside-horizon.yaml", expected: "phase-outside-horizon.yaml:40:9: build_out[0].at: the phase comes online in 2030-01, outside the horizon 2027-01 to 2028-12"),
        .init(file: "it-load-above-hall.yaml", expected: "it-load-above-hall.yaml:40:5: build_out[0]: from 2027-01 the installed IT load peaks at 0.10 MW, above the hall's maximum of 0.05 MW (site.building.max_it_mw)"),
        .init(file: "zero-gpus.yaml", expected: "zero-gpus.yaml:62:50: tenants[startups].job_mix.gpus_per_job.value: value too small (at least 1 GPU); found 0; expected a number from 1 to 102,400,000 GPUs"),
        .init(file: "unknown-distribution.yaml", expected: "unknown-distribution.yaml:54:37: tenants[research].job_mix.hours_per_job.distribution: expected one of `fixed`, `exponential`, `lognormal`, `uniform`, `choice`, found \"gamma\""),
        .init(file: "fractional-count.yaml", expected: "fractional-count.yaml:41:24: build_out[0].nodes.ideal-gpu: expected a whole number, found 2.5"),
        .init(file: "duplicate-tenant.yaml", expected: "duplicate-tenant.yaml:55:11: tenants[research].name: the tenant name \"research\" is used twice; expected unique names"),
        .init(file: "choice-weights-mismatch.yaml", expected: "choice-weights-mismatch.yaml:53:72: tenants[research].job_mix.gpus_per_job.weights: expected one weight per value (3), found 2"),
        .init(file: "duplicate-key.yaml", expected: "duplicate-key.yaml:20:5: the key `pue` is written twice in the same map; keep one"),
        .init(file: "hostile-name.yaml", expected: "hostile-name.yaml:2:7: name: the name \"../../escaped-by-name\" cannot name the output folder Reports/<name>/; expected 1 to 64 letters a–z or A–Z, digits, '-', '_' or '.', not starting with '.'"),
        .init(file: "missing-name.yaml", expected: "missing-name.yaml:2:1: name: this required field is missing or empty"),
        .init(file: "missing-trace.yaml", expected: "missing-trace.yaml:60:13: tenants[startups].demand.file: the trace file \"traces/missing.swf\" does not exist"),
        .init(file: "broken-trace.yaml", expected: "broken-trace.yaml:60:13: tenants[startups].demand.file: the trace file cannot be read: "),
        .init(file: "dedicated-too-large.yaml", expected: "dedicated-too-large.yaml:7:15: tenants[government].dedicated.nodes.ideal-gpu: reserves 120 ideal-gpu nodes, but the build-out has 100 in all; expected at most 100"),
        // Found by the fuzzer: simulate refused such a tenant, naming only the file.
        .init(file: "jobs-larger-than-facility.yaml", expected: "jobs-larger-than-facility.yaml:8:21: tenants[big-models].job_mix.gpus_per_job: the smallest job asks for 128 GPUs, but the build-out holds only 100 GPUs of the vendors this tenant accepts by the horizon's end (2028-12) (nvidia, amd), so none of its jobs could ever run; expected smaller jobs, more nodes, or more vendors in `accepts`"),
        .init(file: "national-over-cap.yaml", expected: "national-over-cap.yaml:10:21: budget.national_cap_eur: after the EU (€1,500,000) and the co-funders (€1,000,000), the national government would pay €650,000, €150,000 above its €500,000 cap; expected a smaller build-out or more co-funding"),
        .init(file: "variant-bad-value.yaml", expected: "variant-bad-value.yaml:6:10: site.cooling.pue: value too small (at least 1); found 0.9; expected a number from 1 to 3"),
        .init(file: "variant-missing-base.yaml", expected: "variant-missing-base.yaml:1:10: extends: cannot read the base scenario"),
        .init(file: "cycle-a.yaml", expected: "cycle-b.yaml:1:10: extends: `extends` goes round in a circle"),
        .init(file: "yaml-syntax.yaml", expected: "yaml-syntax.yaml:6:8: this is not valid YAML: did not find expected ',' or ']'"),
        // Issue 21, item 1: values too large to count in cents or milliseconds used to trap.
        .init(file: "capex-too-large.yaml", expected: "capex-too-large.yaml:9:14: budget.capex_eur: value too large (at most €10,000,000,000,000); found 1e17"),
        .init(file: "nodes-too-large.yaml", expected: "nodes-too-large.yaml:41:24: build_out[0].nodes.ideal-gpu: value too large (at most 100,000 nodes); found 4,000,000,000,000"),
        .init(file: "capex-computed-too-large.yaml", expected: "capex-computed-too-large.yaml:40:3: build_out: the build-out would cost €100,000,150,000,000: value too large (at most €10,000,000,000,000 of capex)"),
        .init(file: "escalation-too-large.yaml", expected: "escalation-too-large.yaml:28:32: site.electricity.price_escalation_per_year: the escalated electricity price reaches €120,000 per MWh within the horizon: value too large (at most €100,000 per MWh)"),
        .init(file: "repair-hours-too-large.yaml", expected: "repair-hours-too-large.yaml:38:19: catalog[ideal-gpu].repair_hours: value too large (at most 1,000,000 hours); found 1e300"),
    ]

    /// Copies of `valid-minimal.yaml` with one value at its upper bound (and, for the node
    /// count, a hall and budget large enough to hold it).
    static let atBound = ["capex-at-bound.yaml", "nodes-at-bound.yaml", "repair-hours-at-bound.yaml"]

    @Test("A value exactly at its upper bound is accepted", arguments: atBound)
    func valueAtBoundIsAccepted(_ file: String) {
        let result = fixtures.load(file)
        #expect(result.errors.map(\.shortDescription) == [])
        #expect(result.scenario != nil)
    }

    @Test("A broken scenario is invalid and its error names file, line, column, field and expectation", arguments: cases)
    func brokenScenarioGivesItsMessage(_ testCase: ValidationErrorCase) {
        let result = fixtures.load(testCase.file)
        #expect(result.scenario == nil)
        let messages = result.errors.map(\.shortDescription)
        #expect(messages.contains { $0.hasPrefix(testCase.expected) }, "got: \(messages)")
    }

    @Test("A typo in a key is reported as unknown, never silently ignored, and the missing key too")
    func typoIsNeverIgnored() {
        let messages = fixtures.load("typo-key.yaml").errors.map(\.shortDescription)
        #expect(messages == [
            "typo-key.yaml:19:5: site.cooling.pue: this required field is missing or empty",
            "typo-key.yaml:20:5: site.cooling.peu: unknown field `peu`; did you mean `pue`?",
        ])
    }

    @Test("A typo in a top-level key is reported once, not once per pass over the root")
    func topLevelTypoIsReportedOnce() {
        let messages = fixtures.load("typo-top-level-key.yaml").errors.map(\.shortDescription)
        #expect(messages == ["typo-top-level-key.yaml:67:1: schedular: unknown field `schedular`; did you mean `scheduler`?"])
    }

    @Test("Every problem in a file is reported in one run, in line order")
    func allProblemsInOneRun() {
        let messages = fixtures.load("many-errors.yaml").errors.map(\.shortDescription)
        #expect(messages == [
            "many-errors.yaml:3:7: seed: value too small (at least 0); found -1; expected a whole number from 0 to 9,000,000,000,000,000",
            "many-errors.yaml:5:10: horizon.start: expected a month YYYY-MM (for example 2027-01), found \"2027-13\"",
            "many-errors.yaml:8:14: budget.capex_eur: value too small (at least €0); found -5; expected a number from €0 to €10,000,000,000,000",
            "many-errors.yaml:10:20: site.grid_connection: expected at least one step `{from: YYYY-MM, mw: …}`",
        ])
    }

    @Test("A trace with a garbage line is refused when the scenario loads, with the trace's file, line and column")
    func garbageTraceIsRefusedAtLoad() {
        let messages = fixtures.load("broken-trace.yaml").errors.map(\.shortDescription)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("garbage-line.swf:3:9: field 4 (run time) is \"fifty\"") == true, "got: \(messages)")
    }

    @Test("A trace tenant whose file is missing is told only about the file")
    func missingTraceIsOneProblem() {
        #expect(fixtures.load("missing-trace.yaml").errors.count == 1)
    }
}
