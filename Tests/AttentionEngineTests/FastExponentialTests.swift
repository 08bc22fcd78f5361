import Foundation
import Testing

@testable import AttentionEngine

@Suite struct FastExponentialTests {
  @Test func matchesTheLibraryExponentialToAFewUnitsInTheLastPlace() {
    var worst: Float = 0
    var x: Float = -87
    while x < 88 {
      let lanes = SIMD8<Float>((0..<8).map { x + Float($0) * 0.0137 })
      let fast = FastExponential.exp(lanes)
      for lane in 0..<8 {
        let exact = Foundation.exp(Double(lanes[lane]))
        worst = max(worst, Float(abs(Double(fast[lane]) - exact) / exact))
      }
      x += 0.173
    }
    #expect(worst < 5e-7, "largest relative error \(worst)")
  }

  @Test func underflowIsExactlyZeroAndZeroGivesOne() {
    let lanes = SIMD8<Float>(-.infinity, -1e30, -88, -87.4, 0, -0.0, 1, -1)
    let e = FastExponential.exp(lanes)
    #expect(e[0] == 0 && e[1] == 0 && e[2] == 0 && e[3] == 0)
    #expect(e[4] == 1 && e[5] == 1)
    #expect(abs(e[6] - 2.7182817) < 1e-6 && abs(e[7] - 0.36787945) < 1e-7)
  }
}
