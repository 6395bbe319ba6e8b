import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One output file: its name inside the output folder (`monthly.csv`, `plan/buildout.csv`)
/// and its whole text.
public struct OutputFile: Sendable, Equatable {
    /// The name, relative to the output folder; `/` separates a subfolder.
    public var name: String
    /// The complete contents.
    public var text: String
    /// Whether the file is a script to run (mode 0777 less the umask, instead of 0666).
    public var isExecutable: Bool

    /// Creates a file.
    public init(name: String, text: String, isExecutable: Bool = false) {
        self.name = name
        self.text = text
        self.isExecutable = isExecutable
    }
}

/// How file contents reach the disk: write(2) by default; a test injects a writer that fails
/// as a full disk does, to check that nothing in the folder changes then.
public struct FileWriter: Sendable {
    /// Writes `bytes` to a new file at `path` (executable when asked); nil on success, else the
    /// errno (`ENOSPC`, `EACCES`, …).
    public let write: @Sendable (_ bytes: [UInt8], _ path: String, _ executable: Bool) -> Int32?

    /// A writer.
    public init(write: @escaping @Sendable (_ bytes: [UInt8], _ path: String, _ executable: Bool) -> Int32?) {
        self.write = write
    }

    /// open(2), write(2), close(2).
    public static let system = FileWriter { bytes, path, executable in
        FileCalls.writeFile(bytes, to: path, executable: executable)
    }
}

/// An output folder, and the one writer of every command's files.
///
/// A run's files change together (docs/reports.md, "Output folders"): `write` takes the
/// folder's lock (`OutputLock`), writes every file whole into a staging folder inside it, and
/// only when all are written commits them: a journal listing the renames is written, then each
/// file is renamed over its final name (old ones kept as hard links until the end), then the
/// journal and staging folder go. A failure before the commit (a full disk, no permission)
/// leaves the folder as it was; a failure during it rolls the renames back; a run killed
/// during it is completed by the next run that takes the lock. A run replaces exactly its own
/// file names (and removes the names it supersedes, such as an earlier `jobs.csv`); everything
/// else in the folder (subfolders such as `plan/` and `sweep/`, `tornado.csv`, the analyst's
/// own files) is left as it is.
public struct OutputFolder: Sendable {
    /// The folder, as the analyst named it.
    public let path: String
    /// How file contents are written.
    let writer: FileWriter

    /// The folder at `path`.
    public init(path: String, writer: FileWriter = .system) {
        self.path = path
        self.writer = writer
    }

    /// Writes `files` (subfolders created as needed) as one set, and removes the files named in
    /// `superseded` that the set does not hold (outputs of an earlier run that no longer belong,
    /// such as `jobs.csv` after a run without `--jobs`). Either every file is replaced and every
    /// superseded file removed, or, after an error, nothing in the folder has changed.
    /// - Throws: `OutputError` with a plain-words message on the first failure, or when another
    ///   process is writing the folder.
    public func write(_ files: [OutputFile], replacing superseded: Set<String> = []) throws(OutputError) {
        var groups: [String: (files: [OutputFile], superseded: [String])] = [:]
        for file in files {
            let (folder, name) = try split(file.name)
            groups[folder, default: ([], [])].files.append(OutputFile(name: name, text: file.text, isExecutable: file.isExecutable))
        }
        for stale in superseded.sorted() {
            let (folder, name) = try split(stale)
            groups[folder, default: ([], [])].superseded.append(name)
        }
        let folders = groups.keys.sorted()
        var leases: [OutputLease] = []
        defer { for lease in leases.reversed() { lease.end() } }
        var staged: [OutputCommit] = []
        do {
            for folder in folders {
                let shown = folder.isEmpty ? path : inFolder(path, folder)
                leases.append(try OutputLease.take(shown, access: .exclusive, purpose: .write))
                let group = groups[folder]!
                staged.append(try OutputCommit.stage(group.files, superseding: group.superseded, in: shown, writer: writer))
            }
            try OutputCommit.commit(staged)
        } catch {
            for commit in staged { commit.discard() }
            throw error
        }
    }

    /// Runs `body` holding this folder's lock (`exclusive` for a command's folder, `shared` for
    /// a sweep's points), taken now unless this process holds it already; the folder is created
    /// if missing. Hold it for the whole run, so that a second run fails at once, not after its
    /// simulation.
    /// - Throws: `OutputError` when another process holds the lock or the folder cannot be
    ///   made, else what `body` throws.
    public func locked<T>(_ access: OutputLock.Access = .exclusive, _ body: () throws -> T) throws -> T {
        let lease = try OutputLease.take(path, access: access, purpose: .write)
        defer { lease.end() }
        return try body()
    }

