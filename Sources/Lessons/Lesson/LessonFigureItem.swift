import AttentionEngine
import Figures
import SiteGeneration

/// One figure of the lesson: what to draw, its stable name, caption and data table.
public struct LessonFigureItem: Sendable {
  /// How the figure is drawn: a lesson view or a trace figure (heatmap or step).
  public enum Drawing: Sendable {
    /// A lesson view of `Figures`.
    case lesson(LessonFigure)
    /// A heatmap or step figure of one trace.
    case trace(FigureRequest, AttentionTrace)
  }

  /// The stable file name without extension, such as `04-scores-scaling`.
  public var name: String
  /// What to draw.
  public var drawing: Drawing
  /// The caption under the figure: model, layer and head, mask and tokenizer.
  public var caption: String
  /// The numbers the figure draws, as a table.
  public var table: DataTable
  /// Whether the figure's numbers come from untrained weights.
  public var usesUntrainedWeights: Bool

  /// Draws the figure as a complete file.
  ///
  /// - Throws: `FigureError` when the figure cannot be drawn.
  public func render(with renderer: FigureRenderer, options: RenderOptions) throws
    -> RenderedFigure
  {
    switch drawing {
    case .lesson(let figure): try renderer.render(figure, options: options)
    case .trace(let request, let trace): try renderer.render(request, of: trace, options: options)
    }
  }

  /// The file name with the extension of `format`, such as `04-scores-scaling.svg`.
  public func fileName(_ format: OutputFormat) -> String {
    name + "." + format.rawValue
  }
}
