import Testing

@testable import SiteGeneration

@Suite("Template language")
struct TemplateTests {
  private func render(
    _ source: String, _ context: TemplateContext, partials: [String: String] = [:]
  ) throws -> String {
    let folder = try TemporaryFolder()
    try folder.write(source, to: "page.html")
    for (path, text) in partials { try folder.write(text, to: path) }
    let library = try TemplateLibrary(source: .directory(folder.url), names: ["page.html"])
    return try library.render("page.html", with: context)
  }

  @Test func variablesAreHTMLEscaped() throws {
    let output = try render("<p title=\"{{x}}\">{{x}}</p>", ["x": .text("a<b&c\"d'e")])
    #expect(output == "<p title=\"a&lt;b&amp;c&quot;d&#39;e\">a&lt;b&amp;c&quot;d&#39;e</p>")
  }

  @Test func onlySafeHTMLIsInsertedAsIs() throws {
    let context: TemplateContext = [
      "raw": .html(SafeHTML(trusted: "<em>ok</em>")), "data": .text("<em>no</em>"),
    ]
    let output = try render("{{raw}} {{data}}", context)
    #expect(output == "<em>ok</em> &lt;em&gt;no&lt;/em&gt;")
  }

  @Test func tripleBracesAreNotAnEscapeHatch() {
    #expect(throws: SiteGenerationError.self) {
      try render("{{{x}}}", ["x": .text("<b>")])
    }
  }

  @Test func sectionsRepeatForEachItemAndSeeOuterNames() throws {
    let items = ["a", "<b>"].map { TemplateContext(["name": .text($0)]) }
    let output = try render(
      "{{#items}}[{{name}}{{sep}}]{{/items}}", ["items": .list(items), "sep": .text(";")])
    #expect(output == "[a;][&lt;b&gt;;]")
  }

  @Test func invertedSectionsRenderForFalseAndEmptyValues() throws {
    let source = "{{^flag}}F{{/flag}}{{^list}}L{{/list}}{{^text}}T{{/text}}"
    let empty: TemplateContext = ["flag": .flag(false), "list": .list([]), "text": .text("")]
    #expect(try render(source, empty) == "FLT")
    let full: TemplateContext = ["flag": .flag(true), "list": .list([[:]]), "text": .text("x")]
    #expect(try render(source, full) == "")
  }

  @Test func standaloneTagLinesVanish() throws {
    let source = "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n  {{/items}}\n</ul>\n"
    let items = ["a", "b"].map { TemplateContext(["name": .text($0)]) }
    #expect(
      try render(source, ["items": .list(items)]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n")
  }

  @Test func partialsShareTheCallersScope() throws {
    let output = try render(
      "{{#page}}{{> parts/title.html}}{{/page}}", ["page": .context(["title": .text("<T>")])],
      partials: ["parts/title.html": "<h1>{{title}}</h1>"])
    #expect(output == "<h1>&lt;T&gt;</h1>")
  }

  @Test func standalonePartialsKeepTheTagsIndentation() throws {
    let output = try render(
      "<div>\n  {{> item.html}}\n</div>\n", [:], partials: ["item.html": "<p>\n  x\n</p>\n"])
    #expect(output == "<div>\n  <p>\n    x\n  </p>\n</div>\n")
  }

  @Test func windowsLineEndingsAreHandledLikeUnixOnes() throws {
    let items = ["a"].map { TemplateContext(["name": .text($0)]) }
    let output = try render(
      "<ul>\r\n{{#items}}\r\n<li>{{name}}</li>\r\n{{/items}}\r\n</ul>",
      [
        "items": .list(items)
      ])
    #expect(output == "<ul>\r\n<li>a</li>\r\n</ul>")
  }

  @Test func commentsProduceNothing() throws {
    #expect(try render("a{{! note }}b", [:]) == "ab")
  }

  @Test func unknownVariableNamesTheNameTemplateLineAndKnownNames() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try render("line one\n{{titel}}", ["title": .text("x")])
    }
    #expect(
      error == .unknownVariable(name: "titel", template: "page.html", line: 2, known: ["title"]))
    #expect(
      error?.description
        == "Template 'page.html' line 2 uses 'titel', which the page does not define."
        + " Did you mean 'title'?")
  }

  @Test func unknownVariableFarFromAnyNameListsTheDefinedNames() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try render("{{subtitle}}", ["title": .text("x"), "body": .text("y")])
    }
    #expect(error?.description.hasSuffix("Use one of the defined names: 'body', 'title'.") == true)
  }

  @Test func unclosedSectionNamesTheSectionAndItsLine() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try Template(name: "page.html", source: "a\n{{#items}}\nb\n")
    }
    #expect(error == .unclosedSection(name: "items", template: "page.html", line: 2))
    #expect(error?.description.contains("'{{/items}}'") == true)
  }

  @Test func mismatchedCloseSaysWhichCloseWasExpected() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try Template(name: "t", source: "{{#a}}{{#b}}{{/a}}{{/b}}")
    }
    #expect(error == .unexpectedClose(name: "a", open: "b", template: "t", line: 1))
  }

  @Test func unterminatedTagIsMalformed() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try Template(name: "t", source: "ok\n{{title\n")
    }
    #expect(error == .malformedTag(tag: "{{title", template: "t", line: 2))
  }

  @Test func listPrintedAsTextIsAKindError() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try render("{{items}}", ["items": .list([])])
    }
    #expect(error == .wrongKind(name: "items", expected: "text", template: "page.html", line: 1))
  }

  @Test func selfIncludingPartialStopsAtTheDepthLimit() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try render("{{> loop.html}}", [:], partials: ["loop.html": "x{{> loop.html}}"])
    }
    #expect(error == .partialsTooDeep(name: "loop.html", limit: 16))
  }

  @Test func missingPartialNamesTheFile() throws {
    let error = #expect(throws: SiteGenerationError.self) {
      try render("{{> nowhere.html}}", [:])
    }
    guard case .missingTemplate(let file, _)? = error else {
      Issue.record("expected a missing template error, got \(String(describing: error))")
      return
    }
    #expect(file == "nowhere.html")
  }
}
