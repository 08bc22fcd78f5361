import AttentionEngine
import Foundation
import Lessons
import Synchronization
import Tokenization

/// The models attnviz knows, where their weights live, and how to load them.
enum ModelCatalog {
  /// One model of the catalogue.
  struct Entry {
    var name: String
    var summary: String
    /// The folder below the models folder that holds its files; `nil` for built-in models.
    var folder: String?
    /// The files it needs in that folder.
    var files: [String]
  }

  static let entries = [
    Entry(
      name: "teaching", summary: "built-in teaching model, untrained, any width/heads/layers",
      folder: nil, files: []),
    Entry(
      name: "minilm", summary: "all-MiniLM-L6-v2: BERT encoder, 6 layers × 12 heads",
      folder: "minilm", files: ["model.safetensors", "vocab.txt", "config.json"]),
    Entry(
      name: "smollm2",
      summary: "SmolLM2-135M-Instruct: Llama decoder, 30 layers × 9 heads (3 key/value), Q4_1",
      folder: "smollm2", files: ["SmolLM2-135M-Instruct.Q4_1.gguf"]),
  ]

  static var names: [String] { entries.map(\.name) }

  /// Where model files are looked for: `$ATTNVIZ_MODELS_DIR`, else `models/` in the working
  /// folder, else `models/` of the package the executable was built in.
  static func modelsFolder() -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["ATTNVIZ_MODELS_DIR"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    let local = URL(fileURLWithPath: "models")
    if FileManager.default.fileExists(atPath: local.path) { return local }
    // .build/<triple>/<configuration>/attnviz: the package root is four folders up.
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let root = executable.deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    return root.appending(path: "models")
  }

  /// The files `entry` is missing, as paths.
  static func missingFiles(of entry: Entry) -> [String] {
    guard let folder = entry.folder else { return [] }
    let base = modelsFolder().appending(path: folder)
    return entry.files.map { base.appending(path: $0).path }.filter {
      !FileManager.default.fileExists(atPath: $0)
    }
  }

  /// Loads the model the settings name, with its own tokenizer (or the named teaching one).
  static func load(_ settings: ModelSettings, tokenizer: String) throws
    -> (model: any AttentionModel, tokenizer: any Tokenizer)
  {
    guard let entry = entries.first(where: { $0.name == settings.name }) else {
      throw CLIError.usage("unknown model '\(settings.name)'; choose one of \(quotedNames)")
    }
    guard let folder = entry.folder else {
      return (try Pipeline.teachingModel(settings), try Pipeline.tokenizer(named: tokenizer))
    }
    if let missing = missingFiles(of: entry).first {
      throw CLIError.failure(
        "model '\(entry.name)' needs '\(missing)', which is missing; run "
          + "'bash scripts/setup-models.sh' or set ATTNVIZ_MODELS_DIR to where the weights are")
    }
    let url = modelsFolder().appending(path: folder)
    let loaded: Loaded
    do {
      loaded = try cachedLoad(entry.name, from: url)
    } catch let error as CLIError {
      throw error
    } catch {
      throw CLIError.failure("loading model '\(entry.name)': \(error)")
    }
    return (loaded.model, literalMode(loaded.tokenizer, if: settings.literalSpecialTokens))
  }

  /// The model's tokenizer, switched to literal mode (typed special tokens read as plain
  /// text) when `literal` is set; tokenizers that match no special tokens stay as they are.
  private static func literalMode(_ tokenizer: any Tokenizer, if literal: Bool) -> any Tokenizer {
    guard literal, var matching = tokenizer as? any TypedSpecialTokenMatching else {
      return tokenizer
    }
    matching.matchesTypedSpecialTokens = false
    return matching
  }

  static var quotedNames: String { names.map { "'\($0)'" }.joined(separator: ", ") }

  private typealias Loaded = (model: any AttentionModel, tokenizer: any Tokenizer)
  private static let cache = Mutex<[String: Loaded]>([:])

  /// Loads a real model once per process; a build with many texts reuses it.
  private static func cachedLoad(_ name: String, from url: URL) throws -> Loaded {
    try cache.withLock { cache in
      if let loaded = cache[name] { return loaded }
      let loaded: Loaded
      switch name {
      case "minilm":
        let model = try MiniLMModel.load(from: url)
        loaded = (model, model.tokenizer)
      default:
        let model = try SmolLM2Model.load(from: url)
        loaded = (model, model.tokenizer)
      }
      cache[name] = loaded
      return loaded
    }
  }
}
