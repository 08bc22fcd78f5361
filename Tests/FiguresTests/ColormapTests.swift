import Diagnostics
import Testing

@testable import Figures

@Suite struct ColormapTests {
  @Test func viridisRunsFromPurpleToYellow() throws {
    let viridis = try Colormap.named("viridis")
    #expect(viridis.color(at: 0) == RGBColor(red: 0x44 / 255, green: 0x01 / 255, blue: 0x54 / 255))
    #expect(viridis.color(at: 1) == RGBColor(red: 0xfd / 255, green: 0xe7 / 255, blue: 0x25 / 255))
    #expect(!viridis.isDiverging)
  }

  @Test func reversedSuffixFlipsTheMap() throws {
    let plain = try Colormap.named("magma")
    let reversed = try Colormap.named("magma_r")
    #expect(reversed.color(at: 0) == plain.color(at: 1))
    #expect(reversed.color(at: 0.25) == plain.color(at: 0.75))
    #expect(reversed.name == "magma_r")
  }

  @Test func everyListedNameResolves() throws {
    for name in Colormap.allNames {
      #expect(try Colormap.named(name).name == name)
    }
    #expect(Colormap.allNames.contains("cividis") && Colormap.allNames.contains("PuOr_r"))
  }

  @Test func unknownColormapSuggestsNearestName() {
    #expect(throws: FigureError.unknownColormap(name: "virdis", suggestion: "viridis")) {
      try Colormap.named("virdis")
    }
    let message = FigureError.unknownColormap(name: "virdis", suggestion: "viridis").description
    #expect(message.hasPrefix("unknown colormap 'virdis'; did you mean 'viridis'? Choices:"))
    #expect(NameSuggestion.nearest(to: "zzzzzzzzzz", among: Colormap.allNames) == nil)
  }

  @Test func signedScaleIsCentredAtZeroWithTheTrueRange() throws {
    let scale = ValueScale.signed([-1, 3, 0.5], colormap: try Colormap.named("RdBu"))
    #expect(scale.minimum == -1 && scale.maximum == 3)
    #expect(scale.position(of: 0) == 0.5)
    #expect(scale.position(of: 3) == 1)
    #expect(scale.ticks == [-1, 0, 3])
  }

  @Test func robustScaleClipsFarOutliersOnlyAndKeepsTheTrueRange() throws {
    let typical = (0..<40).map { Double($0 % 5) - 2 }
    let clipped = ValueScale.robustSigned(typical + [-20], colormap: .defaultDiverging)
    #expect(clipped.minimum == -20 && clipped.maximum == 2)
    #expect(clipped.isClipped && clipped.colorLimit == 4)
    #expect(clipped.position(of: -20) == 0 && clipped.position(of: -4) == 0)
    #expect(clipped.position(of: 2) == 0.75)
    #expect(clipped.ticks == [-20, -4, 2])
    #expect(clipped.clippingNote == "beyond ±4.0 shown at full colour")

    let near = ValueScale.robustSigned(typical + [-5], colormap: .defaultDiverging)
    #expect(!near.isClipped && near.clippingNote == nil && near.colorLimit == 5)
  }

  @Test func weightScaleRunsFromZeroToOne() throws {
    let scale = ValueScale.weights(try Colormap.named("viridis"))
    #expect(scale.ticks == [0, 0.25, 0.5, 0.75, 1])
    #expect(scale.position(of: 0.3) == 0.3)
  }

  @Test func cellTextContrastsWithItsBackground() throws {
    let viridis = try Colormap.named("viridis")
    #expect(viridis.color(at: 0).contrastingText == .white)
    #expect(viridis.color(at: 1).contrastingText == .black)
  }
}
