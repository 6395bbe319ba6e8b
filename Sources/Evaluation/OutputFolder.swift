import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One output file: its name inside the output folder (`monthly.csv`, `plan/buildout.csv`)
/// and its whole text.
public struct OutputFile: Sendable, Equatable {
    /// The name, relative to the output folder; `/` separates a subfolder.
    public var name: String
    /// The complete contents.
    public var text: String

    /// Creates a file.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Writes output files so that none is ever half-written: every text is complete in memory
/// first, each file goes to a temporary name in its own folder and is renamed over its final
/// name (an atomic step on one file system). The one writer of every command's files, sweep
/// points included.
public struct OutputFolder: Sendable {
    /// The folder, as the analyst named it.
    public let path: String

    /// The folder at `path`.
    public init(path: String) { self.path = path }

    /// Writes `files` (subfolders created as needed).
    /// - Throws: `OutputError` with a plain-words message on the first failure.
    public func write(_ files: [OutputFile]) throws(OutputError) {
        for file in files {
            try Self.writeAtomically(file.text, to: URL(fileURLWithPath: path).appendingPathComponent(file.name))
        }
    }

    /// Writes `text` to `url` through a temporary file in the same folder and a rename, so
    /// that readers see the old file or the new one, never part of one.
    /// - Throws: `OutputError` when the folder cannot be made or the file written.
    public static func writeAtomically(_ text: String, to url: URL) throws(OutputError) {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        do { try manager.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw OutputError(message: "cannot create the output folder \(folder.path): \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the old file in one step.
            guard rename(temporary.path, url.path) == 0 else { throw OutputError(message: String(cString: strerror(errno))) }
        } catch {
            try? manager.removeItem(at: temporary)
            throw OutputError(message: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }

    /// Removes file `name` from the folder if it is there.
    /// - Throws: `OutputError` when it is there and cannot be removed.
    public func remove(_ name: String) throws(OutputError) {
        let file = URL(fileURLWithPath: path).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do { try FileManager.default.removeItem(at: file) } catch {
            throw OutputError(message: "cannot remove the stale \(file.path): \(error.localizedDescription)")
        }
    }
}

/// An output that could not be written, in plain words.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What could not be written and why.
    public let message: String

    /// Creates an error.
    public init(message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
