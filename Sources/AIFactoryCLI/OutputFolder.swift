import Foundation

/// Writes a set of output files so that none is ever half-written: every text is complete
/// in memory first, each file goes to a temporary name in the same folder and is renamed over
/// its final name (an atomic step on one file system).
struct OutputFolder {
    let path: String

    /// Writes `files` (name → text); throws with a plain-words message on failure.
    func write(_ files: [(name: String, text: String)]) throws {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw OutputError(message: "cannot create the output folder \(path): \(error.localizedDescription)")
        }
        for file in files {
            let final = URL(fileURLWithPath: path).appendingPathComponent(file.name)
            let temporary = URL(fileURLWithPath: path).appendingPathComponent(".\(file.name).partial-\(ProcessInfo.processInfo.processIdentifier)")
            do {
                try Data(file.text.utf8).write(to: temporary)
                if manager.fileExists(atPath: final.path) { _ = try manager.replaceItemAt(final, withItemAt: temporary) } else { try manager.moveItem(at: temporary, to: final) }
            } catch {
                try? manager.removeItem(at: temporary)
                throw OutputError(message: "cannot write \(final.path): \(error.localizedDescription)")
            }
        }
    }
}

/// An output that could not be written.
struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
