import Foundation
import Testing

@testable import AttnVizCLI

@Suite struct TextInputTests {
  @Test func invalidUTF8NamesTheFirstBadByte() {
    let bytes = Data([0x68, 0x69, 0x20, 0xC3, 0x28, 0x21])  // "hi " then a broken sequence
    #expect(throws: CLIError.self) { try TextInput.decode(bytes, path: "bad.txt") }
    do {
      _ = try TextInput.decode(bytes, path: "bad.txt")
    } catch {
      #expect("\(error)".contains("offset 3"))
      #expect("\(error)".contains("'bad.txt'"))
    }
  }

  @Test func validUTF8IsReturnedUnchanged() throws {
    let text = "東京 café 🤗"
    #expect(try TextInput.decode(Data(text.utf8), path: "ok.txt") == text)
  }

  @Test func numberFormatNeverPrintsNegativeZero() {
    let format = NumberFormat(decimals: 4)
    #expect(format.number(-0.00001) == "0.0000")
    #expect(format.number(-1.5) == "-1.5000")
  }

  @Test func terminalTextShowsControlCharacters() {
    #expect(TerminalText.escaped("a\u{1B}[31mb\u{0}") == "a\\x1b[31mb\\x00")
  }
}
