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
      .value("output", "FILE", "the file to write ('-': standard output); extension = format"),
      .value(
        "format", "FORMAT",
        "'png', 'svg' or 'pdf', for '-' or a name without extension; must match an extension"),
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
    guard !output.hasSuffix("/") else {
      throw CLIError.usage(
        "'--output \(output)' ends in '/', so it names a folder; give a file name such as "
          + "'\(output)heatmap.png'")
    }
    let format = try outputFormat(arguments, path: output)
    try checkFolder(of: output)
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
      let query = try Pipeline.tokenIndex(selector, in: trace.tokens, text: trace.text)
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
    for warning in figure.warnings { console.error("attnviz: warning: \(warning)\n") }
    if output == "-" {
      FileHandle.standardOutput.write(Data(figure.bytes))
      return
    }
    let file = URL(fileURLWithPath: output)
    try [OutputFile(path: file.lastPathComponent, bytes: Data(figure.bytes))]
      .write(into: file.deletingLastPathComponent())
    console.output(output + "\n")
  }

  private func outputFormat(_ arguments: ParsedArguments, path: String) throws -> OutputFormat {
    let names = OutputFormat.allCases.map(\.rawValue)
    let fileExtension = URL(fileURLWithPath: path).pathExtension
    if arguments.value("format") != nil {
      let format = OutputFormat(
        rawValue: try arguments.choice("format", from: names, default: "png"))!
      if let implied = OutputFormat(pathExtension: fileExtension), implied != format {
        throw CLIError.usage(
          "'--format \(format.rawValue)' disagrees with the extension of '\(path)'; "
            + "change one so they match")
      }
      return format
    }
    guard path != "-" else {
      throw CLIError.usage("writing to standard output ('-') needs '--format png|svg|pdf'")
    }
    guard let format = OutputFormat(pathExtension: fileExtension) else {
      throw CLIError.usage(
        "cannot tell the format of '\(path)'; end the file name in '.png', '.svg' or '.pdf' "
          + "or add '--format png|svg|pdf'")
    }
    return format
  }

  /// Refuses an output path whose folder does not exist, rather than creating folders.
  private func checkFolder(of path: String) throws {
    guard path != "-" else { return }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw CLIError.failure(
        "the folder '\(folder.path)' of '\(path)' does not exist; create it first or write "
          + "elsewhere")
    }
  }

  private func figureRequest(_ arguments: ParsedArguments) throws -> FigureRequest {
    let view = try arguments.choice(
      "view", from: FigureView.allCases.map(\.rawValue), default: "heatmap")
    let quantity = try arguments.choice(
      "quantity", from: AttentionQuantity.allCases.map(\.rawValue), default: "weights")
    if view == FigureView.step.rawValue, arguments.value("quantity") != nil {
      throw CLIError.usage(
        "'--quantity' chooses what a heatmap shows; the step view shows scores, scaled scores"
          + " and weights together, so drop '--quantity' or add '--view heatmap'")
    }
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