    /// Runs `body` holding this folder's lock for reading (no folder or lock file created; a
    /// missing or read-only folder is read without one), so that it sees one run's files.
    /// - Throws: `OutputError` when another process is writing the folder, else what `body` throws.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        let lease = try OutputLease.take(path, access: .exclusive, purpose: .read)
        defer { lease.end() }
        return try body()
    }

    /// The path of `target` relative to this folder when it lies inside it (`plan.mps`,
    /// `models/a.mps`), else nil; for a file the analyst names that may belong to the set.
    public func relativeName(of target: String) -> String? {
        let base = URL(fileURLWithPath: path).standardizedFileURL.path
        let full = URL(fileURLWithPath: target).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        guard full.hasPrefix(prefix), full.count > prefix.count else { return nil }
        return String(full.dropFirst(prefix.count))
    }

    /// Splits an output name into its subfolder ("" for the folder itself) and file name.
    private func split(_ name: String) throws(OutputError) -> (folder: String, name: String) {
        let parts = name.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard let last = parts.last, !parts.contains(".."), !parts.contains("."), !last.hasPrefix(".aifactory") else {
            throw OutputError(message: "cannot write \(inFolder(path, name)): not a file name inside the output folder")
        }
        return (parts.dropLast().joined(separator: "/"), last)
    }

    /// Writes `text` to `url` through a temporary file in the same folder and a rename, so
    /// that readers see the old file or the new one, never part of one: for a file that is a
    /// set of its own (a sweep's point, `solve --solution`). An interruption removes the
    /// temporary file.
    /// - Throws: `OutputError` when the folder cannot be made or the file written, saying why
    ///   in plain words (a file in the way, the disk full, no permission), never a library code.
    public static func writeAtomically(_ text: String, to url: URL) throws(OutputError) {
        let folder = url.deletingLastPathComponent()
        try createFolder(folder)
        if isFolder(url.path) {
            throw OutputError(message: "cannot write \(url.path): it is a folder; expected a file name there, or a folder without one of that name")
        }
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent)).path
        let registry = Interruption.registry
        try registry.guarded { () throws(OutputError) in
            if let code = FileCalls.writeFile(Array(text.utf8), to: temporary) {
                _ = FileCalls.unlink(temporary)
                throw OutputError(message: "cannot write \(url.path): \(reason(errno: code))")
            }
            // rename(2) replaces the old file in one step.
            if let code = FileCalls.rename(temporary, url.path) {
                _ = FileCalls.unlink(temporary)
                throw OutputError(message: "cannot write \(url.path): \(reason(errno: code))")
            }
        }
    }

    /// Writes `text` to `url` only if no file of that name exists, in one step (a temporary
    /// file linked to the name); whether it was written. For a file that the first of several
    /// concurrent writers decides (a sweep's `study.txt`).
    /// - Throws: `OutputError` when it cannot be written.
    public static func writeIfAbsent(_ text: String, to url: URL) throws(OutputError) -> Bool {
        let folder = url.deletingLastPathComponent()
        try createFolder(folder)
        let temporary = folder.appendingPathComponent(temporaryName(for: url.lastPathComponent)).path
        return try Interruption.registry.guarded { () throws(OutputError) -> Bool in
            defer { _ = FileCalls.unlink(temporary) }
            if let code = FileCalls.writeFile(Array(text.utf8), to: temporary) {
                throw OutputError(message: "cannot write \(url.path): \(reason(errno: code))")
            }
            switch FileCalls.link(temporary, url.path) {
            case nil: return true
            case EEXIST?: return false
            case let code?: throw OutputError(message: "cannot write \(url.path): \(reason(errno: code))")
            }
        }
    }

    /// The hidden temporary name of a file on its way to `name`: `.NAME.partial-PID-RANDOM`,
    /// unique even between processes of one id on two machines sharing the folder.
    static func temporaryName(for name: String) -> String {
        ".\(name).partial-\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
    }

    /// Creates `folder` and the folders above it, naming the file in the way when there is one.
    /// - Throws: `OutputError` in plain words.
    public static func createFolder(_ folder: URL) throws(OutputError) {
        _ = try createFolderRecordingNew(folder)
    }

    /// Creates `folder` and the folders above it; the folders it made, outermost first.
    /// - Throws: `OutputError` in plain words, naming the file in the way when there is one.
    static func createFolderRecordingNew(_ folder: URL) throws(OutputError) -> [String] {
        if isFolder(folder.path) { return [] }
        var missing: [String] = []
        var above = folder.standardizedFileURL
        while above.path != "/" && !above.path.isEmpty && !isFolder(above.path) {
            if FileManager.default.fileExists(atPath: above.path) {
                throw OutputError(message: "cannot create the output folder \(folder.path): \(above.path) is a file, not a folder; choose another output path")
            }
            missing.insert(above.path, at: 0)
            above.deleteLastPathComponent()
        }
        var made: [String] = []
        for path in missing {
            if let code = FileCalls.makeFolder(path), code != EEXIST {
                for done in made.reversed() { rmdir(done) }
                throw OutputError(message: "cannot create the output folder \(folder.path): \(reason(errno: code))")
            }
            made.append(path)
        }
        return made
    }

    /// Whether `path` is a folder (links followed).
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
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

/// `name` inside `folder`, as a path.
func inFolder(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
}
