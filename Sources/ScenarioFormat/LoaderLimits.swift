/// The bounds the YAML loader keeps for every document it reads (scenarios, their `extends`
/// bases, catalogs and sweep portfolios), checked before a document becomes values.
///
/// YAML lets a few hundred bytes describe billions of values (anchors whose aliases repeat
/// other aliases) or nest a thousand levels deep; without bounds such a file takes minutes and
/// gigabytes, or overflows the stack. A scenario is a short text file a few levels deep, so the
/// bounds sit far above any real one. `docs/scenario-format.md` ("Loader limits") lists them.
enum LoaderLimits {
    /// The largest document read, in bytes (1 MB). A file is read only this far.
    static let maximumDocumentBytes = 1 << 20
    /// The most values (maps, lists, keys and single values) a document may hold once every
    /// alias is replaced by what it names. A 1 MB file without aliases holds at most ~500,000.
    static let maximumExpandedValues = 1_000_000
    /// The deepest nesting of maps and lists, the document itself being level 1, aliases
    /// counted as what they name. Scenarios nest about 6 levels.
    static let maximumNestingDepth = 64

    /// `maximumDocumentBytes` as messages print it.
    static let documentBytesPhrase = "1 MB (1,048,576 bytes)"
}
