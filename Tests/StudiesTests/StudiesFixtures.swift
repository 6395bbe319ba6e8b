import Foundation

/// Paths of the study fixtures, found from this source file.
enum StudiesFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static var tiny: String { directory.appendingPathComponent("tiny.yaml").path }
    static var portfolio: String { directory.appendingPathComponent("portfolio.yaml").path }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder(_ label: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
    }

    /// Rows of a CSV text without quoted commas, as column → cell.
    static func rows(_ text: String) -> [[String: String]] {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))) }
    }
}
