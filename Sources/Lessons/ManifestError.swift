/// Why a manifest could not be read.
public struct ManifestError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The manifest's path as the user gave it.
  public var path: String
  /// What is wrong and how to fix it.
  public var message: String

  /// Creates an error for the manifest at `path`.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "manifest '\(path)': \(message)" }
}
