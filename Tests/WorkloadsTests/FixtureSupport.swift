import TestSupport

/// The hand-written traces these tests read (the real KTH trace is a shipped file, `Scenarios/traces/`).
let fixtures = Repository.fixtures(of: "WorkloadsTests")

/// One SWF job line with the given fields and the rest filled in: job 1, submitted at 0,
/// waiting 0, running 100 s on 4 processors, requesting 4 processors and 200 s.
func jobLine(_ overrides: [Int: String]) -> String {
    var fields = ["1", "0", "0", "100", "4", "-1", "-1", "4", "200", "-1", "1", "1", "1", "-1", "1", "-1", "-1", "-1"]
    for (field, text) in overrides { fields[field - 1] = text }
    return fields.joined(separator: " ")
}
