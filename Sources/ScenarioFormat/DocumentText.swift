import Foundation

/// Reads a YAML document's text from a file, never more than the loader's size limit.
///
/// The file is read only up to `LoaderLimits.maximumDocumentBytes` + 1 bytes, so a huge file
/// (or one whose reported size is wrong) cannot exhaust memory before it is refused; the
/// refusal points at the line and column where the limit is crossed.
enum DocumentText {
    /// Why a document's text could not be had.
    enum Problem: Error {
        /// The file does not exist or cannot be opened.
        case unreadable
        /// The file is longer than the limit; the place of its first byte past the limit.
        case tooLarge(line: Int, column: Int)
        /// The bytes are not UTF-8; the place of the first one that is not.
        case notUTF8(line: Int, column: Int)
    }

    /// The text of the file at `path`.
    static func read(path: String) -> Result<String, Problem> {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(.unreadable) }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: LoaderLimits.maximumDocumentBytes + 1) ?? Data()
        } catch {
            return .failure(.unreadable)
        }
        return text(of: data)
    }

    /// `data` as text, refused when longer than the limit or not UTF-8.
    static func text(of data: Data) -> Result<String, Problem> {
        let bytes = [UInt8](data)
        if bytes.count > LoaderLimits.maximumDocumentBytes {
            let place = self.place(ofByte: LoaderLimits.maximumDocumentBytes, in: bytes)
            return .failure(.tooLarge(line: place.line, column: place.column))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let place = self.place(ofByte: firstInvalidUTF8Byte(bytes), in: bytes)
            return .failure(.notUTF8(line: place.line, column: place.column))
        }
        return .success(text)
    }

    /// The line and column (both from 1, columns in Unicode scalars) of byte `offset`.
    static func place(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        // Continuation bytes (10xxxxxx) do not start a scalar.
        let column = 1 + bytes[lineStart..<before.endIndex].reduce(0) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return (line, column)
    }

    /// The offset of the first byte that does not belong to valid UTF-8.
    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += UTF8.width(scalar)
        }
        return offset
    }
}
