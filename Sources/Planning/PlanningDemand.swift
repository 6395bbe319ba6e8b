import Optimization

/// A problem that stops planning, in plain words.
public struct PlanningError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong and what to do about it.
    public let message: String
    /// The build-out model that could not be solved, when the failure is the solver's, so that
    /// `--export-lp` can still hand it to another solver.
    public let unsolvedProgram: LinearProgram?

    /// Creates an error.
    public init(message: String, unsolvedProgram: LinearProgram? = nil) {
        self.message = message
        self.unsolvedProgram = unsolvedProgram
    }

    /// The message.
    public var description: String { message }
}
