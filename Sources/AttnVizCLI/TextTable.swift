/// A plain-text table with columns padded to their widest cell, for terminal output.
struct TextTable {
  var header: [String]
  var rows: [[String]]
  /// Columns whose cells are right-aligned (numbers).
  var rightAligned: Set<Int> = []

  /// The table as lines ending in a newline.
  var rendered: String {
    let all = [header] + rows
    let widths = header.indices.map { column in
      all.map { displayWidth(of: $0[column]) }.max() ?? 0
    }
    return all.map { cells in
      cells.enumerated().map { column, cell in
        let padding = String(repeating: " ", count: widths[column] - displayWidth(of: cell))
        return rightAligned.contains(column) ? padding + cell : cell + padding
      }
      .joined(separator: "  ")
      .replacingTrailingSpaces()
    }
    .joined(separator: "\n") + "\n"
  }

  /// The width of `text` in terminal columns, counting East Asian wide characters and
  /// emoji as two.
  private func displayWidth(of text: String) -> Int {
    text.reduce(0) { total, character in
      let scalar = character.unicodeScalars.first!.value
      let wide =
        (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar)
        || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
        || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
        || (0x1F300...0x1FAFF).contains(scalar) || (0x20000...0x3FFFD).contains(scalar)
      return total + (wide ? 2 : 1)
    }
  }
}

extension String {
  fileprivate func replacingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
