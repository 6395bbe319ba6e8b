import FactoryModel

extension ScenarioDecoder {
    /// `history:` of one tenant: observed monthly usage. Decoding only decodes: the history is
    /// queued in `pendingForecasts` with its place, and `ScenarioLoader` fits it afterwards
    /// (the Forecasting target), reporting a fit that fails at the history's `usage`.
    func history(_ node: YAMLNode, _ path: FieldPath, horizon: ClosedRange<Month>?, tenant: Int) -> UsageHistory? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let curve = reader.optional("curve", default: .best) { values.option($0, $1, ForecastCurve.self) }
        let usage = reader.required("usage") { self.observations($0, $1) }
        guard let usage, let horizon else { return nil }
        let history = UsageHistory(curve: curve, observations: usage)
        pendingForecasts.append(PendingForecast(
            tenant: tenant, history: history, horizon: horizon,
            location: reader.value("usage")?.location ?? node.location, fieldPath: path.key("usage")))
        return history
    }

    /// The `usage:` list: `{month: YYYY-MM, gpu_hours: N}` items in strictly increasing months.
    private func observations(_ node: YAMLNode, _ path: FieldPath) -> [ObservedUsage]? {
        guard let items = values.list(node, path) else { return nil }
        var observations: [ObservedUsage] = []
        var failed = false
        for (index, item) in items.enumerated() {
            let itemPath = path.item(index)
            guard let reader = MapReader(item, itemPath, values) else { failed = true; continue }
            defer { reader.finish() }
            let month = reader.calendarMonth("month")
            let hours = reader.number("gpu_hours", in: ScenarioRanges.gpuHoursPerMonth)
            guard let month, let hours else { failed = true; continue }
            if let previous = observations.last, month <= previous.month {
                log.error(reader.value("month")!.location, itemPath.key("month"), "\(month) does not come after \(previous.month); expected the months in increasing order, each once")
                failed = true
            }
            observations.append(ObservedUsage(month: month, referenceGPUHours: hours))
        }
        return failed ? nil : observations
    }
}

/// A usage history decoded but not yet fitted: which tenant, over which horizon, and where
/// in the file to report a fit that fails.
struct PendingForecast {
    /// The tenant's position in `tenants:`.
    let tenant: Int
    /// The observed usage.
    let history: UsageHistory
    /// The scenario's horizon, over which the forecast runs.
    let horizon: ClosedRange<Month>
    /// The place of `usage:` in the file.
    let location: SourceLocation
    /// `tenants[i].history.usage`.
    let fieldPath: FieldPath
}

/// The histories one decoding queued for fitting, in file order.
final class PendingForecasts {
    private(set) var entries: [PendingForecast] = []

    func append(_ entry: PendingForecast) { entries.append(entry) }
}
