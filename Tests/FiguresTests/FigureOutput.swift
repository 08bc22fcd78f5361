import Figures
import Foundation

/// Writes rendered figures where a person can look at them, when asked to.
///
/// Set `ATTNVIZ_FIGURES_OUT` to a directory to keep the files the tests render.
enum FigureOutput {
  static func keep(_ figure: RenderedFigure, name: String) {
    guard let directory = ProcessInfo.processInfo.environment["ATTNVIZ_FIGURES_OUT"] else {
      return
    }
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true)
    _ = FileManager.default.createFile(
      atPath: directory + "/" + name, contents: Data(figure.bytes))
  }
}
