import Foundation
import Lessons
import SiteGeneration

/// `attnviz build`: the main job, a whole site with its figures.
struct BuildCommand: Command {
  let name = "build"
  let summary = "Build the lesson's site and figures, or those of a manifest."
  let usage = "[MANIFEST] [--output DIR] [--templates DIR]"
  var options: [OptionSpecification] {
    [
      .value("output", "DIR", "the folder to write into (default 'output')"),
      .value("templates", "DIR", "use the HTML templates and CSS in DIR instead of the built-in"),
    ]
  }
  var discussion: [String] {
    [
      "With no MANIFEST, builds the built-in lesson (needs the real models, see 'attnviz",
      "models'). The manifest format is in the README.",
      "Prints the files it wrote, relative to the output folder.",
    ]
  }

  func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.count <= 1 else {
      throw CLIError.usage("'build' takes at most one manifest; give one path")
    }
    let templates =
      arguments.value("templates").map {
        TemplateSource.directory(URL(fileURLWithPath: $0))
      } ?? .embedded
    let folder = URL(fileURLWithPath: arguments.value("output") ?? "output")

    var warnings = [String]()
    let files = try siteStep {
      if let path = arguments.positionals.first {
        let runner = BuildRunner(manifest: try readManifest(path), templates: templates)
        return try runner.files(warnings: &warnings)
      }
      return try LessonBuilder(templates: templates).files(warnings: &warnings)
    }
    try files.write(into: folder)

    for warning in warnings { console.error("attnviz: warning: \(warning)\n") }
    console.output(files.map { $0.path + "\n" }.joined())
    console.error(
      "attnviz: wrote \(files.count) files; open '\(folder.relativePath)/index.html'\n")
  }

  private func readManifest(_ path: String) throws -> Manifest {
    do {
      return try ManifestReader.read(contentsOf: path)
    } catch let error as ManifestError {
      throw CLIError.failure(error.description)
    }
  }

  private func siteStep<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as SiteGenerationError {
      throw CLIError.failure("building the site: \(error.description)")
    }
  }
}
