import Testing

@testable import Figures

@Suite struct AxisLabelPlannerTests {
  @Test func everyLabelShowsWhenCellsAreTallEnough() {
    let plan = AxisLabelPlanner.plan(count: 5, pitch: 20, labelExtent: 12, highlighted: [])
    #expect(plan.map(\.index) == [0, 1, 2, 3, 4])
    #expect(plan.allSatisfy { $0.center == $0.cellCenter })
  }

  @Test func thinnedLabelsNeverOverlapAndKeepHighlightedOnes() {
    let highlighted: Set<Int> = [40, 41, 42, 43, 199]
    let plan = AxisLabelPlanner.plan(
      count: 200, pitch: 2, labelExtent: 12, highlighted: highlighted)
    #expect(highlighted.isSubset(of: Set(plan.map(\.index))))
    let centers = plan.map(\.center)
    #expect(zip(centers, centers.dropFirst()).allSatisfy { $1 - $0 >= 12 - 1e-9 })
    #expect(centers.last! <= 400)
  }
}
