// Reads a whole file with one open/fstat/read, so that the bytes and the
// signature (size, mtime, inode) describe the same version of the file.
// Store files are untrusted: the file is opened without blocking (a FIFO in
// its place must not hang a reader), must be a regular file, and is read up
// to a size limit, past which it is refused, never read on (a link to
// /dev/zero must not fill the memory).

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

  /// The largest store file Tafel reads: 16 MiB. The largest family of the
  /// bench's generated stores is under 20 KiB; a family file of 16 MiB would
  /// be a child's case with some hundred thousand decisions.
  static let sizeLimit = 16 * 1024 * 1024

  /// The message for a file past the limit.
  static var tooLarge: String {
    "larger than \(sizeLimit / 1024 / 1024) MiB, the limit for a store file"
  }

  static func read(_ path: String) throws(Failure) -> (data: Data, signature: FileSignature) {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    if descriptor < 0 {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .missing }
      throw .failed(errnoMessage(code))
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .failed(errnoMessage()) }
    if (info.st_mode & S_IFMT) != S_IFREG { throw .failed("not a regular file") }
    if Int(info.st_size) > sizeLimit { throw .failed(tooLarge) }
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
    // A file that grew after fstat: read the rest. The buffer is not zeroed
    // (zeroing 64 KiB per file was 6 % of `tafel check`); only what a read
    // filled is copied out.
    let chunkSize = 65_536
    let chunk = UnsafeMutableRawPointer.allocate(byteCount: chunkSize, alignment: 16)
    defer { chunk.deallocate() }
    while true {
      let count = systemRead(descriptor, chunk, chunkSize)
      if count < 0 {
        if errno == EINTR { continue }
        throw .failed(errnoMessage())
      }
      if count == 0 { break }
      data.append(chunk.assumingMemoryBound(to: UInt8.self), count: count)
      if data.count > sizeLimit { throw .failed(tooLarge) }
    }
    return (data, fileSignature(of: info))
  }

  /// The modification time of the file in nanoseconds, read as the listing
  /// reads it (fstatat, the entry itself), or nil when it does not exist.
  static func modifiedNanoseconds(_ path: String) -> Int? {
    var info = stat()
    guard fstatat(AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
    return TafelStore.modifiedNanoseconds(info)
  }

  /// The signature of the file now, or nil when it does not exist.
  static func signature(_ path: String) -> FileSignature? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return fileSignature(of: info)
  }
}
