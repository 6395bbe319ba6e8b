import Foundation

/// Paths of the traces the tests read, found from this source file so that the tests run the
/// same from any working directory.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// A fresh path in the temporary directory, for files a test writes itself.
    static func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("workloads-tests-\(UUID().uuidString)-\(name)").path
    }
}

/// One SWF job line with the given fields and the rest filled in: job 1, submitted at 0,
/// waiting 0, running 100 s on 4 processors, requesting 4 processors and 200 s.
func jobLine(_ overrides: [Int: String]) -> String {
    var fields = ["1", "0", "0", "100", "4", "-1", "-1", "4", "200", "-1", "1", "1", "1", "-1", "1", "-1", "-1", "-1"]
    for (field, text) in overrides { fields[field - 1] = text }
    return fields.joined(separator: " ")
}
