// Writes a file so that a reader sees the old bytes or the new bytes, never
// half: a temporary file in the same directory, fsync, rename, fsync of the
// directory. Temporary files start with a dot so watchers and listings skip them.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package enum AtomicFile {
  /// The prefix of every temporary file the store makes.
  static let temporaryPrefix = ".tmp-"

  /// Every store write goes through here (package for `tafel bench`, which
  /// times it on its own next to a whole decision save).
  package static func write(_ data: Data, to path: String, mode: mode_t = 0o600) throws(StoreError)
  {
    let directory = PathText.parent(path)
    let name = (path as NSString).lastPathComponent
    let base = directory.isEmpty ? "." : directory
    var temporary = ""
    var descriptor: Int32 = -1
    for _ in 0..<16 {
      let tag = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      temporary = base + "/" + temporaryPrefix + name + "-" + String(getpid()) + "-" + tag
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
      if descriptor >= 0 { break }
      // The first family of a shard makes its directory (families/43/).
      if errno == ENOENT, makeShard(base) { continue }
      if errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw .io(path: path, message: errnoMessage()) }
    StoreOwnership.adopt(descriptor, directory: base)
    var failure: String?
    data.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          failure = errnoMessage()
          return
        }
        written += count
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = errnoMessage() }
    if close(descriptor) != 0, failure == nil { failure = errnoMessage() }
    if failure == nil, rename(temporary, path) != 0 { failure = errnoMessage() }
    if let failure {
      unlink(temporary)
      throw .io(path: path, message: failure)
    }
    syncDirectory(base)
    TemporaryFiles.sweepAfterWrite(in: base)
  }

  /// Makes a missing shard directory of families/ (0700, durable), when its
  /// parent is there; false for any other directory.
  private static func makeShard(_ directory: String) -> Bool {
    let parent = PathText.parent(directory)
    guard StoreLayout.isFamilyShard((directory as NSString).lastPathComponent),
      (parent as NSString).lastPathComponent == StoreLayout.families
    else { return false }
    guard mkdir(directory, 0o700) == 0 || errno == EEXIST else { return false }
    StoreOwnership.adoptDirectory(directory)
    syncDirectory(parent)
    return true
  }

  /// Makes a rename or a new entry in `directory` durable.
  static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// Removes a file and makes the removal durable; a missing file is fine.
  static func remove(_ path: String) throws(StoreError) {
    if unlink(path) != 0 {
      if errno == ENOENT { return }
      throw .io(path: path, message: errnoMessage())
    }
    syncDirectory(PathText.parent(path))
  }

  /// Creates a directory with mode 0700 (and its missing parents); an existing one is fine.
  static func makeDirectory(_ path: String) throws(StoreError) {
    if mkdir(path, 0o700) == 0 {
      StoreOwnership.adoptDirectory(path)
      return
    }
    let code = errno
    if code == EEXIST { return }
    if code == ENOENT {
      let parent = PathText.parent(path)
      if !parent.isEmpty, parent != path {
        try makeDirectory(parent)
        if mkdir(path, 0o700) == 0 || errno == EEXIST { return }
      }
    }
    throw .io(path: path, message: errnoMessage(code))
  }
}
