import Foundation
#if canImport(Glibc)
import Glibc
/// write(2); named so that it is not taken for a method called `write`.
private let systemWrite = Glibc.write
/// read(2).
private let systemRead = Glibc.read
/// rename(2), link(2) and unlink(2).
private let systemRename = Glibc.rename, systemLink = Glibc.link, systemUnlink = Glibc.unlink
#else
import Darwin
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
private let systemRename = Darwin.rename, systemLink = Darwin.link, systemUnlink = Darwin.unlink
#endif

/// flock(2), outside `FileCalls` so that the name means the C function.
private func systemFlock(_ descriptor: Int32, _ operation: Int32) -> Int32 { flock(descriptor, operation) }

/// The C calls behind output folders, in one place: each returns its errno on failure (nil on
/// success) so that callers can say in plain words what went wrong (`OutputFolder.reason`).
enum FileCalls {
    /// Writes `bytes` to a new file at `path` with open(2), write(2) and close(2), creating it
    /// with mode 0666 (0777 when `executable`), less the umask; nil on success, else the errno
    /// (`ENOSPC`, `EACCES`, …).
    static func writeFile(_ bytes: [UInt8], to path: String, executable: Bool = false) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, executable ? 0o777 : 0o666)
        guard descriptor >= 0 else { return errno }
        if let code = writeAll(bytes, to: descriptor) {
            close(descriptor)
            return code
        }
        return close(descriptor) == 0 ? nil : errno
    }

    /// Writes all of `bytes` to an open descriptor, retrying after signals; nil or the errno.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// The whole content of an open descriptor from its start, at most `limit` bytes.
    static func readAll(_ descriptor: Int32, limit: Int = 1 << 16) -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        lseek(descriptor, 0, SEEK_SET)
        while bytes.count < limit {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }

    /// flock(2) on `descriptor` with `operation` (`LOCK_EX`, `LOCK_SH`, `LOCK_UN`, with
    /// `LOCK_NB`), retried after signals; nil on success, else the errno (`EWOULDBLOCK` when
    /// another process holds a conflicting lock).
    static func flock(_ descriptor: Int32, _ operation: Int32) -> Int32? {
        while systemFlock(descriptor, operation) != 0 {
            if errno != EINTR { return errno }
        }
        return nil
    }

    /// The device and inode of `path` (links followed), or nil when it does not exist.
    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The device and inode of an open descriptor.
    static func identity(of descriptor: Int32) -> FileIdentity? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// rename(2); nil or the errno.
    static func rename(_ source: String, _ target: String) -> Int32? {
        systemRename(source, target) == 0 ? nil : errno
    }

    /// link(2): a second name for the file at `source`; nil or the errno.
    static func link(_ source: String, _ target: String) -> Int32? {
        systemLink(source, target) == 0 ? nil : errno
    }

    /// unlink(2); nil or the errno (`ENOENT` when there was nothing to remove).
    static func unlink(_ path: String) -> Int32? {
        systemUnlink(path) == 0 ? nil : errno
    }

    /// mkdir(2) with mode 0777 less the umask; nil or the errno.
    static func makeFolder(_ path: String) -> Int32? {
        mkdir(path, 0o777) == 0 ? nil : errno
    }

    /// Whether process `pid` exists on this machine (kill(2) with signal 0).
    static func processExists(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// This machine's host name.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A file's device and inode: which file a name or descriptor refers to.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64
}
