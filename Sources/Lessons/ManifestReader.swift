import AttentionEngine
import Figures
import Foundation

/// Reads and checks manifests.
public enum ManifestReader {
  /// The model names a manifest may use.
  public static let modelNames = ["teaching", "minilm", "smollm2"]
  /// The tokenizer names a manifest may use.
  public static let tokenizerNames = ["word", "character"]

  /// Reads the manifest at `path`.
  ///
  /// - Throws: `ManifestError` naming the file and, for a syntax error, the line and column;
  ///   for a bad field, its path such as `texts[0].model.width`.
  public static func read(contentsOf path: String) throws -> Manifest {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ManifestError(
        path: path, message: "cannot be read; check that the file exists and is readable")
    }
    return try parse(data, path: path)
  }

  /// Parses manifest JSON; `path` only labels errors.
  public static func parse(_ data: Data, path: String) throws -> Manifest {
    guard !data.isEmpty else {
      throw ManifestError(
        path: path, message: "is empty; write a JSON object such as {\"texts\": [ … ]}")
    }
    guard String(validating: data, as: UTF8.self) != nil else {
      throw ManifestError(
        path: path,
        message: "is not UTF-8 text; save it as UTF-8, for example with 'iconv -t UTF-8'")
    }
    let root: Any
    do {
      root = try JSONSerialization.jsonObject(with: escapingInnerByteOrderMarks(data))
    } catch {
      throw ManifestError(path: path, message: syntaxMessage(for: error, in: data))
    }
    do {
      return try manifest(from: JSONField(value: root, path: ""))
    } catch let problem as ManifestFieldProblem {
      throw ManifestError(path: path, message: problem.message)
    }
  }

  /// `data` with every U+FEFF after the first byte written as the escape `\ufeff`.
  ///
  /// Foundation's parser drops a U+FEFF written raw inside a JSON string, as if it were a
  /// byte-order mark, which would silently take a character out of a text (case 4 of the
  /// shared cases is about exactly such characters); escaped, it survives. A byte-order mark
  /// that opens the file stays, and one outside a string stays invalid JSON.
  static func escapingInnerByteOrderMarks(_ data: Data) -> Data {
    let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let bytes = [UInt8](data)
    guard bytes.count > 3, bytes[1...].firstRange(of: mark) != nil else { return data }
    let start = bytes.starts(with: mark) ? 3 : 0
    var result = Array(bytes[..<start])
    var index = start
    while index < bytes.count {
      if bytes[index...].starts(with: mark) {
        result += Array(#"\ufeff"#.utf8)
        index += 3
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return Data(result)
  }

  private static func manifest(from root: JSONField) throws -> Manifest {
    let fields = try root.object(allowing: ["title", "texts"])
    guard let textsField = fields["texts"] else {
      throw root.problem(
        "has no 'texts' field; add \"texts\": [{\"text\": \"…\"}] (the manifest root)")
    }
    let texts = try textsField.array()
    guard !texts.isEmpty else { throw textsField.problem("is empty; list at least one text") }
    let jobs = try texts.enumerated().map { try textJob(from: $1, number: $0 + 1) }
    let ids = jobs.map(\.id)
    if let repeated = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
      throw textsField.problem("uses the id '\(repeated)' twice; give every text its own id")
    }
    let title = try fields["title"]?.string() ?? "attnviz"
    return Manifest(title: title, texts: jobs)
  }

  private static func textJob(from field: JSONField, number: Int) throws -> TextJob {
    let fields = try field.object(allowing: [
      "id", "title", "text", "tokenizer", "model", "views", "formats", "scales", "colormap",
      "layer", "head",
    ])
    guard let textField = fields["text"] else {
      throw field.problem("has no 'text' field; add \"text\": \"your sentence\"")
    }
    let text = try textField.string()
    let id = try fields["id"].map { try slug(from: $0) } ?? "text-\(number)"
    var job = TextJob(id: id, title: try fields["title"]?.string(), text: text)
    job.tokenizer = try fields["tokenizer"]?.choice(tokenizerNames) ?? job.tokenizer
    job.model = try fields["model"].map(modelSettings) ?? job.model
    if job.model.name != "teaching", let tokenizer = fields["tokenizer"] {
      throw tokenizer.problem(
        "applies to the teaching model only; model '\(job.model.name)' has its own tokenizer")
    }
    job.views = try fields["views"].map { try enumList($0, FigureView.self) } ?? job.views
    job.formats = try fields["formats"].map { try enumList($0, OutputFormat.self) } ?? job.formats
    job.scales =
      try fields["scales"].map { try $0.array().map { try $0.number(in: 0.25...8) } }
      ?? job.scales
    job.colormap = try fields["colormap"]?.string() ?? job.colormap
    job.layer = try fields["layer"]?.integer(in: 1...64) ?? job.layer
    job.head = try fields["head"]?.integer(in: 1...64) ?? job.head
    return job
  }

  private static func modelSettings(from field: JSONField) throws -> ModelSettings {
    let fields = try field.object(allowing: [
      "name", "width", "heads", "layers", "seed", "mask", "literalSpecials",
    ])
    var settings = ModelSettings()
    settings.name = try fields["name"]?.choice(modelNames) ?? settings.name
    let teachingOnly = ["width", "heads", "layers", "seed", "mask"]
    if settings.name != "teaching", let key = teachingOnly.first(where: { fields[$0] != nil }) {
      throw fields[key]!.problem(
        "applies to the teaching model only; model '\(settings.name)' has its own size and mask")
    }
    if let literal = fields["literalSpecials"] {
      guard settings.name != "teaching" else {
        throw literal.problem(
          "applies to 'minilm' and 'smollm2' only; the teaching tokenizers match no special "
            + "tokens, so drop the field or add \"name\": \"minilm\"")
      }
      settings.literalSpecialTokens = try literal.boolean()
    }
    var c = settings.teaching
    c.width = try fields["width"]?.integer(in: 2...512) ?? c.width
    c.headCount = try fields["heads"]?.integer(in: 1...64) ?? c.headCount
    c.layerCount = try fields["layers"]?.integer(in: 1...48) ?? c.layerCount
    c.seed = try fields["seed"].map { UInt64(try $0.integer(in: 0...Int(Int32.max))) } ?? c.seed
    if let mask = fields["mask"] {
      c.mask = AttentionMask(rawValue: try mask.choice(AttentionMask.allCases.map(\.rawValue)))!
    }
    settings.teaching = c
    return settings
  }

  private static func enumList<Choice: RawRepresentable & CaseIterable>(
    _ field: JSONField, _ type: Choice.Type
  ) throws -> [Choice] where Choice.RawValue == String {
    let names = type.allCases.map(\.rawValue)
    let list = try field.array().map { Choice(rawValue: try $0.choice(names))! }
    guard !list.isEmpty else { throw field.problem("is empty; list at least one") }
    return list
  }

  private static func slug(from field: JSONField) throws -> String {
    let id = try field.string()
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    guard allowed, !id.isEmpty, id.count <= 64 else {
      throw field.problem(
        "is '\(id)'; an id uses only lower-case letters, digits and hyphens (at most 64)")
    }
    return id
  }

  /// Turns Foundation's "around character N" into a line and column.
  private static func syntaxMessage(for error: Error, in data: Data) -> String {
    let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    let digits = detail.split(separator: " ").last {
      Int($0.trimmingCharacters(in: .punctuationCharacters)) != nil
    }
    guard let offsetText = digits,
      let offset = Int(offsetText.trimmingCharacters(in: .punctuationCharacters))
    else {
      return "is not valid JSON (\(detail)); check commas, quotes and brackets"
    }
    let prefix = data.prefix(offset)
    let line = prefix.filter { $0 == 0x0A }.count + 1
    let column = offset - (prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
    return "is not valid JSON at line \(line), column \(column) (\(detail)); "
      + "check the commas, quotes and brackets there"
  }
}
