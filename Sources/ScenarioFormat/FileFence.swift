import Foundation

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
        let message = "the \(kind) \(Excerpt.quoted(path, limit: Excerpt.pathLimit)) lies outside the scenario's folder \(Excerpt.quoted(shown.isEmpty ? "." : shown, limit: Excerpt.pathLimit)); expected a file in that folder or below it"
        if strict {
            log.error(location, field, message + " (an error under --strict)")
        } else {
            log.warning(location, field, message)
        }
    }
}
