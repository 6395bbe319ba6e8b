@testable import Evaluation
import Foundation
import TestSupport
import Testing

/// One writer per output folder at a time (issue 21, item 13), named when it refuses another.
struct OutputLockTests {
    @Test("A second holder of a folder is refused, naming the first's process, command and start time, and how to clear a stale lock")
    func secondHolderIsRefused() throws {
        let folder = temporaryURL("lock-busy")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write))
        defer { first.release() }
        // flock belongs to an open file, so a second take in this process conflicts as another
        // process's would.
        #expect {
            _ = try OutputLock.take(folder.path, access: .exclusive, purpose: .write, patience: 0.1)
        } throws: { error in
            let message = (error as? OutputError)?.message ?? ""
            return message.hasPrefix("\(folder.path) is being written by process \(getpid()) (\(LockHolder.commandName)), started ")
                && message.hasSuffix("; wait for it or remove \(folder.path)/.aifactory.lock if that process is gone")
        }
    }

    @Test("Shared holders (shards of one sweep) share a folder, and an exclusive holder waits for all of them")
    func sharedHolders() throws {
        let folder = temporaryURL("lock-shared")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try #require(try OutputLock.take(folder.path, access: .shared, purpose: .write))
        let second = try #require(try OutputLock.take(folder.path, access: .shared, purpose: .write, patience: 0.1))
        #expect(throws: OutputError.self) { _ = try OutputLock.take(folder.path, access: .exclusive, purpose: .write, patience: 0.1) }
        first.release()
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(".aifactory.lock").path), "the second shard still holds it")
        #expect(throws: OutputError.self) { _ = try OutputLock.take(folder.path, access: .exclusive, purpose: .write, patience: 0.1) }
        second.release()
        let exclusive = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write, patience: 0.1))
        exclusive.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("A lock file left by a dead process is taken over, and removed when the new holder lets go", arguments: [true, false])
    func staleLockIsTakenOver(useFlock: Bool) throws {
        let folder = temporaryURL("lock-stale")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stale = LockHolder(pid: try deadProcessID(), host: LockHolder.host, started: 1_700_000_000, command: "aifactory simulate")
        try stale.line.write(toFile: folder.appendingPathComponent(".aifactory.lock").path, atomically: false, encoding: .utf8)
        let lock = try #require(try OutputLock.take(folder.path, access: .exclusive, purpose: .write, patience: 0.5, useFlock: useFlock))
        let line = try String(contentsOfFile: folder.appendingPathComponent(".aifactory.lock").path, encoding: .utf8)
        #expect(line.hasPrefix("\(getpid()) "))
        lock.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("Without flock, a lock file whose process still runs is respected")
    func pidFileOfALiveProcess() throws {
        let folder = temporaryURL("lock-pidfile")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let live = LockHolder(pid: getppid(), host: LockHolder.host, started: 1_700_000_000, command: "aifactory plan")
        try live.line.write(toFile: folder.appendingPathComponent(".aifactory.lock").path, atomically: false, encoding: .utf8)
        #expect {
            _ = try OutputLock.take(folder.path, access: .exclusive, purpose: .write, patience: 0.1, useFlock: false)
        } throws: { error in
            ((error as? OutputError)?.message ?? "").hasPrefix("\(folder.path) is being written by process \(getppid()) (aifactory plan), started 2023-11-14 ")
        }
    }

    @Test("A folder made for a lock is removed again when the run ends without writing in it")
    func madeFolderIsRemoved() throws {
        let base = temporaryURL("lock-made")
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("a/b")
        try OutputFolder(path: folder.path).locked {
            #expect(OutputFolder.isFolder(folder.path))
        }
        #expect(!FileManager.default.fileExists(atPath: base.path))
    }

    @Test("A run holding its folder's lock writes into it again without refusing itself")
    func leaseIsReentrant() throws {
        let folder = temporaryURL("lock-reentrant")
        defer { try? FileManager.default.removeItem(at: folder) }
        try OutputFolder(path: folder.path).locked {
            try OutputFolder(path: folder.path).write([OutputFile(name: "a.csv", text: "1\n")])
            try OutputFolder(path: folder.path).reading {}
            try OutputFolder(path: folder.path).write([OutputFile(name: "a.csv", text: "2\n")])
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.csv"])
    }

    @Test("A holder on another machine is named with its host; an old start with its date", arguments: [
        (LockHolder(pid: 77, host: "node-9", started: 1_700_000_000, command: "aifactory sweep"), true),
        (LockHolder(pid: 77, host: LockHolder.host, started: 1_700_000_000, command: "aifactory sweep"), false),
    ])
    func holderMessage(_ holder: LockHolder, _ namesHost: Bool) {
        let message = OutputLock.busyMessage(folder: "Reports/x", holder: holder, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(message.contains("by process 77 on node-9 (aifactory sweep)") == namesHost)
        #expect(message.contains("started 2023-11-1"))
        #expect(message.hasSuffix("remove Reports/x/.aifactory.lock if that process is gone"))
        #expect(LockHolder(line: Substring(holder.line.dropLast())) == holder)
    }
}
