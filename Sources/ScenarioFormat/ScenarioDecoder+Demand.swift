import FactoryModel
import Foundation

/// The demand kinds a scenario can name, as written in `demand.kind`.
enum DemandKind: String, CaseIterable {
    case constant, linear, exponential, logistic, monthly, poisson, trace
}

/// The distribution kinds a job mix can name, as written in `distribution:`.
enum DistributionKind: String, CaseIterable {
    case fixed, exponential, lognormal, uniform, choice
}

extension ScenarioDecoder {
    /// `demand:` of one tenant.
    func demand(_ node: YAMLNode, _ path: FieldPath) -> Demand? {
        guard let reader = MapReader(node, path, values) else { return nil }
        guard let kind = reader.required("kind", { values.option($0, $1, DemandKind.self) }) else {
            // Without a kind the other keys cannot be judged; report only the kind.
            return nil
        }
        defer { reader.finish(context: "for demand of kind `\(kind.rawValue)`") }
        let gpuHours = ScenarioRanges.gpuHoursPerMonth
        let pattern: Demand.Pattern?
        switch kind {
        case .constant:
            pattern = reader.number("gpu_hours_per_month", in: gpuHours).map { .constant(gpuHoursPerMonth: $0) }
        case .linear:
            let start = reader.number("start_gpu_hours_per_month", in: gpuHours)
            let end = reader.number("end_gpu_hours_per_month", in: gpuHours)
            pattern = start.flatMap { start in end.map { .linear(startGPUHoursPerMonth: start, endGPUHoursPerMonth: $0) } }
        case .exponential:
            let start = reader.number("start_gpu_hours_per_month", in: gpuHours)
            let rate = reader.number("growth_rate_per_year", in: ScenarioRanges.growthRate)
            let cap = reader.optional("cap_gpu_hours_per_month") { values.number($0, $1, in: gpuHours) }
            pattern = start.flatMap { start in rate.map { .exponential(startGPUHoursPerMonth: start, growthRatePerYear: $0, capGPUHoursPerMonth: cap) } }
        case .logistic:
            let start = reader.number("start_gpu_hours_per_month", in: gpuHours)
            let cap = reader.number("cap_gpu_hours_per_month", in: gpuHours)
            let midpoint = reader.calendarMonth("midpoint")
            let steepness = reader.number("steepness_per_year", in: ScenarioRanges.steepness)
            if let start, let cap, let midpoint, let steepness {
                pattern = .logistic(startGPUHoursPerMonth: start, capGPUHoursPerMonth: cap, midpoint: midpoint, steepnessPerYear: steepness)
            } else {
                pattern = nil
            }
        case .monthly:
            pattern = reader.required("steps") { self.monthlySteps($0, $1, valueKey: "gpu_hours_per_month", range: gpuHours) }
                .map { .monthly(steps: $0) }
        case .poisson:
            pattern = reader.number("jobs_per_hour", in: ScenarioRanges.jobsPerHour).map { .poisson(jobsPerHour: $0) }
        case .trace:
            let file = reader.required("file") { self.traceFile($0, $1) }
            let gpusPerProcessor = reader.optional("gpus_per_processor", default: 1) { values.integer($0, $1, in: ScenarioRanges.gpusPerNode) }
            pattern = file.map { .trace(path: $0, gpusPerProcessor: gpusPerProcessor) }
        }
        guard kind != .trace else { return pattern.map { Demand(pattern: $0) } }
        let starts = reader.optional("starts") { values.calendarMonth($0, $1) }
        let seasonality = reader.optional("seasonality") { values.numbers($0, $1, in: ScenarioRanges.seasonality, count: 12) }
        if let seasonality, let seasonNode = reader.value("seasonality") {
            let mean = seasonality.reduce(0, +) / 12
            if abs(mean - 1) > 0.01 {
                log.warning(seasonNode.location, path.key("seasonality"), "the 12 multipliers average \(String(format: "%.3f", mean)), not 1, so they change the year's total demand as well as its timing")
            }
        }
        return pattern.map { Demand(pattern: $0, startMonth: starts, seasonality: seasonality) }
    }

