import CBLAS

/// How a matrix product is computed.
public enum ProductBackend: Sendable {
  /// OpenBLAS `sgemm`: fast; the order of additions depends on the processor's kernel, so the
  /// last bits can differ between machines.
  case blas
  /// Plain loops that add in index order: slow, but bit-reproducible on every machine.
  case reference
}

extension Matrix {
  /// The product `self · other` (or `self · otherᵀ` when `transposingOther` is set).
  ///
  /// Cost: `O(m · n · k)`.
  public func multiplied(
    by other: Matrix, transposingOther: Bool = false, backend: ProductBackend = .blas
  ) -> Matrix {
    let inner = transposingOther ? other.columns : other.rows
    let outColumns = transposingOther ? other.rows : other.columns
    precondition(columns == inner, "inner dimensions agree: \(columns) vs \(inner)")
    if rows == 0 || outColumns == 0 { return Matrix(rows: rows, columns: outColumns) }
    if columns == 0 { return Matrix(rows: rows, columns: outColumns) }
    switch backend {
    case .blas:
      return blasProduct(other, transposingOther: transposingOther, outColumns: outColumns)
    case .reference:
      return referenceProduct(other, transposingOther: transposingOther, outColumns: outColumns)
    }
  }

  /// The product `self · other` (or `self · otherᵀ`) plus `row` added to every row, through
  /// BLAS: the result starts as copies of `row` and `sgemm` adds the product to it.
  ///
  /// Cost: `O(m · n · k)`.
  public func multiplied(
    by other: Matrix, transposingOther: Bool = false, addingToEveryRow row: [Float]
  ) -> Matrix {
    let inner = transposingOther ? other.columns : other.rows
    let outColumns = transposingOther ? other.rows : other.columns
    precondition(columns == inner, "inner dimensions agree: \(columns) vs \(inner)")
    precondition(row.count == outColumns, "one added value per output column")
    var result = [Float]()
    result.reserveCapacity(rows * outColumns)
    for _ in 0..<rows { result.append(contentsOf: row) }
    if rows > 0 && outColumns > 0 && columns > 0 {
      values.withUnsafeBufferPointer { a in
        other.values.withUnsafeBufferPointer { b in
          result.withUnsafeMutableBufferPointer { c in
            cblas_sgemm(
              CblasRowMajor, CblasNoTrans, transposingOther ? CblasTrans : CblasNoTrans,
              blasint(rows), blasint(outColumns), blasint(columns), 1,
              a.baseAddress, blasint(columns), b.baseAddress, blasint(other.columns),
              1, c.baseAddress, blasint(outColumns))
          }
        }
      }
    }
    return Matrix(rows: rows, columns: outColumns, values: result)
  }

  private func blasProduct(_ other: Matrix, transposingOther: Bool, outColumns: Int) -> Matrix {
    // sgemm with beta = 0 writes every output element, so the storage need not be zeroed.
    let count = rows * outColumns
    let product = [Float](unsafeUninitializedCapacity: count) { c, initialized in
      values.withUnsafeBufferPointer { a in
        other.values.withUnsafeBufferPointer { b in
          cblas_sgemm(
            CblasRowMajor, CblasNoTrans, transposingOther ? CblasTrans : CblasNoTrans,
            blasint(rows), blasint(outColumns), blasint(columns), 1,
            a.baseAddress, blasint(columns), b.baseAddress, blasint(other.columns),
            0, c.baseAddress, blasint(outColumns))
        }
      }
      initialized = count
    }
    return Matrix(rows: rows, columns: outColumns, values: product)
  }

  private func referenceProduct(
    _ other: Matrix, transposingOther: Bool, outColumns: Int
  ) -> Matrix {
    var result = Matrix(rows: rows, columns: outColumns)
    for i in 0..<rows {
      for j in 0..<outColumns {
        var sum: Float = 0
        for p in 0..<columns {
          let b = transposingOther ? other[j, p] : other[p, j]
          sum += self[i, p] * b
        }
        result[i, j] = sum
      }
    }
    return result
  }

  /// The element-wise sum `self + other`.
  public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
    precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "shapes agree")
    let count = lhs.values.count
    let sum = [Float](unsafeUninitializedCapacity: count) { result, initialized in
      lhs.values.withUnsafeBufferPointer { a in
        rhs.values.withUnsafeBufferPointer { b in
          for index in 0..<count { result[index] = a[index] + b[index] }
        }
      }
      initialized = count
    }
    return Matrix(rows: lhs.rows, columns: lhs.columns, values: sum)
  }

  /// Every element times `factor`.
  public func scaled(by factor: Float) -> Matrix {
    Matrix(rows: rows, columns: columns, values: values.map { $0 * factor })
  }

  /// The matrices side by side: the columns of each, in order.
  public static func concatenatingColumns(_ parts: [Matrix]) -> Matrix {
    let rows = parts.first?.rows ?? 0
    precondition(parts.allSatisfy { $0.rows == rows }, "parts have equal row counts")
    var values = [Float]()
    values.reserveCapacity(rows * parts.reduce(0) { $0 + $1.columns })
    for r in 0..<rows {
      for part in parts {
        values.append(contentsOf: part.values[r * part.columns..<(r + 1) * part.columns])
      }
    }
    return Matrix(rows: rows, columns: parts.reduce(0) { $0 + $1.columns }, values: values)
  }
}
