import Foundation

/// The decoded but not yet validated JSON header of a safetensors file.
struct SafetensorsHeader: Decodable {
  /// One tensor entry exactly as the header spells it.
  struct Entry: Decodable {
    var dtype: String
    var shape: [Int]
    var dataOffsets: [Int]

    enum CodingKeys: String, CodingKey {
      case dtype, shape
      case dataOffsets = "data_offsets"
    }
  }

  /// A `__metadata__` value: strings as they are; numbers and booleans as their JSON text.
  struct MetadataValue: Decodable {
    var text: String

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let string = try? container.decode(String.self) {
        text = string
      } else if let flag = try? container.decode(Bool.self) {
        text = flag ? "true" : "false"
      } else if let integer = try? container.decode(Int64.self) {
        text = String(integer)
      } else if let number = try? container.decode(Double.self) {
        text = String(number)
      } else {
        let detail = "is not a string, number or boolean"
        throw DecodingError.typeMismatch(
          String.self, .init(codingPath: decoder.codingPath, debugDescription: detail))
      }
    }
  }

  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// The key that holds free-form string metadata rather than a tensor.
  static let metadataKey = "__metadata__"

  var entries: [String: Entry] = [:]
  var metadata: [String: String] = [:]

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: AnyKey.self)
    for key in container.allKeys {
      if key.stringValue == Self.metadataKey {
        let values = try container.decode([String: MetadataValue].self, forKey: key)
        metadata = values.mapValues(\.text)
      } else {
        entries[key.stringValue] = try container.decode(Entry.self, forKey: key)
      }
    }
  }

  /// Decodes the header JSON, naming the offending tensor key in the error when known.
  static func decode(_ json: UnsafeRawBufferPointer, path: String) throws -> Self {
    do {
      return try JSONDecoder().decode(Self.self, from: Data(json))
    } catch let error as DecodingError {
      throw headerError(error, path: path)
    } catch {
      throw ModelFormatError(
        .malformedHeader, path: path, detail: "the JSON header could not be read")
    }
  }

  private static func headerError(_ error: DecodingError, path: String) -> ModelFormatError {
    let context: DecodingError.Context
    switch error {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c),
      .dataCorrupted(let c):
      context = c
    @unknown default:
      return ModelFormatError(.malformedHeader, path: path, detail: "\(error)")
    }
    let keys = context.codingPath.map(\.stringValue)
    let field = keys.dropFirst().joined(separator: ".")
    let isMetadata = keys.first == metadataKey
    return ModelFormatError(
      .malformedHeader, path: path, tensor: isMetadata ? nil : keys.first,
      key: isMetadata ? keys.joined(separator: ".") : (field.isEmpty ? nil : field),
      detail: "the JSON header is invalid: \(context.debugDescription)")
  }
}
