import FactoryModel

extension SummaryFigures {
    /// Reads the text of `summary.json`.
    /// - Throws: `OutputFileError` naming `file` and the line of malformed JSON or of a value of
    ///   the wrong kind.
    public init(json text: String, file: String = "summary.json") throws {
        let root = try JSONValue.parse(file: file, text: text)
        guard root.isObject else { throw OutputFileError(file: file, line: root.line, message: "expected a JSON object") }
        guard let name = root["scenario"]?.string else {
            throw OutputFileError(file: file, line: (root["scenario"] ?? root).line, message: "`scenario` must be a string")
        }
        func month(_ value: JSONValue?, _ path: String) throws -> Month? {
            guard let value else { return nil }
            guard let text = value.string, let month = Month(parsing: text) else {
                throw OutputFileError(file: file, line: value.line, message: "`\(path)` must be a month, \"YYYY-MM\"")
            }
            return month
        }
        var tenants: [Tenant] = []
        if let list = root["tenants"] {
            guard case .array(let elements) = list.value else {
                throw OutputFileError(file: file, line: list.line, message: "`tenants` must be an array")
            }
            for element in elements {
                guard let tenantName = element["tenant"]?.string else {
                    throw OutputFileError(file: file, line: element.line, message: "each tenant needs a `tenant` name")
                }
                tenants.append(Tenant(name: tenantName, figures: try Self.estimates(element, path: "tenants[\(tenants.count)]", file: file)))
            }
        }
        self.init(
            scenario: name, seed: root["seed"]?.number.flatMap { UInt64(exactly: $0) },
            replications: root["replications"]?.number.flatMap { Int(exactly: $0) },
            horizonStart: try month(root["horizon"]?["start"], "horizon.start"), horizonEnd: try month(root["horizon"]?["end"], "horizon.end"),
            scheduler: root["scheduler"]?.string,
            facility: try Self.estimates(root["facility"], path: "facility", file: file),
            finance: try Self.estimates(root["finance"], path: "finance", file: file),
            subsidyByTenant: try Self.estimates(root["finance"]?["subsidy_per_tenant_eur"], path: "finance.subsidy_per_tenant_eur", file: file),
            tenants: tenants)
    }

    /// The figures of an object: `{"mean": …, "ci95_lower": …, "ci95_upper": …}` members, and
    /// plain numbers as estimates without bounds; other members are skipped.
    private static func estimates(_ object: JSONValue?, path: String, file: String) throws -> [String: Estimate] {
        guard let object else { return [:] }
        guard object.isObject else { throw OutputFileError(file: file, line: object.line, message: "`\(path)` must be an object") }
        var result: [String: Estimate] = [:]
        for member in object.members {
            if let number = member.value.number {
                result[member.key] = Estimate(mean: number, lower: nil, upper: nil)
            } else if member.value.isObject, let mean = member.value["mean"] {
                result[member.key] = Estimate(
                    mean: try part(mean, "\(path).\(member.key).mean", file: file),
                    lower: try part(member.value["ci95_lower"], "\(path).\(member.key).ci95_lower", file: file),
                    upper: try part(member.value["ci95_upper"], "\(path).\(member.key).ci95_upper", file: file))
            }
        }
        return result
    }

    /// A number or null (nil); throws for any other value.
    private static func part(_ value: JSONValue?, _ path: String, file: String) throws -> Double? {
        guard let value, !value.isNull else { return nil }
        guard let number = value.number else {
            throw OutputFileError(file: file, line: value.line, message: "`\(path)` must be a number or null")
        }
        return number
    }
}
