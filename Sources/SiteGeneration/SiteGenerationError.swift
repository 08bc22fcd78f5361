import Diagnostics

/// Everything that can go wrong while loading templates, rendering pages or writing the site.
///
/// Each description is one sentence saying what went wrong and one saying how to fix it, with
/// names and paths in single quotes. Template locations count lines from 1.
public enum SiteGenerationError: Error, Equatable, CustomStringConvertible {
  /// A template used a name the page does not define.
  case unknownVariable(name: String, template: String, line: Int, known: [String])
  /// A section was opened and never closed.
  case unclosedSection(name: String, template: String, line: Int)
  /// A closing tag did not match the innermost open section (`nil` when none was open).
  case unexpectedClose(name: String, open: String?, template: String, line: Int)
  /// A tag was malformed: empty, unterminated or with characters outside `[A-Za-z0-9_.-/]`.
  case malformedTag(tag: String, template: String, line: Int)
  /// A value was used in a way its kind does not allow (a list printed as text, say).
  case wrongKind(name: String, expected: String, template: String, line: Int)
  /// Partials included each other more deeply than the limit allows.
  case partialsTooDeep(name: String, limit: Int)
  /// A template file is missing from the template source.
  case missingTemplate(file: String, source: String)
  /// A template file exists but could not be read as UTF-8 text.
  case unreadableTemplate(path: String, reason: String)
  /// A page path was absolute, climbed out with `..`, or was empty.
  case invalidPagePath(path: String)
  /// Two pages of one site share a path.
  case duplicatePagePath(path: String)
  /// A file or folder could not be written.
  case writeFailed(path: String, reason: String)

  /// The message for the user.
  public var description: String {
    switch self {
    case .unknownVariable(let name, let template, let line, let known):
      let problem =
        "Template '\(template)' line \(line) uses '\(name)', which the page does not define."
      if let nearest = NameSuggestion.nearest(to: name, among: known.sorted()) {
        return problem + " Did you mean '\(nearest)'?"
      }
      let list = known.map { "'\($0)'" }.joined(separator: ", ")
      return problem + " Use one of the defined names: \(list.isEmpty ? "none" : list)."
    case .unclosedSection(let name, let template, let line):
      return "Template '\(template)' opens section '\(name)' on line \(line) and never closes"
        + " it. Add '{{/\(name)}}' where the section ends."
    case .unexpectedClose(let name, let open, let template, let line):
      let expected = open.map { "'{{/\($0)}}' was expected" } ?? "no section is open"
      return "Template '\(template)' line \(line) closes '\(name)', but \(expected)."
        + " Close sections in the reverse order they were opened."
    case .malformedTag(let tag, let template, let line):
      return "Template '\(template)' line \(line) has the malformed tag '\(tag)'."
        + " Write tags on one line as '{{name}}', '{{#name}}', '{{^name}}', '{{/name}}',"
        + " '{{> file}}' or '{{! comment}}'."
    case .wrongKind(let name, let expected, let template, let line):
      return "Template '\(template)' line \(line) uses '\(name)' as \(expected), which it"
        + " is not. Use a section tag for lists and flags, a plain tag for text."
    case .partialsTooDeep(let name, let limit):
      return "Partial '\(name)' is nested more than \(limit) levels deep."
        + " Remove the cycle of partials that include each other."
    case .missingTemplate(let file, let source):
      return "The templates in \(source) have no file '\(file)'."
        + " Add it, or copy it from the default templates."
    case .unreadableTemplate(let path, let reason):
      return "Cannot read the template '\(path)': \(reason)."
        + " Check that it exists and is UTF-8 text."
    case .invalidPagePath(let path):
      return "The page path '\(path)' is not a relative path inside the site."
        + " Use a path such as 'text/index.html' without a leading '/' or '..'."
    case .duplicatePagePath(let path):
      return "Two pages would both be written to '\(path)'."
        + " Give every page its own path."
    case .writeFailed(let path, let reason):
      return "Cannot write '\(path)': \(reason)."
        + " Check that the folder exists and is writable, or choose another output folder."
    }
  }
}
