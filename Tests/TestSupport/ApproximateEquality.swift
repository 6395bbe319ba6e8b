/// Whether two computed numbers agree, by one documented rule for every test target:
/// |a − b| ≤ max(absolute, relative × max(|a|, |b|)).
///
/// Equal numbers (including equal infinities) are close; NaN is close to nothing. Pass
/// `absolute` for quantities that may be zero, where a relative tolerance alone demands
/// exactness. The default relative tolerance, 1e-12, is for closed forms and linear algebra;
/// tests of solvers and simulations state their own.
public func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    if a == b { return true }
    guard a.isFinite, b.isFinite else { return false }
    return (a - b).magnitude <= Swift.max(absolute, relative * Swift.max(a.magnitude, b.magnitude))
}

/// Whether two vectors have the same length and agree entry by entry (see `isClose`).
public func isClose(_ a: [Double], _ b: [Double], relative: Double = 1e-12, absolute: Double = 0) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}

/// The distance between two finite doubles in units in the last place: 0 for equal numbers
/// (and for +0 and −0), 1 for neighbours. For tests of bit-exact and 1-ulp claims.
public func ulpDistance(_ a: Double, _ b: Double) -> UInt64 {
    func ordered(_ x: Double) -> Int64 {
        let bits = Int64(bitPattern: x.bitPattern)
        return bits < 0 ? Int64.min &- bits : bits
    }
    let difference = ordered(a).subtractingReportingOverflow(ordered(b))
    return difference.overflow ? .max : difference.partialValue.magnitude
}
