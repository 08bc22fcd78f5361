import AttentionEngine
import Figures
import Foundation

/// A build plan read from a JSON file: which texts to run, through which model, and which
/// figures to render for each.
///
/// Layer and head numbers in a manifest are 1-based, as in every caption.
public struct Manifest: Sendable, Equatable {
  /// The site's title.
  public var title: String
  /// The texts, in the order the index lists them.
  public var texts: [TextJob]

  /// Creates a manifest.
  public init(title: String, texts: [TextJob]) {
    self.title = title
    self.texts = texts
  }
}

/// One text of a manifest and what to make of it.
public struct TextJob: Sendable, Equatable {
  /// A slug for folder and file names: lower-case letters, digits and hyphens.
  public var id: String
  /// The heading of the text's pages.
  public var title: String
  /// The text itself.
  public var text: String
  /// The tokenizer's name (`word`, `character`, or the model's own).
  public var tokenizer: String
  /// The model and its settings.
  public var model: ModelSettings
  /// The figure views to render.
  public var views: [FigureView]
  /// The file formats to write each figure in.
  public var formats: [OutputFormat]
  /// The PNG scales (pixels per point).
  public var scales: [Double]
  /// The colormap for weights, by matplotlib name.
  public var colormap: String
  /// The 1-based layer that the per-token pages and step figures use.
  public var layer: Int
  /// The 1-based head that the per-token pages and step figures use.
  public var head: Int

  /// Creates a text job with the documented defaults.
  public init(
    id: String, title: String? = nil, text: String, tokenizer: String = "word",
    model: ModelSettings = .init(), views: [FigureView] = FigureView.allCases,
    formats: [OutputFormat] = OutputFormat.allCases, scales: [Double] = [2],
    colormap: String = "viridis", layer: Int = 1, head: Int = 1
  ) {
    self.id = id
    self.title = title ?? text
    self.text = text
    self.tokenizer = tokenizer
    self.model = model
    self.views = views
    self.formats = formats
    self.scales = scales
    self.colormap = colormap
    self.layer = layer
    self.head = head
  }
}

/// Which model runs a text, with the teaching model's settings.
public struct ModelSettings: Sendable, Equatable {
  /// The model's name: `teaching`, `minilm` or `smollm2`.
  public var name: String
  /// The teaching model's configuration (ignored by the real models).
  public var teaching: TeachingModelConfiguration
  /// Whether special-token strings typed in the text (`[MASK]`, `<|endoftext|>`) are read as
  /// plain text (literal mode) instead of becoming special tokens, as Hugging Face does by
  /// default; only the real models' tokenizers match special tokens at all.
  public var literalSpecialTokens: Bool

  /// Creates settings; the default is the teaching model with its default configuration.
  public init(
    name: String = "teaching", teaching: TeachingModelConfiguration = .init(),
    literalSpecialTokens: Bool = false
  ) {
    self.name = name
    self.teaching = teaching
    self.literalSpecialTokens = literalSpecialTokens
  }
}
