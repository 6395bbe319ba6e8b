import SimulationKernel

/// Draws `count` values and tallies them.
func tally(_ count: Int, _ stream: inout RandomStream, _ draw: (inout RandomStream) -> Double) -> RunningStatistics {
    var statistics = RunningStatistics()
    for _ in 0..<count { statistics.add(draw(&stream)) }
    return statistics
}
