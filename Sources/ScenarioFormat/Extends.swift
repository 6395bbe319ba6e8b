import Foundation

/// Reads a scenario file and, through `extends:`, the files it builds on, merged into one tree.
///
/// Maps merge key by key at every depth; lists and single values replace. The merged tree keeps
/// each value's own location, so messages point at the file that set it.
enum ExtendsResolver {
    /// The most files one `extends` chain may hold; deeper chains are almost surely a mistake.
    static let maximumChainLength = 16

    /// Reads `path` and everything it extends; nil when a file could not be read or parsed
    /// (the reason is in `log`).
    static func load(path: String, log: DiagnosticLog, fence: FileFence? = nil) -> YAMLNode? {
        load(path: path, log: log, fence: fence, chain: [], requestedAt: nil)
    }

    private static func load(path: String, log: DiagnosticLog, fence: FileFence?, chain: [String], requestedAt: (SourceLocation, FieldPath)?) -> YAMLNode? {
        let here = requestedAt?.0 ?? SourceLocation(file: path, line: 1, column: 1)
        let field = requestedAt?.1 ?? .root
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.path
        if chain.contains(canonical) {
            log.error(here, field, "`extends` goes round in a circle (\(Excerpt.quoted(path, limit: Excerpt.pathLimit)) extends itself through its bases); a base must not extend its variant")
            return nil
        }
        if chain.count >= maximumChainLength {
            log.error(here, field, "`extends` chains more than \(maximumChainLength) files; this is almost surely a mistake")
            return nil
        }
        let what = requestedAt == nil ? "the scenario file" : "the base scenario \(Excerpt.quoted(path, limit: Excerpt.pathLimit))"
        if FileManager.default.fileExists(atPath: path), !FileFence.isRegularFile(path) {
            log.error(here, field, "\(what) is not a regular file (a folder, a device or a pipe); expected a scenario file")
            return nil
        }
        if let requestedAt, let fence {
            fence.check(path, kind: "base scenario", at: requestedAt.0, requestedAt.1, log: log)
        }
        let text: String
        switch DocumentText.read(path: path) {
        case .success(let read):
            text = read
        case .failure(.unreadable):
            log.error(here, field, "cannot read \(what): no such file, or it is not readable")
            return nil
        case .failure(.tooLarge(let line, let column)):
            log.error(SourceLocation(file: path, line: line, column: column), .root, YAMLReader.tooLargeMessage)
            return nil
        case .failure(.notUTF8(let line, let column)):
            log.error(SourceLocation(file: path, line: line, column: column), .root, "the file is not UTF-8 text from here on; save it as UTF-8")
            return nil
        }
        let document: YAMLNode
        do {
            document = try YAMLReader.parse(text, file: path)
        } catch {
            log.error(error.location, .root, error.message)
            return nil
        }
        guard let entries = document.entries else {
            // A single value may be folded from many lines of a file that is no scenario at
            // all (a key, a password list): quote its first line as written, not the value.
            let found = if case .scalar = document.content { Excerpt.quoted(Self.line(document.location.line, of: text)) } else { document.kindPhrase }
            log.error(document.location, .root, "a scenario must be a map of fields (name:, horizon:, budget:, …), found \(found)")
            return nil
        }
        guard let extendsEntry = entries.first(where: { $0.key == "extends" }) else { return document }
        guard case .scalar(let basePath, _) = extendsEntry.value.content else {
            log.error(extendsEntry.value.location, FieldPath.root.key("extends"), "expected the path of a base scenario file, found \(extendsEntry.value.kindPhrase)")
            return nil
        }
        let resolved = basePath.hasPrefix("/") ? basePath
            : URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(basePath).path
        let display = relativeDisplayPath(resolved)
        guard let base = load(path: display, log: log, fence: fence, chain: chain + [canonical],
                              requestedAt: (extendsEntry.value.location, FieldPath.root.key("extends"))) else { return nil }
        var variant = document
        variant.content = .mapping(entries.filter { $0.key != "extends" })
        return merge(base: base, variant: variant)
    }

    /// Line `number` (from 1) of `text`, without its line break; empty past the end.
    static func line(_ number: Int, of text: String) -> String {
        var current = 1
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if Excerpt.isLineBreak(scalar) {
                if current == number { break }
                current += 1
            } else if current == number {
                result.append(scalar)
                if result.count > Excerpt.valueLimit { break }
            }
        }
        return String(result)
    }

    /// `variant` laid over `base`: maps merge key by key, everything else replaces.
    static func merge(base: YAMLNode, variant: YAMLNode) -> YAMLNode {
        guard var merged = base.entries, let overrides = variant.entries else { return variant }
        for entry in overrides {
            if let index = merged.firstIndex(where: { $0.key == entry.key }) {
                merged[index] = YAMLEntry(key: entry.key, keyLocation: entry.keyLocation,
                                          value: merge(base: merged[index].value, variant: entry.value))
            } else {
                merged.append(entry)
            }
        }
        return YAMLNode(content: .mapping(merged), location: variant.location)
    }

    /// A path relative to the working directory when it lies below it (shorter messages),
    /// otherwise the path as given.
    static func relativeDisplayPath(_ path: String) -> String {
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        let workingDirectory = FileManager.default.currentDirectoryPath
        let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        return standardized.hasPrefix(prefix) ? String(standardized.dropFirst(prefix.count)) : standardized
    }
}
