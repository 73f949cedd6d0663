// Reads a whole file with one open/fstat/read, so that the bytes and the
// signature (size, mtime, inode) describe the same version of the file.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum FileReading {
  enum Failure: Error {
    case missing
    case failed(String)
  }

  static func read(_ path: String) throws(Failure) -> (data: Data, signature: FileSignature) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    if descriptor < 0 {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .missing }
      throw .failed(errnoMessage(code))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .failed(errnoMessage()) }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .failed("is a directory, expected a file") }
    var data = Data(count: max(Int(info.st_size), 0))
    var total = 0
    var failure: Int32 = 0
    data.withUnsafeMutableBytes { buffer in
      while total < buffer.count {
        let count = systemRead(descriptor, buffer.baseAddress! + total, buffer.count - total)
        if count < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        if count == 0 { break }
        total += count
      }
    }
    if failure != 0 { throw .failed(errnoMessage(failure)) }
    if total < data.count { data.removeSubrange(total...) }
    // A file that grew after fstat: read the rest.
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .failed(errnoMessage())
      }
      if count == 0 { break }
      data.append(contentsOf: chunk[0..<count])
    }
    return (data, fileSignature(of: info))
  }

  /// The signature of the file now, or nil when it does not exist.
  static func signature(_ path: String) -> FileSignature? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return fileSignature(of: info)
  }
}
