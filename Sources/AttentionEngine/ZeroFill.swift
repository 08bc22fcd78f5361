#if canImport(Glibc)
  import Glibc
#endif

/// Writes zeros over long stretches of freshly allocated memory without touching most of
/// its pages.
///
/// The engine's weight matrices are allocated with `malloc`, which on Linux hands out private
/// anonymous memory. For such memory `madvise(MADV_DONTNEED)` guarantees that the pages
/// read as zeros afterwards, and pages that were never written stay unbacked until someone
/// writes them. A causal head's masked half is zeros that are read rarely and never written,
/// so advising its whole pages instead of writing them keeps them out of the resident set.
enum ZeroFill {
  /// The page size, read once.
  private static let pageSize: Int = {
    #if canImport(Glibc)
      let size = sysconf(Int32(_SC_PAGESIZE))
      return size > 0 ? size : 4096
    #else
      return 4096
    #endif
  }()

  /// Stretches shorter than this are written: a system call costs more than a few pages.
  private static let adviseThreshold = 1

  /// Sets `count` floats at `start` to zero; whole pages inside a long stretch are
  /// released to the kernel rather than written.
  ///
  /// The memory must be private anonymous memory owned by the caller (any `malloc` block).
  static func zero(_ start: UnsafeMutablePointer<Float>, count: Int) {
    guard count > 0 else { return }
    #if canImport(Glibc)
      let first = Int(bitPattern: start)
      let last = first + count * MemoryLayout<Float>.stride
      let pageStart = (first + pageSize - 1) / pageSize * pageSize
      let pageEnd = last / pageSize * pageSize
      if pageEnd - pageStart >= adviseThreshold * pageSize,
        madvise(
          UnsafeMutableRawPointer(bitPattern: pageStart), pageEnd - pageStart, MADV_DONTNEED)
          == 0
      {
        UnsafeMutableRawPointer(start).initializeMemory(
          as: UInt8.self, repeating: 0, count: pageStart - first)
        UnsafeMutableRawPointer(bitPattern: pageEnd)!.initializeMemory(
          as: UInt8.self, repeating: 0, count: last - pageEnd)
        return
      }
    #endif
    start.initialize(repeating: 0, count: count)
  }
}
