import Evaluation
import FactoryModel
import Foundation
import Optimization
import Planning
import TestSupport
import Testing

/// The planning tests' scenarios, small enough to work out by hand.
let fixtures = Repository.fixtures(of: "PlanningTests")

/// Plans small enough to work out by hand (the fixtures' comments show the arithmetic).
@Suite struct HandWorkedPlanTests {
    /// Hours in each month of 2027.
    static let hours2027: [Double] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map { $0 * 24 }

    @Test func whenTheBudgetBindsMaxServedSpendsItAllInTheFirstMonth() throws {
        let scenario = try fixtures.scenario("hand-worked")
        let plan = try PlanEvaluation.run(scenario).plan
        #expect(plan.scenario.buildOut.map(\.at) == [Month(year: 2027, month: 1)])
        #expect(plan.scenario.buildOut.first?.nodes == ["ideal-gpu": 100])
        // 100 nodes × 80 % × 8,760 hours served, less the tie-break of 1e-4 per euro of capex.
        let served = 0.8 * 100 * Self.hours2027.reduce(0, +)
        // The interior-point optimum is exact to its tolerance, 1e-8 relative.
        #expect(abs(plan.rounds[0].objective - (served - 1e-4 * 3_150_000)) < 1e-7 * served)
        #expect(plan.rounds[0].status == .optimal)
    }

    @Test func whenTheGridBindsThePlanBuysWhatThePUELeavesOfTheConnection() throws {
        let scenario = try fixtures.scenario("hand-worked-grid")
        let plan = try PlanEvaluation.run(scenario).plan
        // 0.13 MW ÷ PUE 1.3 = 100 kW of IT load = 100 nodes of 1 kW, though the budget buys 1,000.
        #expect(plan.scenario.buildOut.first?.nodes == ["ideal-gpu": 100])
    }

    @Test func minCostBuysJustEnoughForTheShortestMonthAtThePresentCostWorkedOutByHand() throws {
        let scenario = try fixtures.scenario("hand-worked-min-cost")
        let plan = try PlanEvaluation.run(scenario).plan
        #expect(plan.scenario.buildOut.first?.nodes == ["ideal-gpu": 75])
        #expect(plan.scenario.buildOut.map(\.at) == [Month(year: 2027, month: 1)])
        // Per node: capex 31,500 (2027, undiscounted) + energy at 80 % busy,
        // (0.1 + 0.8 × 0.9) kW × 8,760 h × PUE 1.3 ÷ 1,000 × €150/MWh, less the residual
        // 30,000 × (1 − 1 year ÷ 5 years), discounted one year at 3 %.
        let energy = 0.82 * Self.hours2027.reduce(0, +) * 1.3 / 1_000 * 150
        let perNode = 31_500 + energy - 30_000 * 0.8 / 1.03
        #expect(abs(plan.rounds[0].objective - 75 * perNode) < 1e-7 * 75 * perNode)
    }

    @Test func anImpossibleQuotaIsNamedAsTheConstraintToRevisit() throws {
        let scenario = try fixtures.scenario("hand-worked-quota")
        #expect {
            try PlanEvaluation.run(scenario).plan
        } throws: { error in
            guard let error = error as? PlanningError else { return false }
            return error.message.contains("planning.quota_coverage") && error.unsolvedProgram != nil
        }
    }

    @Test func theExportedModelReadsBackAndSolvesToTheSameObjective() throws {
        let scenario = try fixtures.scenario("hand-worked-min-cost")
        let plan = try PlanEvaluation.run(scenario).plan
        let text = MPSWriter.write(plan.model.program)
        let program = try MPSReader.parse(text, path: "plan.mps")
        let again = BranchAndBoundSolver(relativeGap: 1e-9).solve(program)
        #expect(again.status == .optimal)
        #expect(abs(again.objective - plan.rounds[0].objective) <= 1e-6 * abs(plan.rounds[0].objective))
    }

    @Test func aFixedPhaseStaysInThePlanAsWritten() throws {
        var scenario = try fixtures.scenario("hand-worked")
        scenario.buildOut = [BuildPhase(at: Month(year: 2027, month: 7), nodes: ["ideal-gpu": 10], isFixed: true)]
        let plan = try PlanEvaluation.run(scenario).plan
        // The fixed 10 nodes in July take 315,000 of the budget; the other 90 come in January.
        #expect(plan.scenario.buildOut.count == 2)
        #expect(plan.scenario.buildOut[0].at == Month(year: 2027, month: 1))
        #expect(plan.scenario.buildOut[0].nodes == ["ideal-gpu": 90])
        #expect(plan.scenario.buildOut[1].isFixed)
        #expect(plan.scenario.buildOut[1].nodes == ["ideal-gpu": 10])
    }
}
