import Figures
import Foundation

/// `attnviz render`: one figure of one text into one file.
struct RenderCommand: Command {
  let name = "render"
  let summary = "Render one figure of a text into a PNG, SVG or PDF file."
  let usage = "TEXT --output FILE [--view VIEW] [--format FORMAT] [options]"
  var options: [OptionSpecification] {
    [
      TextInput.option,
      .value("output", "FILE", "the file to write; its extension picks the format"),
      .value("format", "FORMAT", "'png', 'svg' or 'pdf' (overrides the extension)"),
      .value("view", "VIEW", "'heatmap' (default) or 'step' (one query's step)"),
      .value("quantity", "WHAT", "heatmap of 'weights' (default), 'scores' or 'scaled-scores'"),
      .value("layer", "L", "the layer, from 1 (default 1)"),
      .value("head", "H", "the head, from 1 (default 1)"),
      .value("token", "TOKEN", "the query token (its text or position from 1); needed by 'step'"),
      .value("colormap", "NAME", "a matplotlib colormap name such as 'viridis' or 'cividis_r'"),
      .value("scale", "N", "PNG pixels per point, such as 1, 2 or 3 (default 2)"),
    ] + Pipeline.modelOptions
  }

  func run(_ arguments: ParsedArguments, console: Console) throws {
    let text = try TextInput.text(from: arguments, command: name)
    guard let output = arguments.value("output") else {
      throw CLIError.usage("'render' needs '--output FILE', such as '--output heatmap.png'")
    }
    let format = try outputFormat(arguments, path: output)
    let request = try figureRequest(arguments)
    let scale = try scale(arguments)
    let (tokenizer, settings) = try Pipeline.settings(from: arguments)
    let trace = try Pipeline.trace(of: text, tokenizer: tokenizer, model: settings)
    let (layer, head) = try Pipeline.head(
      layer: try arguments.integer("layer", in: 1...64, default: 1),
      head: try arguments.integer("head", in: 1...64, default: 1), in: trace)
    var placed = request
    placed.layer = layer
    placed.head = head
    if let selector = arguments.value("token") {
      let query = try Pipeline.tokenIndex(selector, in: trace.tokens)
      placed.queryIndex = query
      placed.highlightedTokens = [query]
    } else if request.view == .step {
      throw CLIError.usage(
        "the 'step' view needs '--token TOKEN', a token's text or its position from 1")
    }

    let figure: RenderedFigure
    do {
      figure = try FigureRenderer().render(
        placed, of: trace, options: RenderOptions(format: format, scale: scale))
    } catch let error as FigureError {
      throw CLIError.failure("rendering: \(error.description)")
    }
    try [
      OutputFile(path: URL(fileURLWithPath: output).lastPathComponent, bytes: Data(figure.bytes))
    ]
    .write(into: URL(fileURLWithPath: output).deletingLastPathComponent())
    for warning in figure.warnings { console.error("attnviz: warning: \(warning)\n") }
    console.output(output + "\n")
  }

  private func outputFormat(_ arguments: ParsedArguments, path: String) throws -> OutputFormat {
    let names = OutputFormat.allCases.map(\.rawValue)
    if arguments.value("format") != nil {
      return OutputFormat(rawValue: try arguments.choice("format", from: names, default: "png"))!
    }
    let fileExtension = URL(fileURLWithPath: path).pathExtension
    guard let format = OutputFormat(pathExtension: fileExtension) else {
      throw CLIError.usage(
        "cannot tell the format of '\(path)'; end the file name in '.png', '.svg' or '.pdf' "
          + "or add '--format png|svg|pdf'")
    }
    return format
  }

  private func figureRequest(_ arguments: ParsedArguments) throws -> FigureRequest {
    let view = try arguments.choice(
      "view", from: FigureView.allCases.map(\.rawValue), default: "heatmap")
    let quantity = try arguments.choice(
      "quantity", from: AttentionQuantity.allCases.map(\.rawValue), default: "weights")
    var request = FigureRequest(
      view: FigureView(rawValue: view)!, quantity: AttentionQuantity(rawValue: quantity)!)
    if let name = arguments.value("colormap") {
      do {
        request.colormap = try Colormap.named(name)
      } catch let error as FigureError {
        throw CLIError.usage(error.description)
      }
    }
    return request
  }

  private func scale(_ arguments: ParsedArguments) throws -> Double {
    guard let text = arguments.value("scale") else { return 2 }
    guard let value = Double(text), value.isFinite, (0.25...8).contains(value) else {
      throw CLIError.usage("'--scale' takes a number from 0.25 to 8, such as 2; not '\(text)'")
    }
    return value
  }
}
