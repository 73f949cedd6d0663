// An exclusive lock shared by every Tafel process on one store. Data files are
// replaced by rename, so a lock on them would lock a file that no longer has a
// name; the lock lives on a separate file in .locks/ instead. flock works per
// open file, so two threads of one process exclude each other as well. A
// lock already held by the caller (an operation holds every lock it needs
// for its whole length, and the writes inside it ask again) is not taken a
// second time: a second flock on a new open file would wait for the first.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum FileLock {
  /// Runs `body` while holding the lock `.locks/<name>.lock` of the store at `storePath`.
  static func withLock<T>(
    _ name: String, in storePath: String, _ body: () throws -> T
  ) throws -> T {
    let key = storePath + "/" + name
    if held.contains(key) { return try body() }
    return try take(name, in: storePath) { try $held.withValue(held.union([key]), operation: body) }
  }

  /// The locks this task holds (store path + name).
  @TaskLocal private static var held: Set<String> = []

  private static func take<T>(
    _ name: String, in storePath: String, _ body: () throws -> T
  ) throws -> T {
    let directory = storePath + "/.locks"
    let path = directory + "/" + name + ".lock"
    // .locks itself is never a link either: locks made elsewhere would lock nothing here.
    var linkInfo = stat()
    if lstat(directory, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
      throw StoreError.io(
        path: directory, message: "a symbolic link; Tafel does not follow links in a store")
    }
    var descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0o600)
    if descriptor < 0, errno == ENOENT {
      try AtomicFile.makeDirectory(directory)
      descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, 0o600)
    }
    // A lock is never a link: O_NOFOLLOW refuses one (ELOOP), so a link
    // planted at .locks/….lock cannot make Tafel create a file elsewhere.
    guard descriptor >= 0 else {
      let message = errno == ELOOP ? "is a symbolic link, not a lock file" : errnoMessage()
      throw StoreError.io(path: path, message: message)
    }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      throw StoreError.io(path: path, message: "not a regular file")
    }
    StoreOwnership.adopt(descriptor, directory: directory)
    while flock(descriptor, LOCK_EX) != 0 {
      if errno != EINTR { throw StoreError.io(path: path, message: errnoMessage()) }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  /// Runs `body` holding every lock of `names`, taken in the order given
  /// (callers sort them, so two holders of several never wait on each other).
  static func withLocks<T>(_ names: [String], in storePath: String, _ body: () throws -> T)
    throws -> T
  {
    guard let first = names.first else { return try body() }
    return try withLock(first, in: storePath) {
      try withLocks(Array(names.dropFirst()), in: storePath, body)
    }
  }
}
