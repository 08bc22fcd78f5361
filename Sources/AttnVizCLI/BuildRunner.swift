import AttentionEngine
import Figures
import Foundation
import Lessons
import SiteGeneration

/// Runs a manifest: traces every text, renders its figures and pages, then writes them all.
///
/// Nothing is written until every trace, figure and page is ready, and every file is written
/// atomically, so a failure leaves the output folder as it was (or with whole files only).
struct BuildRunner {
  var manifest: Manifest
  var templates: TemplateSource
  var renderer = FigureRenderer()

  /// The files of the whole build, sorted by path; `warnings` collects figure warnings.
  func files(warnings: inout [String]) throws -> [OutputFile] {
    let site = try SiteGenerator(templates: templates)
    var files = [OutputFile]()
    var pages = [(index: IndexPage, tokens: [TokenPage], summary: String)]()
    for job in manifest.texts {
      let built: (figures: [OutputFile], site: Site, summary: String)
      do {
        built = try build(job, warnings: &warnings)
      } catch let error as CLIError {
        // Name the text, and count a bad manifest value as bad input (exit 1), not usage.
        throw CLIError.failure("text '\(job.id)' of the manifest: \(error.description)")
      }
      files += built.figures
      var index = built.site.indexPages[0]
      index.home = PageLink(href: "../index.html", label: manifest.title)
      pages.append((index, built.site.tokenPages, built.summary))
    }
    let home = HomePage(
      title: manifest.title,
      entries: pages.map { page in
        HomePage.Entry(
          title: page.index.title, text: page.index.sourceText, href: page.index.path,
          summary: page.summary)
      })
    let all = Site(
      homePage: home, indexPages: pages.map(\.index), tokenPages: pages.flatMap(\.tokens))
    for (path, text) in try site.renderedFiles(of: all) {
      files.append(OutputFile(path: path, bytes: Data(text.utf8)))
    }
    return files.sorted { $0.path < $1.path }
  }

  private func build(_ job: TextJob, warnings: inout [String]) throws
    -> (figures: [OutputFile], site: Site, summary: String)
  {
    let trace = try Pipeline.trace(of: job.text, tokenizer: job.tokenizer, model: job.model)
    let (layer, head) = try Pipeline.head(layer: job.layer, head: job.head, in: trace)
    let colormap = try figureStep("choosing the colormap") { try Colormap.named(job.colormap) }

    var figures = [String: OutputFile]()
    for planned in plan(job, trace: trace, layer: layer, head: head, colormap: colormap) {
      let path = "\(job.id)/\(planned.name)"
      guard figures[path] == nil else { continue }
      let options = RenderOptions(format: planned.format, scale: planned.scale)
      let figure = try figureStep("rendering '\(path)'") {
        try renderer.render(planned.request, of: trace, options: options)
      }
      warnings += figure.warnings.map { "\(path): \($0)" }
      figures[path] = OutputFile(path: path, bytes: Data(figure.bytes))
    }

    let paths = TraceFigurePaths(
      heatmap: FigureNames.heatmap(layer: layer, head: head, format: .svg),
      querySteps: trace.tokens.indices.map {
        FigureNames.step(queryIndex: $0, layer: layer, head: head, format: .svg)
      },
      data: TraceDataFiles(
        weights: HeadExport.weightsPath(layer: layer, head: head),
        scaledScores: HeadExport.scaledScoresPath(layer: layer, head: head)))
    let pages = TracePages(
      trace: trace, layer: layer, head: head, folder: job.id, title: job.title, figures: paths)
    let summary =
      "\(trace.model.displayName) · mask: \(trace.model.maskDescription) · tokenizer: "
      + "\(trace.tokenizerName) · \(trace.tokens.count) tokens"
    let data = HeadExport.files(of: trace, layer: layer, head: head, folder: job.id)
    return (Array(figures.values) + data, pages.site(), summary)
  }

  private struct PlannedFigure {
    var request: FigureRequest
    var name: String
    var format: OutputFormat
    var scale: Double
  }

  /// The figures of one text: the SVGs its pages show (the chosen head's heatmap and every
  /// token's step), then each requested view in each requested format and PNG scale.
  private func plan(
    _ job: TextJob, trace: AttentionTrace, layer: Int, head: Int, colormap: Colormap
  ) -> [PlannedFigure] {
    func heatmap(_ l: Int, _ h: Int, _ format: OutputFormat, _ scale: Double) -> PlannedFigure {
      PlannedFigure(
        request: FigureRequest(view: .heatmap, layer: l, head: h, colormap: colormap),
        name: FigureNames.heatmap(layer: l, head: h, format: format, scale: scale),
        format: format, scale: scale)
    }
    func step(_ query: Int, _ format: OutputFormat, _ scale: Double) -> PlannedFigure {
      PlannedFigure(
        request: FigureRequest(
          view: .step, layer: layer, head: head, queryIndex: query, colormap: colormap,
          highlightedTokens: [query]),
        name: FigureNames.step(
          queryIndex: query, layer: layer, head: head, format: format, scale: scale),
        format: format, scale: scale)
    }

    var planned = [heatmap(layer, head, .svg, 2)] + trace.tokens.indices.map { step($0, .svg, 2) }
    for (format, scale) in outputs(of: job) {
      if job.views.contains(.heatmap) {
        for (l, h) in heatmapHeads(of: trace, chosen: (layer, head)) {
          planned.append(heatmap(l, h, format, scale))
        }
      }
      if job.views.contains(.step) {
        planned += trace.tokens.indices.map { step($0, format, scale) }
      }
    }
    return planned
  }

  /// The heads that get a heatmap file: every head of a small model (at most
  /// `allHeadsLimit` heads in all, such as the teaching model), else the chosen one, so a
  /// 30-layer model does not write 270 heatmaps per format.
  private func heatmapHeads(of trace: AttentionTrace, chosen: (Int, Int)) -> [(Int, Int)] {
    guard trace.layerCount * trace.headCount <= Self.allHeadsLimit else { return [chosen] }
    return (0..<trace.layerCount).flatMap { l in (0..<trace.headCount).map { (l, $0) } }
  }

  /// The most heads for which a build writes one heatmap each.
  static let allHeadsLimit = 16

  /// Every (format, scale) a job asks for, with one entry per PNG scale.
  private func outputs(of job: TextJob) -> [(OutputFormat, Double)] {
    job.formats.flatMap { format in
      (format == .png ? job.scales : [2]).map { (format, $0) }
    }
  }

  private func figureStep<T>(_ step: String, _ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as FigureError {
      throw CLIError.failure("\(step): \(error.description)")
    }
  }
}
