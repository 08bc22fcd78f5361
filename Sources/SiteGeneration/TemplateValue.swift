/// A value a template can use: text (escaped on output), safe HTML (inserted as is), a flag,
/// a nested context, or a list of contexts.
public enum TemplateValue: Sendable, Equatable {
  /// Text, escaped for HTML wherever it is printed; empty text counts as false in sections.
  case text(String)
  /// Markup the code vouches for, printed as is.
  case html(SafeHTML)
  /// A flag for `{{#name}}` and `{{^name}}` sections.
  case flag(Bool)
  /// A nested scope, entered once by `{{#name}}`.
  case context(TemplateContext)
  /// A list, rendered once per item by `{{#name}}`; empty counts as false.
  case list([TemplateContext])

  /// Whether a `{{#name}}` section renders at all.
  var isTruthy: Bool {
    switch self {
    case .text(let text): return !text.isEmpty
    case .html(let html): return !html.markup.isEmpty
    case .flag(let flag): return flag
    case .context: return true
    case .list(let items): return !items.isEmpty
    }
  }
}

/// The names one scope of a template defines, in insertion order.
///
/// Inside a section the template sees the section's scope first and then every enclosing
/// scope, so an item can still use page-wide names such as `stylesheet`.
public struct TemplateContext: Sendable, Equatable, ExpressibleByDictionaryLiteral {
  /// The names and values, in the order they were set; a later set replaces an earlier one.
  public private(set) var entries: [(name: String, value: TemplateValue)] = []

  /// Creates an empty scope.
  public init() {}

  /// The value of `name` in this scope alone.
  public subscript(name: String) -> TemplateValue? {
    get { entries.first { $0.name == name }?.value }
    set {
      let index = entries.firstIndex { $0.name == name }
      switch (index, newValue) {
      case (let index?, let value?): entries[index].value = value
      case (let index?, nil): entries.remove(at: index)
      case (nil, let value?): entries.append((name, value))
      case (nil, nil): break
      }
    }
  }

  /// Creates a scope from a literal such as `["title": .text("Hi")]`.
  public init(dictionaryLiteral elements: (String, TemplateValue)...) {
    for (name, value) in elements { self[name] = value }
  }

  /// The defined names, sorted, for error messages.
  public var names: [String] { entries.map(\.name).sorted() }

  /// Compares names and values in order.
  public static func == (lhs: TemplateContext, rhs: TemplateContext) -> Bool {
    lhs.entries.count == rhs.entries.count
      && zip(lhs.entries, rhs.entries).allSatisfy { $0.name == $1.name && $0.value == $1.value }
  }
}

extension TemplateContext {
  /// Creates a scope holding a copy of `scope`, so literals can be passed where a
  /// `TemplateContext(…)` call reads better.
  init(_ scope: TemplateContext) {
    self = scope
  }
}
