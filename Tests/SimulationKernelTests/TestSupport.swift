import SimulationKernel

/// Whether `a` and `b` agree to within `relative` of the larger magnitude (or `absolute`, whichever is looser).
func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    if a == b { return true }
    let tolerance = Swift.max(absolute, relative * Swift.max(a.magnitude, b.magnitude))
    return (a - b).magnitude <= tolerance
}

/// The distance between two finite doubles in units in the last place.
func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
    func ordered(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits < 0 ? Int64.min &- bits : bits
    }
    let difference = ordered(a).subtractingReportingOverflow(ordered(b))
    return difference.overflow ? .max : difference.partialValue.magnitude
}

/// Draws `count` values and tallies them.
func tally(_ count: Int, _ stream: inout RandomStream, _ draw: (inout RandomStream) -> Double) -> RunningStatistics {
    var statistics = RunningStatistics()
    for _ in 0..<count { statistics.add(draw(&stream)) }
    return statistics
}
