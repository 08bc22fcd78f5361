import Foundation
import PackagePlugin

/// Embeds every file of the package's top-level `Templates/` folder into the target it is
/// attached to, as one generated Swift file, so the binary needs no files at run time.
@main
struct EmbedTemplates: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let root = context.package.directoryURL.appending(path: "Templates")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
    let (files, folders) = templateTree(under: root)
    let tool = try context.tool(named: "TemplateEmbedder")

    // The folders are inputs too: adding or removing a file changes its folder, and the
    // embedder then scans the tree itself, so new files are embedded without a clean build.
    return [
      .buildCommand(
        displayName: "Embedding the files of Templates/",
        executable: tool.url,
        arguments: [output.path, root.path],
        inputFiles: [root] + folders + files,
        outputFiles: [output]
      )
    ]
  }

  /// The regular files and the folders below `root`, each sorted by path; hidden entries
  /// are skipped.
  private func templateTree(under root: URL) -> (files: [URL], folders: [URL]) {
    let keys: [URLResourceKey] = [.isRegularFileKey, .isDirectoryKey]
    let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    var files: [URL] = []
    var folders: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      let values = try? url.resourceValues(forKeys: Set(keys))
      if values?.isRegularFile == true { files.append(url.standardizedFileURL) }
      if values?.isDirectory == true { folders.append(url.standardizedFileURL) }
    }
    return (files.sorted { $0.path < $1.path }, folders.sorted { $0.path < $1.path })
  }
}
