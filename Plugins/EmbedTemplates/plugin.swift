import Foundation
import PackagePlugin

/// Embeds every file of the package's top-level `Templates/` folder into the target it is
/// attached to, as one generated Swift file, so the binary needs no files at run time.
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Templates")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    let inputs = templateFiles(under: root)
    let tool = try context.tool(named: "TemplateEmbedder")

    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) template files",
        executable: tool.url,
        arguments: [output.path, root.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  /// The regular files below `root`, sorted by path; hidden files are skipped.
  private func templateFiles(under root: URL) -> [URL] {
    let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey],
      options: [.skipsHiddenFiles])
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
      if values?.isRegularFile == true { files.append(url.standardizedFileURL) }
    }
    return files.sorted { $0.path < $1.path }
  }
}
