import Testing

@testable import AttnVizCLI

@Suite struct ArgumentParserTests {
  let options: [OptionSpecification] = [
    .value("layer", "L", "layer"), .flag("json", "json"), .value("colormap", "NAME", "map"),
  ]

  @Test func splitsPositionalsValuesAndFlags() throws {
    let parsed = try parseArguments(
      ["a text", "--layer", "2", "--json", "--colormap=magma"], options: options,
      command: "render")
    #expect(parsed.positionals == ["a text"])
    #expect(parsed.value("layer") == "2")
    #expect(parsed.value("colormap") == "magma")
    #expect(parsed.has("json"))
  }

  @Test func doubleDashEndsOptions() throws {
    let parsed = try parseArguments(["--", "--json"], options: options, command: "tokens")
    #expect(parsed.positionals == ["--json"])
    #expect(!parsed.has("json"))
  }

  @Test func unknownOptionSuggestsTheNearestName() {
    #expect(throws: CLIError.self) {
      try parseArguments(["--layr", "1"], options: options, command: "render")
    }
    do {
      _ = try parseArguments(["--layr", "1"], options: options, command: "render")
    } catch let error as CLIError {
      #expect(error.description.contains("did you mean '--layer'?"))
      #expect(error.exitCode == 64)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test func missingValueSaysWhatToWrite() {
    #expect(throws: CLIError.usage("'--layer' needs a value; write '--layer L'")) {
      try parseArguments(["--layer"], options: options, command: "render")
    }
  }

  @Test func integerOutOfRangeNamesTheRange() throws {
    let parsed = try parseArguments(["--layer", "0"], options: options, command: "render")
    #expect(throws: CLIError.self) {
      try parsed.integer("layer", in: 1...12, default: 1)
    }
  }
}
