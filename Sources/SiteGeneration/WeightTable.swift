/// The attention weights of one head as a table: rows are queries, columns are keys.
///
/// Values are already formatted; a masked cell is marked as masked rather than shown as 0.
public struct WeightTable: Sendable, Equatable {
  /// The key labels heading the columns, in position order.
  public var keyLabels: [String]
  /// One row per query, in position order.
  public var rows: [Row]

  /// One query's row.
  public struct Row: Sendable, Equatable {
    /// The query's label.
    public var queryLabel: String
    /// The query's page, relative to the table's page.
    public var href: String
    /// One cell per key; `nil` marks a masked key.
    public var cells: [String?]

    /// Creates a row.
    public init(queryLabel: String, href: String, cells: [String?]) {
      self.queryLabel = queryLabel
      self.href = href
      self.cells = cells
    }
  }

  /// Creates a table; every row has one cell per key label.
  public init(keyLabels: [String], rows: [Row]) {
    precondition(rows.allSatisfy { $0.cells.count == keyLabels.count }, "one cell per key")
    self.keyLabels = keyLabels
    self.rows = rows
  }
}
