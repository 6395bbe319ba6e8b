import Foundation
import TestSupport

/// Runs the `aifactory` executable that the package builds beside the tests, as an analyst
/// would: a trap or a hang shows up as a signal or a timeout, not as a crashed test process.
enum CommandRunner {
    /// How a run ended.
    struct Outcome: CustomStringConvertible {
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Whether a signal ended the process (a trap is SIGILL or SIGTRAP, an abort SIGABRT).
        var signalled: Bool
        /// Whether the run was stopped for exceeding its time.
        var timedOut: Bool
        /// What it wrote to standard error.
        var standardError: String
        /// Seconds the run took.
        var seconds: Double

        var description: String {
            let end = timedOut ? "timed out" : signalled ? "signal \(status)" : "exit \(status)"
            return "\(end) after \(String(format: "%.1f", seconds)) s; stderr: \(standardError.prefix(600))"
        }
    }

    /// The executable, next to the test bundle (`.build/<configuration>/aifactory`); nil when
    /// it was not built.
    static var executable: URL? {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("aifactory")
        let candidates = [beside, Repository.url(".build/debug/aifactory")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs the executable with `arguments`, stopping it after `timeout` seconds.
    static func run(_ arguments: [String], timeout: Double = 120, wrapper: [String] = []) throws -> Outcome {
        guard let executable else { throw CommandRunnerError.notBuilt }
        let process = Process()
        let errorFile = temporaryURL("stderr")
        guard FileManager.default.createFile(atPath: errorFile.path, contents: nil) else { throw CommandRunnerError.notBuilt }
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        if wrapper.isEmpty {
            process.executableURL = executable
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: wrapper[0])
            process.arguments = Array(wrapper.dropFirst()) + [executable.path] + arguments
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorHandle
        let start = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        process.waitUntilExit()
        try errorHandle.close()
        let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return Outcome(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
                       timedOut: timedOut, standardError: standardError, seconds: Date().timeIntervalSince(start))
    }
}

/// The executable the tests run is missing.
enum CommandRunnerError: Error, CustomStringConvertible {
    case notBuilt

    var description: String { "the aifactory executable was not found beside the tests; build it with `swift build --build-tests`" }
}
