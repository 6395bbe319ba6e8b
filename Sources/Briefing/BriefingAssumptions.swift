import FactoryModel

/// The assumptions section, before the charts: every input that drives a headline with its
/// value, source and basis (`Assumption`, from the scenario), then what the model leaves out
/// (`ModelLimitation.notModelled`). Every text from a file (comments, names) is escaped by
/// `BriefingHTML`.
extension BriefingPage {
    /// The section: the inputs' tables when the scenario is known (else a sentence saying how to
    /// get them), then the "not modelled" list, which comes from the code and is always there.
    var assumptionsSection: String {
        let words = labels.assumptions
        var html = "<section id=\"assumptions\">\n<h2>\(BriefingHTML.escape(words.title))</h2>\n"
        if let assumptions {
            html += "<p>\(BriefingHTML.escape(words.intro))</p>\n<p class=\"source\">\(BriefingHTML.escape(countsText(assumptions)))</p>\n"
            html += assumptionTables(assumptions)
        } else {
            html += "<p>\(BriefingHTML.escape(words.unknown))</p>\n"
        }
        html += "<h3>\(BriefingHTML.escape(words.notModelledTitle))</h3>\n<p>\(BriefingHTML.escape(words.notModelledIntro))</p>\n<ul class=\"not-modelled\">\n"
        for limitation in ModelLimitation.notModelled {
            html += "<li>\(BriefingHTML.escape(labels.language == .nl ? limitation.dutch : limitation.english))</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    /// "75 inputs: 12 sourced, …" in the page's language.
    func countsText(_ assumptions: [Assumption]) -> String {
        func count(_ basis: AssumptionSource.Basis) -> String { String(assumptions.count { $0.source.basis == basis }) }
        return labels.assumptions.counts
            .replacingAll("{total}", with: String(assumptions.count))
            .replacingAll("{sourced}", with: count(.sourced))
            .replacingAll("{estimate}", with: count(.estimate))
            .replacingAll("{none}", with: count(.noSourceGiven))
    }

    /// One table per subject, in the order of the rows: the scenario's own inputs, each node
    /// model, each tenant (by its display name).
    func assumptionTables(_ assumptions: [Assumption]) -> String {
        let words = labels.assumptions
        var subjects: [Assumption.Subject] = []
        var rowsBySubject: [Assumption.Subject: [Assumption]] = [:]
        for row in assumptions {
            if rowsBySubject[row.subject] == nil { subjects.append(row.subject) }
            rowsBySubject[row.subject, default: []].append(row)
        }
        let columns = [words.input, words.value, words.source, words.basis]
        return subjects.map { subject in
            let caption = switch subject {
            case .scenario: words.scenarioCaption
            case .nodeModel(let id): words.modelCaptionPrefix + id
            case .tenant(let name): words.tenantCaptionPrefix + tenantName(name)
            }
            let rows = (rowsBySubject[subject] ?? []).map { [$0.field, valueText($0.value), sourceText($0.source), basisText($0.source)] }
            // Field paths are long single words: they may wrap after a dot or underscore. Rows of
            // comments are tall: a table kept whole would leave half pages blank.
            return BriefingHTML.table(caption: caption, columns: columns, rows: rows, textColumns: [0, 1, 2, 3], wrappingColumns: [0], mayBreak: true)
        }.joined()
    }

    /// The value with its numbers in the page's language; "none" when nothing is set.
    func valueText(_ value: AssumptionValue) -> String {
        guard !value.isNone else { return labels.assumptions.none }
        return value.parts.map { part in
            switch part {
            case .number(let number): plainNumber(number)
            case .text(let text): text
            }
        }.joined()
    }

    /// The comment's excerpt and its place, "EST: 38 h (see header). (default-catalog.yaml:106)";
    /// the place alone without a comment; a sentence for a field left at the format's default.
    func sourceText(_ source: AssumptionSource) -> String {
        guard let place = source.place else { return labels.assumptions.formatDefault }
        return source.excerpt.isEmpty ? "(\(place))" : "\(source.excerpt) (\(place))"
    }

    /// "sourced · FACTS §6, grade B", "estimate", "no source given (…)".
    func basisText(_ source: AssumptionSource) -> String {
        let words = labels.assumptions
        let basis = switch source.basis {
        case .sourced: words.sourced
        case .estimate: words.estimate
        case .noSourceGiven: words.noSourceGiven
        }
        return source.citation.map { "\(basis) · \($0)" } ?? basis
    }
}

private extension String {
    /// Every `target` replaced by `replacement`, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
