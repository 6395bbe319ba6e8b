import Yams

/// Checks a composed document against the loader's limits on values and depth, counting each
/// alias as everything it names, without expanding anything.
///
/// It walks the document composed from the masked text (`YAMLAliasMask`), in document order:
/// each node counts one value, each alias the expanded size of the node its anchor last
/// named (libyaml's rule: an alias names the latest node with that anchor that ended before
/// it). The walk stops at the first node that takes the running total past
/// `LoaderLimits.maximumExpandedValues` or lies (itself, or through an alias, what it names)
/// deeper than `LoaderLimits.maximumNestingDepth`, and reports that node's place.
///
/// - Complexity: O(n) in the number of composed nodes; iterative, so any depth is safe.
struct YAMLBudget {
    /// What an anchor names: its expanded size in values, and its height in levels.
    private struct Extent {
        var values: Int
        var height: Int
    }

    private let aliases: [YAMLAliasMask.Place: YAMLAliasMask.Alias]
    private let file: String
    private var anchors: [String: Extent] = [:]
    private var total = 0

    /// Sizes saturate here, so that 9²⁰-value documents do not overflow `Int`.
    private static let ceiling = LoaderLimits.maximumExpandedValues + 1

    /// Checks `root`, composed from a text whose aliases are `aliases`.
    /// - Throws: `YAMLSyntaxError` at the first node past a limit.
    static func check(_ root: Node, aliases: [YAMLAliasMask.Place: YAMLAliasMask.Alias], file: String) throws(YAMLSyntaxError) {
        var budget = YAMLBudget(aliases: aliases, file: file)
        try budget.walk(root)
    }

    private init(aliases: [YAMLAliasMask.Place: YAMLAliasMask.Alias], file: String) {
        self.aliases = aliases
        self.file = file
    }

    /// One open map or list on the walk: its node, its children (keys and values in turn for
    /// a map; read in place, not copied) and the next to visit, its depth and what it has
    /// summed so far.
    private struct Frame {
        enum Children {
            case map(Node.Mapping)
            case list(Node.Sequence)
        }

        let node: Node
        let children: Children
        let count: Int
        var next = 0
        let depth: Int
        var extent = Extent(values: 1, height: 1)

        /// Child `index`: for a map, key and value in turn.
        func child(_ index: Int) -> Node {
            switch children {
            case .map(let map):
                let pair = map[map.startIndex + index / 2]
                return index.isMultiple(of: 2) ? pair.key : pair.value
            case .list(let list):
                return list[list.startIndex + index]
            }
        }
    }

    /// What visiting one node gives: a map or list to walk into, or a finished leaf.
    private enum Visit {
        case open(Frame)
        case leaf(Extent)
    }

    private mutating func walk(_ root: Node) throws(YAMLSyntaxError) {
        var stack: [Frame] = []
        var upcoming: (node: Node, depth: Int)? = (root, 1)
        while true {
            if let (node, depth) = upcoming {
                upcoming = nil
                switch try visit(node, depth: depth) {
                case .open(let frame): stack.append(frame)
                case .leaf(let extent): add(extent, to: &stack)
                }
            }
            guard var top = stack.popLast() else { return }
            if top.next < top.count {
                upcoming = (top.child(top.next), top.depth + 1)
                top.next += 1
                stack.append(top)
            } else {
                register(top.node, top.extent)
                add(top.extent, to: &stack)
            }
        }
    }

    /// Counts `node` at `depth` (the document is depth 1) against the limits.
    private mutating func visit(_ node: Node, depth: Int) throws(YAMLSyntaxError) -> Visit {
        let place = YAMLAliasMask.Place(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        if case .sequence(let list) = node, list.isEmpty, let alias = aliases[place] {
            let shown = "`*\(Excerpt.escaped(alias.anchor))`"
            // Yams refuses such an alias too; refusing it here also means that anchors the
            // walk failed to see can never let an alias through uncounted.
            guard let named = anchors[alias.anchor] else {
                throw error(place, "the alias \(shown) names no anchor `&\(Excerpt.escaped(alias.anchor))` written before it; expected an anchor defined earlier in the file")
            }
            total = min(Self.ceiling, total + named.values)
            if total > LoaderLimits.maximumExpandedValues {
                throw error(place, "with this alias \(shown) the document would hold more than \(Self.limitPhrase) values once its aliases are expanded, the loader's limit; expected aliases that repeat a few small blocks")
            }
            let reached = depth - 1 + named.height
            if reached > LoaderLimits.maximumNestingDepth {
                throw error(place, "through this alias \(shown) the document nests \(reached) levels deep, more than the loader's limit of \(LoaderLimits.maximumNestingDepth); expected a scenario nested a few levels deep")
            }
            return .leaf(named)
        }
        total += 1
        if total > LoaderLimits.maximumExpandedValues {
            throw error(place, "the document holds more than \(Self.limitPhrase) values here, the loader's limit; expected a scenario, a short YAML text file")
        }
        if depth > LoaderLimits.maximumNestingDepth {
            throw error(place, "this is nested \(depth) levels deep, more than the loader's limit of \(LoaderLimits.maximumNestingDepth); expected a scenario nested a few levels deep")
        }
        switch node {
        case .mapping(let map) where !map.isEmpty:
            return .open(Frame(node: node, children: .map(map), count: 2 * map.count, depth: depth))
        case .sequence(let list) where !list.isEmpty:
            return .open(Frame(node: node, children: .list(list), count: list.count, depth: depth))
        default:
            let extent = Extent(values: 1, height: 1)
            register(node, extent)
            return .leaf(extent)
        }
    }

    private static let limitPhrase = ValueReader.format(Double(LoaderLimits.maximumExpandedValues))

    /// Adds a finished child's extent to the open map or list above it.
    private func add(_ child: Extent, to stack: inout [Frame]) {
        guard !stack.isEmpty else { return }
        let parent = stack.count - 1
        stack[parent].extent.values = min(Self.ceiling, stack[parent].extent.values + child.values)
        stack[parent].extent.height = max(stack[parent].extent.height, child.height + 1)
    }

    /// Remembers what `node`'s anchor, if any, now names (replacing an earlier node of that name).
    private mutating func register(_ node: Node, _ extent: Extent) {
        if let anchor = node.anchor { anchors[anchor.rawValue] = extent }
    }

    private func error(_ place: YAMLAliasMask.Place, _ message: String) -> YAMLSyntaxError {
        YAMLSyntaxError(location: SourceLocation(file: file, line: place.line, column: place.column), message: message)
    }
}
