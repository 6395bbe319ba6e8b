import Foundation

/// Short, escaped excerpts of text for messages.
///
/// A message about a file quotes at most one short excerpt of the offending value, never the
/// whole of it: `extends:` can name any readable file, and CI prints `check`'s messages for
/// scenarios that arrive in pull requests, so a whole-file quote could put a password list or a
/// private key into a public log.
enum Excerpt {
    /// The most characters an excerpt shows.
    static let defaultLimit = 32

    /// At most `limit` characters of the first line of `text`, in double quotes, with quotes,
    /// backslashes and control characters escaped, and `…` when anything was left out.
    static func quoted(_ text: String, limit: Int = defaultLimit) -> String {
        "\"\(clipped(text, limit: limit))\""
    }

    /// As `quoted`, without the quotes.
    static func clipped(_ text: String, limit: Int = defaultLimit) -> String {
        let scalars = text.unicodeScalars
        var shown = ""
        var taken = 0
        var cut = false
        for scalar in scalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}" {
                cut = true
                break
            }
            if taken == limit {
                cut = true
                break
            }
            switch scalar {
            case "\"": shown += "\\\""
            case "\\": shown += "\\\\"
            case "\t": shown += "\\t"
            default:
                switch scalar.properties.generalCategory {
                case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                default:
                    shown.unicodeScalars.append(scalar)
                }
            }
            taken += 1
        }
        return shown + (cut ? "…" : "")
    }
}

/// Where the files a scenario names may come from, and what kind of file they must be.
///
/// `extends` bases and trace files must be regular files (not folders, devices or pipes). A file
/// that resolves (symbolic links followed) outside the folder tree of the scenario being loaded
/// is a warning, or an error with `strict` (`validate --strict`, `check --strict`), so that a
/// scenario in a pull request cannot quietly read files elsewhere on the CI machine.
struct FileFence {
    /// The scenario's own folder, resolved, ending in `/`.
    let folder: String
    /// Whether a file outside `folder` is an error rather than a warning.
    let strict: Bool

    /// The largest scenario file read, bytes: scenarios are short text files.
    static let maximumScenarioBytes = 1 << 20

    init(scenarioPath: String, strict: Bool) {
        let resolved = Self.resolved(URL(fileURLWithPath: scenarioPath).deletingLastPathComponent().path)
        folder = resolved.hasSuffix("/") ? resolved : resolved + "/"
        self.strict = strict
    }

    /// `path` made absolute, standardised and with symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `path` (links followed) is a regular file; false when it does not exist.
    static func isRegularFile(_ path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: resolved(path))
        return (attributes?[.type] as? FileAttributeType) == .typeRegular
    }

    /// The size of the file at `path` in bytes, nil when unknown.
    static func size(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: resolved(path)))?[.size] as? Int
    }

    /// Logs a warning (an error when `strict`) when `path` lies outside the scenario's folder tree.
    func check(_ path: String, kind: String, at location: SourceLocation, _ field: FieldPath, log: DiagnosticLog) {
        let target = Self.resolved(path)
        guard !target.hasPrefix(folder) else { return }
        let shown = ExtendsResolver.relativeDisplayPath(folder)
        let message = "the \(kind) \(Excerpt.quoted(path, limit: 120)) lies outside the scenario's folder \(Excerpt.quoted(shown.isEmpty ? "." : shown, limit: 120)); expected a file in that folder or below it"
        if strict {
            log.error(location, field, message + " (an error under --strict)")
        } else {
            log.warning(location, field, message)
        }
    }
}
