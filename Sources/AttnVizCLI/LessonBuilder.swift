import AttentionEngine
import Figures
import Foundation
import Lessons
import SiteGeneration

/// Builds the whole lesson: traces the lesson's sentences, draws every figure for slides
/// (PNG at 2×, SVG, PDF on the 16:9 canvas) and once more as a natural-size SVG for the
/// pages, and renders the lesson site with per-token trace pages.
///
/// Real models load once per process (`ModelCatalog` caches them). Nothing is written here;
/// the caller writes the returned files.
struct LessonBuilder {
  var templates: TemplateSource
  var renderer = FigureRenderer()

  /// The files of the lesson, sorted by path; `warnings` collects figure warnings.
  func files(warnings: inout [String]) throws -> [OutputFile] {
    let plan = LessonPlan(traces: try traces())
    var files = [OutputFile]()
    var altTexts = [String: String]()
    for figure in plan.allFigures {
      for format in [OutputFormat.png, .svg, .pdf] {
        let path = LessonPages.figureFolder + "/" + figure.fileName(format)
        let options = RenderOptions(format: format, scale: 2, canvas: .slide16x9)
        let rendered = try figureStep("rendering '\(path)'") {
          try figure.render(with: renderer, options: options)
        }
        if format == .svg {
          altTexts[figure.name] = rendered.altText
          warnings += rendered.warnings.map { "\(path): \($0)" }
        }
        files.append(OutputFile(path: path, bytes: Data(rendered.bytes)))
      }
      files.append(try pageFigure(figure))
    }
    files += try traceFiles(plan.traceSets)
    files += try siteFiles(LessonPages(plan: plan, altTexts: altTexts), plan: plan)
    files += try handouts(plan)
    return files.sorted { $0.path < $1.path }
  }

  /// The printable handout of the lesson, in A4 and US Letter.
  private func handouts(_ plan: LessonPlan) throws -> [OutputFile] {
    let document = plan.handoutDocument()
    return try PaperSize.allCases.map { paper in
      let bytes = try figureStep("writing the \(paper.rawValue) handout") {
        try HandoutWriter().pdf(of: document, paper: paper)
      }
      return OutputFile(path: "handout-\(paper.rawValue).pdf", bytes: Data(bytes))
    }
  }

  /// The SVG a point page shows: the figure at its natural size, without slide margins.
  private func pageFigure(_ figure: LessonFigureItem) throws -> OutputFile {
    let path = [LessonPages.figureFolder, LessonPages.pageFigureFolder, figure.fileName(.svg)]
      .joined(separator: "/")
    let rendered = try figureStep("rendering '\(path)'") {
      try figure.render(with: renderer, options: RenderOptions(format: .svg))
    }
    return OutputFile(path: path, bytes: Data(rendered.bytes))
  }

  /// The lesson's sentences through the teaching model and both real models.
  private func traces() throws -> LessonTraces {
    let text = LessonScript.pronounSentence
    let pair = LessonScript.contextPair
    func run(_ text: String, _ model: String) throws -> AttentionTrace {
      try Pipeline.trace(of: text, tokenizer: "word", model: ModelSettings(name: model))
    }
    return LessonTraces(
      teaching: try run(text, "teaching"), encoder: try run(text, "minilm"),
      decoder: try run(text, "smollm2"),
      encoderPair: (try run(pair.first, "minilm"), try run(pair.second, "minilm")),
      decoderPair: (try run(pair.first, "smollm2"), try run(pair.second, "smollm2")),
      teachingProjections: try teachingProjections())
  }

  /// Layer 1, head 1 of the same teaching model `Pipeline` runs, for the projections figure.
  private func teachingProjections() throws -> ProjectionWeights {
    let model = try TeachingModel(configuration: ModelSettings(name: "teaching").teaching)
    let weights = model.projectionWeights(layer: 0, head: 0)
    return ProjectionWeights(query: weights.query, key: weights.key, value: weights.value)
  }

  /// The heatmap and step SVGs the trace pages of each set show.
  private func traceFiles(_ sets: [LessonTraceSet]) throws -> [OutputFile] {
    var files = [OutputFile]()
    for set in sets {
      let options = RenderOptions(format: .svg, scale: 2)
      let heatmap = FigureRequest(view: .heatmap, layer: set.layer, head: set.head)
      let heatmapName = FigureNames.heatmap(layer: set.layer, head: set.head, format: .svg)
      var requests = [(heatmapName, heatmap)]
      for query in set.trace.tokens.indices {
        requests.append(
          (
            FigureNames.step(queryIndex: query, layer: set.layer, head: set.head, format: .svg),
            FigureRequest(
              view: .step, layer: set.layer, head: set.head, queryIndex: query,
              highlightedTokens: [query])
          ))
      }
      for (name, request) in requests {
        let path = set.folder + "/" + name
        let figure = try figureStep("rendering '\(path)'") {
          try renderer.render(request, of: set.trace, options: options)
        }
        files.append(OutputFile(path: path, bytes: Data(figure.bytes)))
      }
    }
    return files
  }

  /// The lesson pages, the trace pages and the stylesheet.
  private func siteFiles(_ pages: LessonPages, plan: LessonPlan) throws -> [OutputFile] {
    var site = Site()
    for set in plan.traceSets {
      let paths = TraceFigurePaths(
        heatmap: FigureNames.heatmap(layer: set.layer, head: set.head, format: .svg),
        querySteps: set.trace.tokens.indices.map {
          FigureNames.step(queryIndex: $0, layer: set.layer, head: set.head, format: .svg)
        })
      let traced = TracePages(
        trace: set.trace, layer: set.layer, head: set.head, folder: set.folder,
        title: set.title, figures: paths
      ).site()
      var index = traced.indexPages[0]
      index.home = PageLink(href: "../index.html", label: LessonScript.title)
      site.indexPages.append(index)
      site.tokenPages += traced.tokenPages
    }
    var texts = try SiteGenerator(templates: templates).renderedFiles(of: site)
    let lesson = try LessonSiteRenderer(templates: templates)
    let index = pages.indexPage()
    texts.append((index.path, try lesson.render(index)))
    for page in pages.pointPages() { texts.append((page.path, try lesson.render(page))) }
    let figures = pages.figureIndexPage()
    texts.append((figures.path, try lesson.render(figures)))
    return texts.map { OutputFile(path: $0.path, bytes: Data($0.text.utf8)) }
  }

  private func figureStep<T>(_ step: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as FigureError {
      throw CLIError.failure("\(step): \(error.description)")
    }
  }
}
