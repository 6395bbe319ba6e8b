import Foundation

/// Reads traces in the Standard Workload Format (SWF) of the Parallel Workloads Archive.
///
/// An SWF file is text. Lines starting with `;` are header comments (`; MaxProcs: 100`); blank
/// lines are ignored; every other line is one job: 18 numbers separated by spaces or tabs,
/// integers or decimals, where -1 means missing. See
/// https://www.cs.huji.ac.il/labs/parallel/workload/swf.html.
///
/// Replay rules (the simulator's, applied here once):
/// - a job's size is its requested processors (field 8), falling back to its allocated
///   processors (field 5) when the request is missing or zero;
/// - its requested time is field 9, falling back to its run time (field 4);
/// - its true duration is min(run time, requested time) when both are known, else whichever is
///   known: a job stops at its limit even if the log shows it running longer;
/// - a valid job with no size, or with no duration or a duration ≤ 0, is skipped and counted
///   in `TraceSkips`; its status (completed, failed, cancelled) does not matter;
/// - times are seconds after the trace's start, kept as whole milliseconds.
///
/// Anything else that is wrong stops the reading with a `TraceReadError` naming the file,
/// line and column: a field that is not a number, a line without exactly 18 fields, a job
/// number used twice, a missing (-1) or negative submit time, a negative value other than -1
/// in a field the replay uses (2, 3, 4, 5, 8, 9, 11, 12), a fraction where a whole number
/// is needed (fields 1, 5, 8, 11, 12), a job number of -1, or a value above the field's
/// largest (`SWFField.largest`: 10¹⁰ seconds for times, 10⁸ processors, 10¹² for job numbers,
/// 2³¹ − 1 for status and user id). Those ranges are what make every later conversion safe:
/// a job's milliseconds fit in 64 bits however slowly it runs, its GPUs in 32 bits. A file
/// over `largestFileBytes` is refused before it is read.
public enum SWFReader {
    /// The largest trace file read, bytes: 10⁹, about ten million job lines, ten times the
    /// largest log of the Parallel Workloads Archive. Reading takes about twice the file's size.
    public static let largestFileBytes = 1_000_000_000

    /// Reads and checks the trace at `path` (relative paths from the working directory; the
    /// path is printed in errors as given).
    ///
    /// Compressed (`.gz`) traces are refused with an error saying to decompress them first.
    /// - Complexity: O(n log n) for a trace of n jobs.
    public static func read(path: String) throws(TraceReadError) -> WorkloadTrace {
        func failure(_ message: String, line: Int? = nil) -> TraceReadError {
            TraceReadError(path: path, line: line, message: message)
        }
        let compressed = "compressed traces are not read directly; decompress with gunzip first"
        if path.hasSuffix(".gz") { throw failure(compressed) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw failure("the trace file does not exist")
        }
        if isDirectory.boolValue { throw failure("this is a folder, not a trace file") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > largestFileBytes {
            throw failure("the trace file holds \(size) bytes; expected at most \(largestFileBytes) (about ten million job lines: reading it takes twice its size in memory)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw failure("the trace file cannot be read (\(error.localizedDescription))")
        }
        if data.starts(with: [0x1F, 0x8B]) { throw failure(compressed) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw failure("the file is not UTF-8 text; is it a trace in the Standard Workload Format?", line: firstNonUTF8Line(data))
        }
        return try parse(text: text, path: path)
    }

    /// Reads and checks SWF text; `path` is only used to name the source in errors and in the
    /// result.
    ///
    /// - Complexity: O(n log n) for a trace of n jobs.
    public static func parse(text: String, path: String) throws(TraceReadError) -> WorkloadTrace {
        var text = text
        let result = text.withUTF8 { bytes in
            var parser = SWFParser(bytes: bytes, path: path)
            return Result { () throws(TraceReadError) in try parser.run() }
        }
        return try result.get()
    }

    /// The first line (from 1) that is not valid UTF-8.
    private static func firstNonUTF8Line(_ data: Data) -> Int? {
        for (index, line) in Array(data).split(separator: 0x0A, omittingEmptySubsequences: false).enumerated()
        where String(validating: line, as: UTF8.self) == nil {
            return index + 1
        }
        return nil
    }
}
