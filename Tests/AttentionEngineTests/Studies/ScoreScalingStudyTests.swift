import Testing

@testable import AttentionEngine

@Suite struct ScoreScalingStudyTests {
  let result = ScoreScalingStudy().run()

  @Test func rawSpreadGrowsLikeSquareRootOfHeadSize() {
    #expect(result.points.map(\.headSize) == [4, 8, 16, 32, 64, 128, 256, 512])
    for point in result.points {
      let ratio = point.rawStandardDeviation / Double(point.headSize).squareRoot()
      #expect(abs(ratio - 1) < 0.1, "d \(point.headSize): raw/√d = \(ratio)")
    }
    let first = result.points.first!.rawStandardDeviation
    let last = result.points.last!.rawStandardDeviation
    #expect(last / first > 8 && last / first < 14, "√(512/4) ≈ 11.3")
  }

  @Test func scaledSpreadStaysNearOne() {
    for point in result.points {
      #expect(abs(point.scaledStandardDeviation - 1) < 0.1, "d \(point.headSize)")
    }
  }

  @Test func scaledSpreadIsRawDividedBySquareRootOfHeadSize() {
    for point in result.points {
      let expected = point.rawStandardDeviation / Double(point.headSize).squareRoot()
      #expect(abs(point.scaledStandardDeviation - expected) < 1e-5)
    }
  }

  @Test func sameSettingsGiveIdenticalResults() {
    #expect(ScoreScalingStudy().run() == result)
    #expect(ScoreScalingStudy(seed: 1).run() != result)
  }

  @Test func softmaxWithoutScalingIsMorePeakedAtLargeHeadSize() {
    let example = result.example
    #expect(example.headSize == 512)
    #expect(abs(example.rawWeights.reduce(0, +) - 1) < 1e-5)
    #expect(abs(example.scaledWeights.reduce(0, +) - 1) < 1e-5)
    #expect(example.rawWeights.max()! > example.scaledWeights.max()!)
    #expect(example.rawWeights.max()! > 0.9)
  }

  @Test func standardDeviationOfHandPickedValues() {
    #expect(ScoreScalingStudy.standardDeviation([1, -1, 1, -1]) == 1)
    #expect(ScoreScalingStudy.standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) == 2)
    #expect(ScoreScalingStudy.standardDeviation([]) == 0)
  }
}
