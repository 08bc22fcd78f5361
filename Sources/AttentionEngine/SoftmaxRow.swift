/// The softmax of one row, in place, eight entries at a time.
enum SoftmaxRow {
  /// Replaces `count` logits at `row` by `softmax(scale · logit)` over the entries whose
  /// `visible` flag is set and whose logit is not `-inf`; every other entry becomes exactly
  /// 0, and a row with no such entry becomes all zeros.
  ///
  /// The largest visible logit is subtracted before `exp`. The sum is kept in eight lanes
  /// and the lanes are added in one fixed order, so the result is the same on every machine.
  @inline(__always)
  static func normalize(
    _ row: UnsafeMutablePointer<Float>, visible: UnsafePointer<Bool>, count: Int, scale: Float
  ) {
    let largest = largestVisible(row, visible: visible, count: count)
    guard largest > -Float.infinity else {
      row.update(repeating: 0, count: count)
      return
    }
    let raw = UnsafeMutableRawPointer(row)
    let flags = UnsafeRawPointer(visible)
    let stride = MemoryLayout<Float>.stride
    var lanes = SIMD8<Float>()
    var j = 0
    while j + 8 <= count {
      let x = raw.loadUnaligned(fromByteOffset: j * stride, as: SIMD8<Float>.self)
      let e = weight(x, flags: flags, at: j, largest: largest, scale: scale)
      raw.storeBytes(of: e, toByteOffset: j * stride, as: SIMD8<Float>.self)
      lanes += e
      j += 8
    }
    var tail: Float = 0
    if j < count {
      for index in j..<count {
        let e = visible[index] ? FastExponential.exp((row[index] - largest) * scale) : 0
        row[index] = e
        tail += e
      }
    }
    let total = sum(lanes) + tail
    let inverse = SIMD8<Float>(repeating: 1 / total)
    j = 0
    while j + 8 <= count {
      let x = raw.loadUnaligned(fromByteOffset: j * stride, as: SIMD8<Float>.self)
      raw.storeBytes(of: x * inverse, toByteOffset: j * stride, as: SIMD8<Float>.self)
      j += 8
    }
    while j < count {
      row[j] *= inverse[0]
      j += 1
    }
  }

  /// `exp((x − largest) · scale)` for the lanes whose flag at `flags + j` is set, else 0.
  ///
  /// A `-inf` logit gives 0 through `FastExponential`. Eight flags are read as one word:
  /// with causal or no masking almost every word is all set or all clear, and only the
  /// rest pay for a per-lane mask.
  @inline(__always)
  private static func weight(
    _ x: SIMD8<Float>, flags: UnsafeRawPointer, at j: Int, largest: Float, scale: Float
  ) -> SIMD8<Float> {
    let word = flags.loadUnaligned(fromByteOffset: j, as: UInt64.self)
    if word == 0 { return SIMD8() }
    let e = FastExponential.exp((x - largest) * scale)
    return word == allSet ? e : e.replacing(with: 0, where: .!shown(flags, at: j))
  }

  /// Eight `true` flags read as one little- or big-endian word (each byte is 1).
  private static let allSet: UInt64 = 0x0101_0101_0101_0101

  /// The visibility flags `j..<j + 8` as a lane mask.
  @inline(__always)
  private static func shown(_ flags: UnsafeRawPointer, at j: Int) -> SIMDMask<SIMD8<Int32>> {
    var lanes = SIMD8<Int32>()
    for lane in 0..<8 where flags.load(fromByteOffset: j + lane, as: Bool.self) {
      lanes[lane] = -1
    }
    return lanes .!= 0
  }

  /// The largest logit among visible entries, or `-inf` when none is visible.
  @inline(__always)
  private static func largestVisible(
    _ row: UnsafeMutablePointer<Float>, visible: UnsafePointer<Bool>, count: Int
  ) -> Float {
    let raw = UnsafeRawPointer(row)
    let flags = UnsafeRawPointer(visible)
    var best = SIMD8<Float>(repeating: -.infinity)
    var j = 0
    while j + 8 <= count {
      let x = raw.loadUnaligned(
        fromByteOffset: j * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
      let word = flags.loadUnaligned(fromByteOffset: j, as: UInt64.self)
      if word != 0 {
        let candidate =
          word == allSet ? x : x.replacing(with: -.infinity, where: .!shown(flags, at: j))
        best = best.replacing(with: candidate, where: candidate .> best)
      }
      j += 8
    }
    var largest = -Float.infinity
    for lane in 0..<8 where best[lane] > largest { largest = best[lane] }
    while j < count {
      if visible[j] && row[j] > largest { largest = row[j] }
      j += 1
    }
    return largest
  }

  /// The eight lanes added pairwise in a fixed order.
  @inline(__always)
  private static func sum(_ lanes: SIMD8<Float>) -> Float {
    let half = lanes.lowHalf + lanes.highHalf
    let quarter = half.lowHalf + half.highHalf
    return quarter[0] + quarter[1]
  }
}
