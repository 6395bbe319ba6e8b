/// A position in one of the run's tables, as a type of its own (in the manner of
/// swift-tagged): a ``NodeIndex`` cannot be passed where a ``JobIndex`` is meant, and a
/// ``Column`` of one is not subscripted by the other.
///
/// Stored as `Int32`, as the tables store it, so that events and job records stay small.
protocol TableIndex: Hashable, Comparable, Sendable {
    /// The position, from 0.
    var rawValue: Int32 { get }
    /// The index at `rawValue`.
    init(rawValue: Int32)
}

extension TableIndex {
    /// The index at `position`, which must fit in 32 bits.
    @inline(__always)
    init(_ position: Int) { self.init(rawValue: Int32(position)) }

    /// The position as an `Int`, for arithmetic and untyped arrays.
    @inline(__always)
    var position: Int { Int(rawValue) }

    @inline(__always)
    static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A node's number in the facility: nodes are numbered in the order they come online (then
/// by pool, then build order), so a lower number means installed earlier.
struct NodeIndex: TableIndex {
    /// The node number, from 0.
    let rawValue: Int32
    init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A job's row in the run's ``JobTable`` (the order of arrival in this run, from 0); not the
/// job number that reports show, which is ``JobRecord/jobID``.
struct JobIndex: TableIndex {
    /// The row, from 0.
    let rawValue: Int32
    init(rawValue: Int32) { self.rawValue = rawValue }
}

/// An array subscripted only by one kind of ``TableIndex``: one column of a struct-of-arrays table.
struct Column<Index: TableIndex, Element> {
    /// The values, at `index.position`.
    var elements: [Element]

    /// A column of `count` copies of `value`.
    init(repeating value: Element, count: Int) { elements = [Element](repeating: value, count: count) }

    /// A column holding `elements`, the first at index 0.
    init(_ elements: [Element]) { self.elements = elements }

    /// The number of rows.
    var count: Int { elements.count }

    /// Every index, in order.
    var indices: LazyMapSequence<Range<Int>, Index> { (0..<elements.count).lazy.map { Index($0) } }

    /// The value at `index`.
    @inline(__always)
    subscript(index: Index) -> Element {
        get { elements[index.position] }
        _modify { yield &elements[index.position] }
    }
}

extension Column: Sendable where Element: Sendable {}