    /// A trace file path, relative to the scenario file that names it; must exist.
    private func traceFile(_ node: YAMLNode, _ path: FieldPath) -> String? {
        guard let name = values.text(node, path) else { return nil }
        let resolved = name.hasPrefix("/") ? name
            : URL(fileURLWithPath: node.location.file).deletingLastPathComponent().appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: resolved) else {
            log.error(node.location, path, "the trace file \(Excerpt.quoted(name, limit: 120)) does not exist (looked for \(ExtendsResolver.relativeDisplayPath(resolved))); expected a Standard Workload Format file, path relative to this scenario file")
            return nil
        }
        guard FileFence.isRegularFile(resolved) else {
            log.error(node.location, path, "the trace file \(Excerpt.quoted(name, limit: 120)) is not a regular file (a folder, a device or a pipe); expected a Standard Workload Format file")
            return nil
        }
        fence?.check(resolved, kind: "trace file", at: node.location, path, log: log)
        return URL(fileURLWithPath: resolved).standardizedFileURL.path
    }

    /// `job_mix:` of one tenant.
    func jobMix(_ node: YAMLNode, _ path: FieldPath) -> JobMix? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let gpus = reader.required("gpus_per_job") { self.distribution($0, $1, of: .gpus) }
        let hours = reader.required("hours_per_job") { self.distribution($0, $1, of: .hours) }
        let factor = reader.number("walltime_factor", in: ScenarioRanges.walltimeFactor, default: 1.5)
        guard let gpus, let hours else { return nil }
        return JobMix(gpusPerJob: gpus, hoursPerJob: hours, walltimeFactor: factor)
    }

    /// What a job-mix distribution describes, and so the ranges of its parameters.
    enum DistributedQuantity {
        /// GPUs per job: values from 1 GPU, a mean or median above 0.
        case gpus
        /// Hours per job: every parameter from 0.001 hours.
        case hours

        /// The range of `value`, `min`, `max` and each of `values`.
        var valueRange: FieldRange { self == .gpus ? ScenarioRanges.gpusPerJob : ScenarioRanges.hoursPerJob }
        /// The range of an exponential `mean` and a lognormal `median`.
        var centreRange: FieldRange { self == .gpus ? ScenarioRanges.gpusPerJobMean : ScenarioRanges.hoursPerJob }
    }

    /// A distribution map whose parameters lie within the ranges of `quantity`.
    func distribution(_ node: YAMLNode, _ path: FieldPath, of quantity: DistributedQuantity) -> Distribution? {
        guard let reader = MapReader(node, path, values) else { return nil }
        guard let kind = reader.required("distribution", { values.option($0, $1, DistributionKind.self) }) else { return nil }
        defer { reader.finish(context: "for a `\(kind.rawValue)` distribution") }
        let valueRange = quantity.valueRange
        switch kind {
        case .fixed:
            return reader.number("value", in: valueRange).map { .fixed(value: $0) }
        case .exponential:
            return reader.number("mean", in: quantity.centreRange).map { .exponential(mean: $0) }
        case .lognormal:
            let median = reader.number("median", in: quantity.centreRange)
            let sigma = reader.number("sigma", in: ScenarioRanges.sigma)
            guard let median, let sigma else { return nil }
            return .lognormal(median: median, sigma: sigma)
        case .uniform:
            let low = reader.number("min", in: valueRange)
            let high = reader.number("max", in: valueRange)
            guard let low, let high else { return nil }
            if high < low {
                log.error(reader.value("max")!.location, path.key("max"), "max \(ValueReader.format(high)) is below min \(ValueReader.format(low)); expected min ≤ max")
                return nil
            }
            return .uniform(min: low, max: high)
        case .choice:
            let choices = reader.required("values") { values.numbers($0, $1, in: valueRange) }
            let weights = reader.required("weights") { values.numbers($0, $1, in: ScenarioRanges.choiceWeight) }
            guard let choices, let weights else { return nil }
            let weightsNode = reader.value("weights")!
            if choices.isEmpty {
                log.error(reader.value("values")!.location, path.key("values"), "expected at least one value")
                return nil
            }
            if choices.count != weights.count {
                log.error(weightsNode.location, path.key("weights"), "expected one weight per value (\(choices.count)), found \(weights.count)")
                return nil
            }
            if weights.reduce(0, +) <= 0 {
                log.error(weightsNode.location, path.key("weights"), "the weights add up to 0; expected at least one positive weight")
                return nil
            }
            return .choice(values: choices, weights: weights)
        }
    }
}
