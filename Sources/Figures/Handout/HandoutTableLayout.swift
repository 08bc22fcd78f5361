/// Lays out a table as a header unit and one unbreakable unit per row.
///
/// Columns take their natural width; when the table is wider than the text block the
/// widest columns are narrowed to equal shares of the room left and their cells wrap.
/// Cells that read as numbers (`NumberCell.isNumeric`) are right-aligned when they fit
/// on one line.
struct HandoutTableLayout {
  let geometry: HandoutGeometry
  let typesetter: Typesetter

  /// The header unit (kept with the first row) followed by the rows, each carrying the
  /// header to repeat when it starts a page; the first and last
  /// `HandoutStyle.minimumTableRows` rows are kept together, so a table splits only
  /// where both parts keep that many rows.
  func units(header: [String], rows: [[String]]) -> [FlowUnit] {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    guard columns > 0 else { return [] }
    let cells = ([header] + rows).map { row in
      (0..<columns).map { $0 < row.count ? typesetter.text(row[$0]) : "" }
    }
    let widths = columnWidths(cells)
    var headerUnits: [FlowUnit] = []
    if !header.isEmpty {
      let numeric = numericColumns(cells.dropFirst())
      var unit = row(
        cells[0], widths: widths, style: HandoutStyle.tableHeader, rightAligned: numeric)
      let area = Rect(x: geometry.left, y: 0, width: widths.reduce(0, +), height: unit.height)
      unit.items.insert(.drawing(.fill(area, HandoutStyle.headerFill, tag: nil)), at: 0)
      unit.keepWithNext = true
      headerUnits = [unit]
    }
    var body = cells.dropFirst().map { cellsOfRow in
      var unit = row(cellsOfRow, widths: widths, style: HandoutStyle.tableBody)
      unit.header = headerUnits
      return unit
    }
    body.keepEnds(together: HandoutStyle.minimumTableRows)
    return headerUnits + body
  }

  private func columnWidths(_ cells: [[String]]) -> [Double] {
    let padding = 2 * HandoutStyle.cellPaddingX
    let natural = cells[0].indices.map { column in
      cells.enumerated().map { index, row in
        let style = index == 0 ? HandoutStyle.tableHeader : HandoutStyle.tableBody
        return typesetter.size(of: row[column], style: style).width + padding
      }.max()! + 1
    }
    return Self.fit(natural, into: geometry.textWidth)
  }

  /// Column widths no wider in total than `width`: narrow columns keep their natural
  /// width and the rest share what is left equally (capped by their natural width).
  static func fit(_ natural: [Double], into width: Double) -> [Double] {
    guard natural.reduce(0, +) > width else { return natural }
    var result = natural
    var remaining = width
    let order = natural.indices.sorted { (natural[$0], $0) < (natural[$1], $1) }
    for (rank, column) in order.enumerated() {
      result[column] = min(natural[column], remaining / Double(order.count - rank))
      remaining -= result[column]
    }
    return result
  }

  /// Whether each column's non-empty cells are all numbers (and there is at least one).
  private func numericColumns(_ rows: ArraySlice<[String]>) -> [Bool] {
    guard let first = rows.first else { return [] }
    return first.indices.map { column in
      let filled = rows.map { $0[column] }.filter { !$0.isEmpty }
      return !filled.isEmpty && filled.allSatisfy(NumberCell.isNumeric)
    }
  }

  private func row(
    _ texts: [String], widths: [Double], style: TextStyle, rightAligned: [Bool]? = nil
  ) -> FlowUnit {
    let padX = HandoutStyle.cellPaddingX
    let padY = HandoutStyle.cellPaddingY
    var items: [HandoutItem] = []
    var x = geometry.left
    var height = 0.0
    for (column, (text, width)) in zip(texts, widths).enumerated() {
      let inner = width - 2 * padX
      let size = typesetter.size(of: text, style: style)
      var placed = PlacedText(text: text, style: style, origin: (x + padX, padY))
      if size.width > inner {
        placed.wrapWidth = inner
        height = max(height, typesetter.size(of: text, style: style, wrapWidth: inner).height)
      } else {
        height = max(height, size.height)
        let right = rightAligned.map { $0.indices.contains(column) && $0[column] }
        if right ?? NumberCell.isNumeric(text) { placed.origin.x = x + width - padX - size.width }
      }
      if !text.isEmpty { items.append(.drawing(.text(placed))) }
      x += width
    }
    let rowHeight = height + 2 * padY
    let rule = LayoutItem.line(
      from: (geometry.left, rowHeight), to: (x, rowHeight), HandoutStyle.rule, width: 0.5)
    return FlowUnit(height: rowHeight, items: items + [.drawing(rule)])
  }
}

/// Decides which table cells hold numbers, so they can be right-aligned.
enum NumberCell {
  /// Whether `text` is a number such as `0.25`, `−1.3`, `1,024`, `12%` or `3e-4`:
  /// at least one digit and otherwise only signs, separators, `%` and exponents.
  static func isNumeric(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars).filter { $0 != " " }
    let digits = Set("0123456789".unicodeScalars)
    let allowed = digits.union(".,+-−%eE×·".unicodeScalars)
    let leading = digits.union(".+-−".unicodeScalars)
    guard let first = scalars.first, leading.contains(first) else { return false }
    return scalars.contains(where: digits.contains) && scalars.allSatisfy(allowed.contains)
  }
}
