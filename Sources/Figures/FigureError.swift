/// What can go wrong while making a figure; each message says what and how to fix it.
public enum FigureError: Error, Equatable, CustomStringConvertible {
  /// No colormap has this name; `suggestion` is the nearest known name, if any is close.
  case unknownColormap(name: String, suggestion: String?)
  /// The layer index is not in `0..<layerCount`.
  case layerOutOfRange(layer: Int, layerCount: Int)
  /// The head index is not in `0..<headCount`.
  case headOutOfRange(head: Int, headCount: Int)
  /// The query index is not in `0..<tokenCount`.
  case queryOutOfRange(queryIndex: Int, tokenCount: Int)
  /// The step view was asked for without a query token.
  case missingQueryIndex(tokenCount: Int)
  /// The trace has no tokens or no layers, so there is nothing to draw.
  case emptyTrace
  /// The PNG would exceed Cairo's limit of 32767 pixels on a side.
  case imageTooLarge(widthInPixels: Int, heightInPixels: Int)
  /// The PNG scale is not a positive finite number.
  case invalidScale(Double)
  /// Cairo reported an error while drawing or writing.
  case drawingFailed(status: String)

  /// The message for the user: what went wrong, then how to fix it.
  public var description: String {
    switch self {
    case .unknownColormap(let name, let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "."
      let choices = Colormap.allNames.filter { !$0.hasSuffix("_r") }
        .map { "'\($0)'" }.joined(separator: ", ")
      return "unknown colormap '\(name)'\(hint) Choices: \(choices), each also with '_r'"
        + " to reverse it."
    case .layerOutOfRange(let layer, let count):
      return "layer '\(layer)' is out of range for a model with \(count) layers."
        + " Use a layer from '0' to '\(count - 1)'."
    case .headOutOfRange(let head, let count):
      return "head '\(head)' is out of range for a layer with \(count) heads."
        + " Use a head from '0' to '\(count - 1)'."
    case .queryOutOfRange(let query, let count):
      return "query token '\(query)' is out of range for a text of \(count) tokens."
        + " Use a query from '0' to '\(count - 1)'."
    case .missingQueryIndex(let count):
      return "the step view needs a query token."
        + " Choose a query from '0' to '\(count - 1)'."
    case .emptyTrace:
      return "the attention trace has no tokens or no layers."
        + " Give a non-empty text and a model with at least one layer."
    case .imageTooLarge(let width, let height):
      return "the PNG would be \(width) × \(height) pixels, over Cairo's limit of 32767."
        + " Lower the scale or write SVG or PDF instead."
    case .invalidScale(let scale):
      return "the PNG scale '\(scale)' is not a positive number."
        + " Use a scale such as '1', '2' or '3'."
    case .drawingFailed(let status):
      return "Cairo failed while drawing the figure ('\(status)')."
        + " Check that the Cairo and Pango libraries are installed correctly."
    }
  }
}
