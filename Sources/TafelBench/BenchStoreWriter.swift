// Writes a generated store quickly: store.json, organisations.json and the
// meetings through `Store.create` (atomic, as always), then the family files
// on every core with plain writes (no fsync: a bench store is scratch data),
// then index.json. Every family file gets the creation time as its mtime and
// the index says it verified the families a second after it, so the same
// seed and day give the same bytes, and the board trusts the index. The
// bytes are the store's own style, so the result passes `tafel check`.

import Foundation
import Synchronization
import TafelCore
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything a store holds, before it is written.
package struct BenchStoreContent: Sendable {
  package var info: StoreInfo
  package var directory: Directory
  package var families: [Family]
  package var meetings: [Meeting]
}

package enum BenchStoreWriter {
  package static let author = "tafel bench"

  /// Writes `content` into the missing or empty directory `path`. Every change
  /// record carries `time`, so the same content gives the same bytes.
  @discardableResult
  package static func write(_ content: BenchStoreContent, to path: String, time: Timestamp) throws
    -> Store
  {
    let store = try Store.create(
      at: path, info: content.info, directory: content.directory, families: [],
      meetings: content.meetings, by: author, clock: { time })
    let families = content.families
    for shard in Set(families.map { StoreLayout.familyShard($0.id) }) {
      try FileManager.default.createDirectory(
        atPath: store.absolute(StoreLayout.families + "/" + shard),
        withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }
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
    if let first = failures.first { throw BenchFailure.data(first) }
    try store.writeIndex(
      families.map(FamilySummary.init), verifiedBefore: (time.seconds + 1) * 1_000_000_000)
    return store
  }

  /// One write of the whole file, mode 0600, without fsync; `modified` sets its mtime.
  package static func writePlain(_ data: Data, to path: String, modified: Timestamp? = nil) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw BenchFailure.data("\(path): \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    try data.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = systemWriteForBench(
          descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          throw BenchFailure.data("\(path): \(String(cString: strerror(errno)))")
        }
        written += count
      }
    }
    if let modified {
      let moment = timespec(tv_sec: modified.seconds, tv_nsec: 0)
      let times = [moment, moment]
      guard futimens(descriptor, times) == 0 else {
        throw BenchFailure.data("\(path): \(String(cString: strerror(errno)))")
      }
    }
  }
}

/// write(2), named so that it does not clash with methods called `write`.
package func systemWriteForBench(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int)
  -> Int
{
  #if canImport(Glibc)
    Glibc.write(descriptor, buffer, count)
  #else
    Darwin.write(descriptor, buffer, count)
  #endif
}

/// Errors collected from several threads; the first one is reported.
package final class BenchFailures: Sendable {
  private let messages = Mutex<[String]>([])

  package init() {}

  package func add(_ message: String) { messages.withLock { $0.append(message) } }

  package var first: String? { messages.withLock { $0.first } }
}
