#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A read-only memory mapping of a whole file, unmapped when the last reference goes away.
///
/// Readers keep one of these alive for as long as they hand out views of its bytes. The
/// mapping is private and never written, so sharing it between threads is safe. Like any
/// mapping, it assumes no other process shrinks the file meanwhile (reading would then
/// fault); model files are replaced, never truncated in place.
final class MappedFile: @unchecked Sendable {
  /// The path as the caller gave it, for error messages.
  let path: String
  /// The size of the file in bytes.
  let count: Int
  private let base: UnsafeRawPointer?

  /// Maps the file at `path`, or throws `.unreadableFile` naming the system error.
  init(path: String) throws {
    self.path = path
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Self.systemError(path, "open") }
    defer { close(descriptor) }

    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw Self.systemError(path, "stat") }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw ModelFormatError(.unreadableFile, path: path, detail: "the path is not a regular file")
    }
    count = Int(status.st_size)
    base = count == 0 ? nil : try Self.map(descriptor, count: count, path: path)
  }

  deinit {
    if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
  }

  /// The mapped bytes; valid only while `self` is alive.
  var bytes: UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: base, count: count)
  }

  private static func map(_ descriptor: Int32, count: Int, path: String) throws
    -> UnsafeRawPointer
  {
    let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0)
    guard let address, address != MAP_FAILED else { throw systemError(path, "mmap") }
    return UnsafeRawPointer(address)
  }

  private static func systemError(_ path: String, _ call: String) -> ModelFormatError {
    let reason = String(cString: strerror(errno))
    return ModelFormatError(
      .unreadableFile, path: path, detail: "'\(call)' failed with '\(reason)'")
  }
}
