import Foundation
import Testing

@testable import Lessons

/// A manifest's text reaches the tokenizer exactly as written, invisible characters included.
@Suite struct ManifestTextTests {
  @Test func rawByteOrderMarkInsideATextSurvivesAndALeadingOneOpensTheFile() throws {
    let mark = "\u{FEFF}"
    let json = mark + #"{"texts": [{"text": "\#(mark)hi\#(mark) x"}]}"#
    let manifest = try ManifestReader.parse(Data(json.utf8), path: "m.json")
    #expect(manifest.texts.map(\.text) == ["\u{FEFF}hi\u{FEFF} x"])
    #expect(manifest.texts[0].text.unicodeScalars.count == 6)
  }

  @Test func byteOrderMarkOutsideAStringIsStillASyntaxError() {
    let json = #"{"texts": [{"text": "hi"}]"# + "\u{FEFF}" + "}"
    #expect(throws: ManifestError.self) {
      try ManifestReader.parse(Data(json.utf8), path: "m.json")
    }
  }
}
