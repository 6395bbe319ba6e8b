import FactoryModel

extension ScenarioDecoder {
    /// A catalog entry's unplanned interruptions: `interruptions:` (one class per cause, each
    /// `{annual_rate, repair_hours}`), and the older one-class fields `annual_failure_rate` and
    /// `repair_hours`, which set the GPU hardware class. Over a `base` model, every field not
    /// named keeps the base's value. nil (with errors logged) when anything is wrong.
    func reliability(_ reader: MapReader, base: NodeReliability?) -> NodeReliability? {
        var reliability = base ?? NodeReliability()
        var failed = false
        let shorthandRate = reader.optional("annual_failure_rate") { values.number($0, $1, in: ScenarioRanges.failureRate) }
        let shorthandRepair = reader.optional("repair_hours") { self.repairHours($0, $1) }
        if reader.value("annual_failure_rate") != nil && shorthandRate == nil { failed = true }
        if reader.value("repair_hours") != nil && shorthandRepair == nil { failed = true }
        if let shorthandRate { reliability[.gpuHardware].annualRatePerGPU = shorthandRate }
        if let shorthandRepair { reliability[.gpuHardware].repairHours = shorthandRepair }
        guard let node = reader.value("interruptions") else { return failed ? nil : reliability }
        let path = reader.path.key("interruptions")
        guard let classes = MapReader(node, path, values) else { return nil }
        defer { classes.finish(context: "(expected one of: \(InterruptionCause.unplanned.map(\.reportName).joined(separator: ", ")))") }
        for cause in InterruptionCause.unplanned {
            guard let classNode = classes.value(cause.reportName) else { continue }
            if cause == .gpuHardware, shorthandRate != nil || shorthandRepair != nil {
                let shorthand = shorthandRate != nil ? "annual_failure_rate" : "repair_hours"
                log.error(reader.value(shorthand)!.location, reader.path.key(shorthand),
                          "`\(shorthand)` gives the GPU hardware class, which `interruptions.gpu_hardware` gives too; expected it in one place")
                failed = true
                continue
            }
            guard let read = failureClass(classNode, path.key(cause.reportName), base: reliability[cause]) else { failed = true; continue }
            reliability[cause] = read
        }
        return failed ? nil : reliability
    }

    /// One class `{annual_rate, repair_hours}`; each field defaults to `base`'s.
    private func failureClass(_ node: YAMLNode, _ path: FieldPath, base: FailureClass) -> FailureClass? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let rate = reader.optional("annual_rate") { values.number($0, $1, in: ScenarioRanges.failureRate) }
        let repair = reader.optional("repair_hours") { self.repairHours($0, $1) }
        if (reader.value("annual_rate") != nil && rate == nil) || (reader.value("repair_hours") != nil && repair == nil) { return nil }
        return FailureClass(annualRatePerGPU: rate ?? base.annualRatePerGPU, repairHours: repair ?? base.repairHours)
    }

    /// A repair time: a number of hours (always that long) or a distribution of hours.
    private func repairHours(_ node: YAMLNode, _ path: FieldPath) -> Distribution? {
        if node.entries != nil { return distribution(node, path, of: .hours) }
        return values.number(node, path, in: ScenarioRanges.repairHours).map { .fixed(value: $0) }
    }

    /// `site.maintenance_windows:` `{every_weeks, hours, share_of_nodes}`.
    func maintenanceWindows(_ node: YAMLNode, _ path: FieldPath) -> MaintenanceWindows? {
        guard let reader = MapReader(node, path, values) else { return nil }
        defer { reader.finish() }
        let every = reader.required("every_weeks") { values.integer($0, $1, in: ScenarioRanges.maintenanceEveryWeeks) }
        let hours = reader.number("hours", in: ScenarioRanges.maintenanceHours)
        let share = reader.number("share_of_nodes", in: ScenarioRanges.share)
        guard let every, let hours, let share else { return nil }
        if hours > Double(every) * 168 {
            log.error(reader.value("hours")!.location, path.key("hours"),
                      "a window of \(ValueReader.format(hours)) hours is longer than the \(every) weeks (\(every * 168) hours) between windows; expected at most \(every * 168) hours")
            return nil
        }
        return MaintenanceWindows(everyWeeks: every, hours: hours, shareOfNodes: share)
    }
}
