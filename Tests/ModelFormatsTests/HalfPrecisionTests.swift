import Testing

@testable import ModelFormats

@Suite struct HalfPrecisionTests {
  #if !(os(macOS) && arch(x86_64))
    @Test func halfConversionMatchesFloat16ForEveryBitPattern() {
      var mismatches = 0
      for bits in 0...UInt16.max {
        let expected = Float(Float16(bitPattern: bits))
        let actual = HalfPrecision.float(fromHalfBits: bits)
        let same = expected.isNaN ? actual.isNaN : expected.bitPattern == actual.bitPattern
        if !same { mismatches += 1 }
      }
      #expect(mismatches == 0)
    }
  #endif

  @Test func halfSpecialValuesConvertExactly() {
    #expect(HalfPrecision.float(fromHalfBits: 0x0001) == 0x1p-24)
    #expect(HalfPrecision.float(fromHalfBits: 0x03FF) == 1023 * 0x1p-24)
    #expect(HalfPrecision.float(fromHalfBits: 0x7BFF) == 65504)
    #expect(HalfPrecision.float(fromHalfBits: 0xFC00) == -.infinity)
    #expect(HalfPrecision.float(fromHalfBits: 0x8000).sign == .minus)
    #expect(HalfPrecision.float(fromHalfBits: 0x7E00).isNaN)
  }

  @Test func bfloat16KeepsSignExponentAndTopMantissaBits() {
    #expect(HalfPrecision.float(fromBFloat16Bits: 0x3DCD) == 0.10009765625)
    #expect(HalfPrecision.float(fromBFloat16Bits: 0xFF80) == -.infinity)
  }
}
