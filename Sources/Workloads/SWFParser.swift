/// Reads SWF text from its UTF-8 bytes, line by line, into a `WorkloadTrace`.
///
/// Fields are index ranges into the bytes and numbers are read from the bytes directly, so a
/// job line costs no `String` allocation. The first problem found stops the reading.
struct SWFParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let path: String
    private var header = SWFHeaderReader()
    private var jobs: [TraceJob] = []
    private var skips = TraceSkips()
    /// The line each job number was first seen on, to report duplicates with both places.
    private var lineOfJobNumber: [Int: Int] = [:]
    /// Byte ranges and values of the current line's fields, reused from line to line.
    private var fieldStarts = [Int](repeating: 0, count: SWFField.count)
    private var fieldEnds = [Int](repeating: 0, count: SWFField.count)
    private var numbers = [SWFNumber](repeating: SWFNumber(significand: 0, exponent: 0), count: SWFField.count)

    init(bytes: UnsafeBufferPointer<UInt8>, path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// Reads every line.
    ///
    /// - Complexity: O(n log n) for n jobs (the final sort); O(bytes) otherwise.
    mutating func run() throws(TraceReadError) -> WorkloadTrace {
        var start = 0
        // A UTF-8 byte-order mark, as some editors write, is not part of the first line.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        var lineNumber = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            lineNumber += 1
            try readLine(lineNumber, from: start, to: end)
            start = end + 1
        }
        // Job numbers are unique, so this order is total.
        jobs.sort { ($0.submitMilliseconds, $0.jobNumber) < ($1.submitMilliseconds, $1.jobNumber) }
        return WorkloadTrace(jobs: jobs, skips: skips, header: header.header, sourcePath: path)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)  // space, tab, \n, vertical tab, form feed, \r
    }

    private mutating func readLine(_ lineNumber: Int, from lineStart: Int, to lineEnd: Int) throws(TraceReadError) {
        var i = lineStart
        while i < lineEnd, Self.isSpace(bytes[i]) { i += 1 }
        if i == lineEnd { return }
        if bytes[i] == UInt8(ascii: ";") {
            let comment = String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<lineEnd]), as: UTF8.self)
            header.take(comment: comment[...])
            return
        }
        var found = 0
        while i < lineEnd {
            let fieldStart = i
            while i < lineEnd, !Self.isSpace(bytes[i]) { i += 1 }
            if found < SWFField.count {
                fieldStarts[found] = fieldStart
                fieldEnds[found] = i
            }
            found += 1
            while i < lineEnd, Self.isSpace(bytes[i]) { i += 1 }
        }
        guard found == SWFField.count else {
            throw TraceReadError(
                path: path, line: lineNumber,
                message: "expected 18 fields, found \(found) (a job line holds 18 numbers separated by spaces; comment lines start with ';')"
            )
        }
        for field in SWFField.allCases {
            numbers[field.rawValue - 1] = try checkedNumber(field, lineNumber, lineStart)
        }
        try addJob(lineNumber, lineStart)
    }

    // MARK: Fields

    /// Reads one field and checks it against the field's use.
    private func checkedNumber(_ field: SWFField, _ lineNumber: Int, _ lineStart: Int) throws(TraceReadError) -> SWFNumber {
        let start = fieldStarts[field.rawValue - 1], end = fieldEnds[field.rawValue - 1]
        func failure(_ problem: String) -> TraceReadError {
            TraceReadError(path: path, line: lineNumber, column: column(of: start, lineStart: lineStart), message: "\(field.label) is \(problem)")
        }
        guard let number = SWFNumber.parse(bytes, from: start, to: end) else {
            throw failure("\"\(text(start, end))\", expected \(field.expectation)")
        }
        switch field.use {
        case .unused:
            break
        case .seconds:
            if number.isMissing {
                if field == .submitTime { throw failure("-1 (missing), but every job needs a submit time") }
            } else if number.isNegative {
                throw failure(field == .submitTime
                    ? "\"\(text(start, end))\", but a submit time cannot be negative: trace times are seconds after the trace's start"
                    : "\"\(text(start, end))\", expected a number of seconds ≥ 0, or -1 for missing")
            } else if let largest = field.largest, !(number.scaled(byPowerOfTen: 3).map { $0 <= largest * 1_000 } ?? false) {
                throw failure(tooLarge(field, start, end, largest: largest))
            }
        case .whole:
            switch number.whole {
            case .fraction:
                throw failure("\"\(text(start, end))\", expected \(field.expectation)")
            case .tooLarge:
                throw failure(tooLarge(field, start, end, largest: field.largest ?? Int64.max))
            case .value(let value):
                if let largest = field.largest, value > largest {
                    throw failure(tooLarge(field, start, end, largest: largest))
                }
                if field == .jobNumber, value == -1 {
                    throw failure("-1 (missing), but every job needs its own number")
                } else if field == .jobNumber, value < 0 {
                    throw failure("\"\(text(start, end))\", expected a whole number ≥ 0")
                } else if value < -1 {
                    throw failure("\"\(text(start, end))\", expected a whole number ≥ 0, or -1 for missing")
                }
            }
        }
        return number
    }

    /// `"1e300", too large: at most 10,000,000,000 seconds, or -1 for missing`.
    private func tooLarge(_ field: SWFField, _ start: Int, _ end: Int, largest: Int64) -> String {
        let missing = field == .jobNumber || field == .submitTime ? "" : ", or -1 for missing"
        let years = field.use == .seconds ? " (\(Int((Double(largest) / 31_557_600).rounded())) years)" : ""
        return "\"\(text(start, end))\", which is too large: expected at most \(Self.grouped(largest))\(field.unit)\(years)\(missing)"
    }

    /// `10,000,000,000`.
    private static func grouped(_ value: Int64) -> String {
        let digits = String(value)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }

    /// The field's text for a message, shortened when long.
    private func text(_ start: Int, _ end: Int) -> String {
        let whole = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        return whole.count > 40 ? whole.prefix(40) + "…" : whole
    }

    /// The column of byte `index`, from 1, counted in Unicode scalars.
    private func column(of index: Int, lineStart: Int) -> Int {
        var column = 1
        for i in lineStart..<index where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    // MARK: Jobs

    /// A checked whole-number field, nil when missing.
    private func whole(_ field: SWFField) -> Int? {
        let number = numbers[field.rawValue - 1]
        guard case .value(let value) = number.whole, value != -1 else { return nil }
        return Int(value)
    }

    /// A checked seconds field in milliseconds, nil when missing.
    private func milliseconds(_ field: SWFField) -> Int64? {
        let number = numbers[field.rawValue - 1]
        return number.isMissing ? nil : number.scaled(byPowerOfTen: 3)
    }

    /// Applies the replay rules to the checked fields of one line.
    private mutating func addJob(_ lineNumber: Int, _ lineStart: Int) throws(TraceReadError) {
        let jobNumber = whole(.jobNumber) ?? -1  // checked: never missing
        if let firstLine = lineOfJobNumber.updateValue(lineNumber, forKey: jobNumber) {
            throw TraceReadError(
                path: path, line: lineNumber, column: column(of: fieldStarts[0], lineStart: lineStart),
                message: "job number \(jobNumber) appears twice, on lines \(firstLine) and \(lineNumber); every job needs its own number"
            )
        }
        // Requested processors, else allocated; zero processors is no size at all.
        let requested = whole(.requestedProcessors) ?? 0
        let processors = requested >= 1 ? requested : whole(.allocatedProcessors) ?? 0
        guard processors >= 1 else {
            skips.noSize += 1
            return
        }
        let run = milliseconds(.runTime)
        let limit = milliseconds(.requestedTime)
        let duration: Int64? = switch (run, limit) {
        case let (run?, limit?): min(run, limit)
        case let (run?, nil): run
        case let (nil, limit?): limit
        case (nil, nil): nil
        }
        guard let duration, duration > 0 else {
            skips.noDuration += 1
            return
        }
        let wait = numbers[SWFField.waitTime.rawValue - 1]
        jobs.append(TraceJob(
            jobNumber: jobNumber,
            submitMilliseconds: milliseconds(.submitTime) ?? 0,  // checked: never missing
            runMilliseconds: duration,
            requestedMilliseconds: limit ?? duration,
            processors: processors,
            waitSeconds: wait.isMissing ? nil : wait.doubleValue,
            userID: whole(.userID),
            status: whole(.status)
        ))
    }
}
