// Writes a generated store quickly: store.json, organisations.json and the
// meetings through `Store.create` (atomic, as always), then the family files
// on every core with plain writes (no fsync: a bench store is scratch data),
// then index.json. Every family file gets the creation time as its mtime and
// the index says it verified the families a second after it, so the same
// seed and day give the same bytes, and the board trusts the index. The
// bytes are the store's own style, so the result passes `tafel check`.

import Foundation
import TafelCore
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything a store holds, before it is written.
struct BenchStoreContent: Sendable {
  var info: StoreInfo
  var directory: Directory
  var families: [Family]
  var meetings: [Meeting]
}

enum BenchStoreWriter {
  static let author = "tafel bench"

  /// Writes `content` into the missing or empty directory `path`. Every change
  /// record carries `time`, so the same content gives the same bytes.
  @discardableResult
  static func write(_ content: BenchStoreContent, to path: String, time: Timestamp) throws -> Store
  {
    let store = try Store.create(
      at: path, info: content.info, directory: content.directory, families: [],
      meetings: content.meetings, by: author, clock: { time })
    let families = content.families
    let failures = BenchFailures()
    let chunks = max(1, min(families.count, ProcessInfo.processInfo.activeProcessorCount * 4))
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let encoder = TafelJSON.encoder()
      var position = chunk
      while position < families.count {
        var family = families[position]
        family.changes.append(ChangeRecord(by: author, at: time, what: "created the family"))
        do {
          var data = try encoder.encode(family)
          data.append(0x0A)
          try writePlain(
            data, to: store.absolute(store.relativePath(family: family.id)), modified: time)
        } catch {
          failures.add("\(error)")
        }
        position += chunks
      }
    }
    if let first = failures.first { throw CommandFailure.data(first) }
    let index = BenchIndexFile(
      verifiedBefore: (time.seconds + 1) * 1_000_000_000,
      families: families.map(FamilySummary.init).sorted { $0.id < $1.id })
    try writePlain(try TafelJSON.encode(index), to: store.absolute("index.json"))
    return store
  }

  /// One write of the whole file, mode 0600, without fsync; `modified` sets its mtime.
  static func writePlain(_ data: Data, to path: String, modified: Timestamp? = nil) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw CommandFailure.data("\(path): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    try data.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = systemWriteForBench(
          descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          throw CommandFailure.data("\(path): \(String(cString: strerror(errno)))")
        }
        written += count
      }
    }
    if let modified {
      let moment = timespec(tv_sec: modified.seconds, tv_nsec: 0)
      let times = [moment, moment]
      guard futimens(descriptor, times) == 0 else {
        throw CommandFailure.data("\(path): \(String(cString: strerror(errno)))")
      }
    }
  }
}

/// write(2), named so that it does not clash with methods called `write`.
func systemWriteForBench(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
  #else
    Darwin.write(descriptor, buffer, count)
  #endif
}

/// index.json as the store writes it (format "tafel-index", version 1):
/// `tafel check` compares it with the families, so a mismatch shows at once.
struct BenchIndexFile: Codable {
  var format = "tafel-index"
  var version = 1
  /// Nanoseconds since the epoch; family files modified before it are trusted.
  var verifiedBefore: Int
  var families: [FamilySummary]
}

/// Errors collected from several threads; the first one is reported.
final class BenchFailures: @unchecked Sendable {
  private var messages: [String] = []
  private let lock = NSLock()

  func add(_ message: String) {
    lock.lock()
    messages.append(message)
    lock.unlock()
  }

  var first: String? {
    lock.lock()
    defer { lock.unlock() }
    return messages.first
  }
}
