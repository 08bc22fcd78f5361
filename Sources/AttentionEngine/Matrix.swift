/// A dense row-major matrix of `Float`.
///
/// Rows are positions (tokens) wherever a matrix holds per-token vectors; the element at
/// `(row, column)` is `values[row * columns + column]`.
public struct Matrix: Sendable, Equatable {
  /// The number of rows.
  public let rows: Int
  /// The number of columns.
  public let columns: Int
  /// The elements in row-major order; `values.count == rows * columns`.
  public var values: [Float]

  /// Creates a matrix from row-major values.
  public init(rows: Int, columns: Int, values: [Float]) {
    precondition(rows >= 0 && columns >= 0, "matrix dimensions are non-negative")
    precondition(values.count == rows * columns, "value count matches rows × columns")
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  /// Creates a matrix filled with one value.
  public init(rows: Int, columns: Int, repeating value: Float = 0) {
    self.init(rows: rows, columns: columns, values: Array(repeating: value, count: rows * columns))
  }

  /// Creates a matrix from an array of equally long rows.
  public init(rowArrays: [[Float]]) {
    let columns = rowArrays.first?.count ?? 0
    precondition(rowArrays.allSatisfy { $0.count == columns }, "rows have equal length")
    self.init(rows: rowArrays.count, columns: columns, values: rowArrays.flatMap { $0 })
  }

  /// The element at `(row, column)`.
  public subscript(row: Int, column: Int) -> Float {
    get { values[row * columns + column] }
    set { values[row * columns + column] = newValue }
  }

  /// One row as an array.
  public func row(_ index: Int) -> [Float] {
    Array(values[index * columns..<(index + 1) * columns])
  }

  /// All rows as arrays.
  public var rowArrays: [[Float]] {
    (0..<rows).map(row)
  }

  /// The columns `range` of every row, as a new matrix.
  public func columns(_ range: Range<Int>) -> Matrix {
    var result = [Float]()
    result.reserveCapacity(rows * range.count)
    for r in 0..<rows {
      result.append(
        contentsOf: values[r * columns + range.lowerBound..<r * columns + range.upperBound])
    }
    return Matrix(rows: rows, columns: range.count, values: result)
  }

  /// The transpose.
  public var transposed: Matrix {
    var result = Matrix(rows: columns, columns: rows)
    for r in 0..<rows {
      for c in 0..<columns {
        result.values[c * rows + r] = values[r * columns + c]
      }
    }
    return result
  }
}
