import Foundation
import Testing

/// The `aifactory` executable of this build, run as a real process: for what only whole
/// processes show (two writers at once, signals, a full disk in a mount namespace).
enum BuiltCommand {
    /// The executable: `AIFACTORY_BINARY` when set, else `aifactory` beside the test bundle
    /// (`swift build --build-tests` and `swift test` build both into one folder).
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["AIFACTORY_BINARY"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("aifactory")
    }()

    /// Starts `aifactory arguments…` (or `launcher` with the executable and arguments after it)
    /// in `folder`, its output going to files.
    /// - Throws: when the executable is missing (build it with `swift build --build-tests`).
    static func start(_ arguments: [String], in folder: URL, launcher: [String] = []) throws -> RunningCommand {
        try #require(FileManager.default.isExecutableFile(atPath: url.path), "no aifactory executable at \(url.path); run swift build --build-tests first")
        return try RunningCommand(launcher.isEmpty ? [url.path] + arguments : launcher + [url.path] + arguments, in: folder)
    }

    /// Runs `aifactory arguments…` in `folder` to its end.
    static func run(_ arguments: [String], in folder: URL) throws -> FinishedCommand {
        try start(arguments, in: folder).finish()
    }
}

/// A started process.
final class RunningCommand {
    let process = Process()
    private let outputFile: URL
    private let errorFile: URL

    init(_ command: [String], in folder: URL) throws {
        let id = UUID().uuidString
        outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-tests-out-\(id)")
        errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("aifactory-tests-err-\(id)")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
    }

    /// Its process id.
    var pid: Int32 { process.processIdentifier }

    /// Sends it `signal` (SIGINT, SIGTERM).
    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for its end.
    func finish() -> FinishedCommand {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(at: outputFile)
            try? FileManager.default.removeItem(at: errorFile)
        }
        return FinishedCommand(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            output: (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }
}

/// How a process ended and what it printed.
struct FinishedCommand {
    /// The exit status, or the signal's number when `signalled`.
    let status: Int32
    /// Whether a signal ended it.
    let signalled: Bool
    let output: String
    let errors: String

    /// Whether it exited with `status`.
    func exited(_ code: Int32) -> Bool { !signalled && status == code }
}

/// Every entry under `folder` (hidden ones too) by relative path, with each file's bytes
/// (empty for a folder): what a test compares before and after.
func folderContents(_ folder: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
        let url = folder.appendingPathComponent(name)
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder)
        result[name] = isFolder.boolValue ? Data() : try Data(contentsOf: url)
    }
    return result
}

/// The entries under `folder` that a finished or interrupted run must not leave behind: lock
/// files, staging folders, temporary files.
func leftovers(in folder: URL) throws -> [String] {
    try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
        let name = URL(fileURLWithPath: path).lastPathComponent
        return name.hasPrefix(".aifactory") || name.contains(".partial-")
    }.sorted()
}
