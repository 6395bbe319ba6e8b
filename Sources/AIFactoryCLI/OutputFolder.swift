import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
                // rename(2) replaces the old file in one step; readers see the old or the new.
                guard rename(temporary.path, final.path) == 0 else {
                    throw OutputError(message: String(cString: strerror(errno)))
                }
            } catch {
                try? manager.removeItem(at: temporary)
                throw OutputError(message: "cannot write \(final.path): \(error.localizedDescription)")
            }
        }
    }
}

extension OutputFolder {
    /// Removes file `name` from the folder if it is there.
    func remove(_ name: String) throws {
        let file = URL(fileURLWithPath: path).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do { try FileManager.default.removeItem(at: file) } catch {
            throw OutputError(message: "cannot remove the stale \(file.path): \(error.localizedDescription)")
        }
    }
}

/// An output that could not be written.
struct OutputError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
