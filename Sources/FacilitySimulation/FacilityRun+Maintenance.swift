import FactoryModel
import SimulationKernel

extension FacilityRun {
    /// Schedules planned maintenance window `window` (from 1), `everyWeeks` × `window` weeks
    /// after the horizon's start, if the scenario has windows and it opens within the horizon.
    func scheduleMaintenance(window: Int) {
        guard let windows = setup.scenario.site.maintenanceWindows else { return }
        let time = Int64(window) * Int64(windows.everyWeeks) * 168 * SimTime.millisecondsPerHour
        guard time < setup.calendar.endMs else { return }
        simulation.schedule(.maintenanceWindow(window: Int32(window)), at: SimTime(milliseconds: time), priority: EventPriority.capacity, tieBreak: 2)
    }

    /// Planned maintenance window `window` opens: the next ⌈share × installed nodes⌉ installed,
    /// working nodes after the previous window's, in node order and wrapping round, go out of
    /// service for the window's hours; their jobs are killed and requeued (keeping their last
    /// checkpoint). Nodes down for repair are passed over. The next window is scheduled.
    func openMaintenance(window: Int) {
        guard let windows = setup.scenario.site.maintenanceWindows else { return }
        scheduleMaintenance(window: window + 1)
        var installed = 0
        for node in setup.layout.nodeIndices where nodes.online[node] { installed += 1 }
        var remaining = windows.nodesPerWindow(installedNodes: installed)
        guard remaining > 0 else { return }
        let durationMs = max(1, SimTime.hours(windows.hours).milliseconds)
        let count = nodes.count
        var visited = 0
        while remaining > 0 && visited < count {
            let node = NodeIndex(maintenanceCursor)
            maintenanceCursor = (maintenanceCursor + 1) % count
            visited += 1
            guard nodes.online[node] && nodes.up[node] else { continue }
            takeDown(node: node, cause: InterruptionCause.maintenance.rawValue)
            simulation.schedule(.repair(node: node), at: SimTime(milliseconds: nowMs + durationMs),
                                priority: EventPriority.endsFailuresRepairs, tieBreak: EventPriority.repair(node: node))
            remaining -= 1
        }
    }
}
