import Foundation
#if canImport(Glibc)
import Glibc
/// write(2); named so that it is not taken for a method called `write`.
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
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
    /// - Throws: `OutputError` when the folder cannot be made or the file written, saying why
    ///   in plain words (a file in the way, the disk full, no permission), never a library code.
    public static func writeAtomically(_ text: String, to url: URL) throws(OutputError) {
        let folder = url.deletingLastPathComponent()
        try createFolder(folder)
        if isFolder(url.path) {
            throw OutputError(message: "cannot write \(url.path): it is a folder; expected a file name there, or a folder without one of that name")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)")
        if let code = writeFile(Array(text.utf8), to: temporary.path) {
            unlink(temporary.path)
            throw OutputError(message: "cannot write \(url.path): \(reason(errno: code))")
        }
        // rename(2) replaces the old file in one step.
        guard rename(temporary.path, url.path) == 0 else {
            let code = errno
            unlink(temporary.path)
            throw OutputError(message: "cannot write \(url.path): \(reason(errno: code))")
        }
    }

    /// Creates `folder` and the folders above it, naming the file in the way when there is one.
    /// - Throws: `OutputError` in plain words.
    public static func createFolder(_ folder: URL) throws(OutputError) {
        if isFolder(folder.path) { return }
        var above = folder
        while above.path != "/" && !above.path.isEmpty {
            if FileManager.default.fileExists(atPath: above.path) && !isFolder(above.path) {
                throw OutputError(message: "cannot create the output folder \(folder.path): \(above.path) is a file, not a folder; choose another output path")
            }
            above.deleteLastPathComponent()
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw OutputError(message: "cannot create the output folder \(folder.path): \(reason(error))")
        }
    }

    /// Whether `path` is a folder (links followed).
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Writes `bytes` to a new file at `path` with open(2), write(2) and close(2), so that a
    /// failure comes back as its errno (`ENOSPC`, `EACCES`, …); nil on success.
    private static func writeFile(_ bytes: [UInt8], to path: String) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                return code
            }
            offset += written
        }
        return close(descriptor) == 0 ? nil : errno
    }

    /// Why a file operation failed, in plain words, from its errno.
    public static func reason(errno code: Int32) -> String {
        switch code {
        case ENOSPC: return "the disk is full"
        case EDQUOT: return "the disk quota is used up"
        case EACCES, EPERM: return "permission denied"
        case EROFS: return "the disk is read-only"
        case ENOTDIR: return "part of the path is a file, not a folder"
        case EISDIR: return "it is a folder, not a file"
        case ENOENT: return "the folder does not exist"
        case ENAMETOOLONG: return "the name is too long"
        case EIO: return "the disk reported an input/output error"
        default: return String(cString: strerror(code)).lowercased()
        }
    }

    /// Why a Foundation file operation failed, in plain words: the POSIX error under it when
    /// there is one, never "NSCocoaErrorDomain error 512".
    public static func reason(_ error: any Error) -> String {
        if let output = error as? OutputError { return output.message }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return reason(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return reason(errno: Int32(underlying.code))
        }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileWriteOutOfSpace: return reason(errno: ENOSPC)
        case .fileWriteNoPermission, .fileReadNoPermission: return reason(errno: EACCES)
        case .fileWriteVolumeReadOnly: return reason(errno: EROFS)
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileWriteFileExists: return "a file of that name is in the way"
        case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: return "it is not UTF-8 text"
        default: return "the system could not complete it"
        }
    }

    /// Removes file `name` from the folder if it is there.
    /// - Throws: `OutputError` when it is there and cannot be removed.
    public func remove(_ name: String) throws(OutputError) {
        let file = URL(fileURLWithPath: path).appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do { try FileManager.default.removeItem(at: file) } catch {
            throw OutputError(message: "cannot remove the stale \(file.path): \(Self.reason(error))")
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
