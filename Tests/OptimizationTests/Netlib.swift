import TestSupport

/// The optimisation tests' fixtures: two hand-written MPS files, 30 Netlib problems in
/// `netlib/` and Netlib's summary table (see Fixtures/PROVENANCE.md).
let fixtures = Repository.fixtures(of: "OptimizationTests")

/// The Netlib LP problems kept in `Fixtures/netlib/`, and their summary table.
enum Netlib {
    /// The path of problem `name`, e.g. `afiro`.
    static func path(_ name: String) -> String { fixtures.path("netlib/\(name).mps") }

    /// The summary table's row for `file` (e.g. `afiro.mps`): the readme's sizes, the
    /// published optimum and HiGHS's; nil when the table has no such row.
    /// - Throws: when the table cannot be read.
    static func summary(_ file: String) throws -> [String: String]? {
        try csvRows(contentsOf: fixtures.url("netlib_optimal_values.csv")).first { $0["file"] == file }
    }
}
