// The access log: one JSON line per access to a family's data, appended to
// access/<replica>/<YYYY-MM>.jsonl — a file per replica and month, so two
// machines never write the same file and git never has to merge one. Each
// line carries the SHA-256 of the line before it in its file (a chain per
// file), so `tafel check` finds a line changed, removed or put elsewhere.
//
// An append is one write(2) of whole lines under the file's lock, then
// fsync: an entry is on disk before the command returns or the board shows
// what was looked at. A line cut short by a crash (no newline at its end) is
// ended by the next append and skipped; the next entry chains to the last
// whole line, so the rest still verifies.

import Crypto
import Foundation
import Synchronization
import TafelCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Store {
  /// The directory of the log files.
  package static let accessDirectory = "access"

  /// "access/main/2026-12.jsonl": this replica's file for the month of `moment` (UTC).
  func accessLogFile(at moment: Timestamp) -> String {
    accessLogFile(at: moment, replica: replica ?? "main")
  }

  private func accessLogFile(at moment: Timestamp, replica: String) -> String {
    Store.accessDirectory + "/" + replica + "/" + Store.month(moment) + ".jsonl"
  }

  /// "2026-12": the UTC month of a moment (one log file each).
  private static func month(_ moment: Timestamp) -> String {
    String(moment.utcDay.description.prefix(7))
  }

  /// Appends one entry per family for `who` (on behalf of `onBehalfOf`):
  /// each gets the next sequence number and the hash of the line before it.
  package func logAccess(
    _ accesses: [(family: String, action: AccessAction, part: String)], who: String,
    onBehalfOf: String? = nil
  ) throws {
    guard !accesses.isEmpty else { return }
    let now = clock()
    let tag = replica ?? "main"
    let relative = accessLogFile(at: now, replica: tag)
    try refuseLinks(relative)
    let path = absolute(relative)
    let directory = PathText.parent(path)
    if FileReading.signature(directory) == nil { try AtomicFile.makeDirectory(directory) }
    let machine = Sanitized.line(ProcessInfo.processInfo.hostName)
    // In a store with people each line names the person by id too.
    let person = personID(of: who)
    let lock = "access-" + tag + "-" + Store.month(now)
    try FileLock.withLock(lock, in: self.path) {
      let descriptor = systemOpen(path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else { throw StoreError.io(path: path, message: errnoMessage()) }
      defer { close(descriptor) }
      var (previous, sequence, endsWithNewline) = AccessLogTail.read(descriptor)
      var data = Data()
      if !endsWithNewline { data.append(0x0A) }  // ends a line a crash cut short
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      for access in accesses {
        sequence += 1
        let entry = AccessEntry(
          sequence: sequence, at: now, who: Sanitized.line(who),
          onBehalfOf: onBehalfOf.map(Sanitized.line), action: access.action,
          family: access.family, part: Sanitized.line(access.part), machine: machine,
          previous: previous, person: person)
        let line = try encoder.encode(entry)
        previous = AccessLogTail.hash(line)
        data.append(line)
        data.append(0x0A)
      }
      let written = data.withUnsafeBytes { systemWrite(descriptor, $0.baseAddress!, $0.count) }
      guard written == data.count, fsync(descriptor) == 0 else {
        throw StoreError.io(path: path, message: errnoMessage())
      }
    }
    repository?.markPending([relative])
  }

  /// The id of the person this process records as, when `who` is them.
  /// (Kept out of line: inlined into `logAccess`, Swift 6.3.1's optimizer
  /// crashed on the ownership of its `Data` buffer in a release build.)
  @inline(never)
  func personID(of who: String) -> String? {
    guard let signer = StoreRepository.signers.withLock({ $0[path] }) else { return nil }
    return signer.person.name == who ? signer.person.id : nil
  }

  /// The access files that are not what HEAD holds plus lines after it (a
  /// line removed or changed since the last commit, or the file gone): the
  /// committed log is the anchor that a chain alone is not for its last lines.
  /// With `remembering`, a file found sound is remembered with its blob, size
  /// and time (.git/tafel-access-verified), and read again only when one of
  /// them changed: a sync costs what changed since, not every year of log.
  func accessLogShortened(_ repository: StoreRepository, remembering: Bool = false) throws
    -> [String]
  {
    let listed = try repository.git(["ls-tree", "-r", "HEAD", "--", Store.accessDirectory])
    var tracked: [(relative: String, blob: String)] = []
    for line in listed.text.split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1)
      let fields = parts.first?.split(separator: " ") ?? []
      guard parts.count == 2, fields.count == 3, StoreRepository.isAccessLog(String(parts[1]))
      else { continue }
      tracked.append((String(parts[1]), String(fields[2])))
    }
    guard !tracked.isEmpty else { return [] }
    let memory = AccessLogMemory(repository)
    var known = remembering ? memory.read() : [:]
    var toRead: [(relative: String, blob: String, stamp: String)] = []
    for (relative, blob) in tracked {
      var info = stat()
      let stamp =
        lstat(absolute(relative), &info) == 0
        ? "\(blob) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "\(blob) gone"
      if known[relative] == stamp { continue }
      toRead.append((relative, blob, stamp))
    }
    var shortened: [String] = []
    let objects = try GitBatch.read(toRead.map(\.blob), in: repository)
    for (file, object) in zip(toRead, objects) {
      guard let committed = object.map({ Data($0.bytes) }) else { continue }
      let now = FileManager.default.contents(atPath: absolute(file.relative)) ?? Data()
      if now.count < committed.count || now.prefix(committed.count) != committed {
        shortened.append(absolute(file.relative))
        known[file.relative] = nil
      } else {
        known[file.relative] = file.stamp
      }
    }
    if remembering, !toRead.isEmpty { memory.write(known) }
    return shortened
  }

  /// Every access file of the store (all replicas, all months), sorted.
  func accessLogFiles() -> [String] {
    let root = absolute(Store.accessDirectory)
    let replicas = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    var files: [String] = []
    for replica in replicas.sorted() where !replica.hasPrefix(".") {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + replica)) ?? []
      for name in names.sorted() where name.hasSuffix(".jsonl") && !name.hasPrefix(".") {
        files.append(Store.accessDirectory + "/" + replica + "/" + name)
      }
    }
    return files
  }

  /// Every readable entry, oldest first; `family` and `who` filter. One
  /// replica's entries keep the order they were appended in (their months
  /// in turn), whatever its clock said; the replicas are interleaved by time.
  package func accessEntries(family: String? = nil, who: String? = nil) throws -> [AccessEntry] {
    var streams: [String: [AccessEntry]] = [:]
    let decoder = JSONDecoder()
    for relative in accessLogFiles() {
      let replica = PathText.parent(relative)
      for line in AccessLogTail.lines(try readData(relative)) {
        guard let entry = try? decoder.decode(AccessEntry.self, from: line.bytes) else {
          continue
        }
        if let family, entry.family != family { continue }
        if let who, Folding.fold(entry.who) != Folding.fold(who) { continue }
        streams[replica, default: []].append(entry)
      }
    }
    // A merge of the replicas' streams: the earliest next entry first.
    let ordered = streams.keys.sorted().map { streams[$0]! }
    var next = Array(repeating: 0, count: ordered.count)
    var entries: [AccessEntry] = []
    while true {
      var pick: Int?
      for index in ordered.indices where next[index] < ordered[index].count {
        if let best = pick, ordered[best][next[best]].at <= ordered[index][next[index]].at {
          continue
        }
        pick = index
      }
      guard let pick else { break }
      entries.append(ordered[pick][next[pick]])
      next[pick] += 1
    }
    return entries
  }

  /// The chain of every log file, verified: one problem per line that was
  /// changed, removed or moved, and per line cut short by a crash.
  func accessLogProblems() -> [StoreProblem] {
    var problems: [StoreProblem] = []
    for relative in accessLogFiles() {
      let path = absolute(relative)
      guard let data = try? readData(relative) else { continue }
      var previous = ""
      var sequence = 0
      let lines = AccessLogTail.lines(data)
      for line in lines {
        let entry = try? JSONDecoder().decode(AccessEntry.self, from: line.bytes)
        guard let entry else {
          let cut = !line.ended || line.number < lines.count
          problems.append(
            StoreProblem(
              path: path, line: line.number,
              message: cut && !line.ended
                ? "an entry cut short (a crash while it was written); skipped"
                : "not a log entry: changed by hand, or cut short and ended by the next entry; "
                  + "skipped"))
          continue
        }
        if entry.previous != previous || entry.sequence != sequence + 1 {
          problems.append(
            StoreProblem(
              path: path, line: line.number,
              message:
                "the log's chain breaks here: this line or the one before it was changed, "
                + "or a line was removed or moved here (entry \(entry.sequence) after \(sequence))")
          )
        }
        previous = AccessLogTail.hash(line.bytes)
        sequence = entry.sequence
      }
    }
    if let repository, let shortened = try? accessLogShortened(repository) {
      for path in shortened {
        problems.append(
          StoreProblem(
            path: path,
            message:
              "lines of the access log were removed or changed since it was last committed "
              + "(git holds what was there)"))
      }
    }
    return problems
  }
}

/// The access-log files a sync found to be what git holds plus new lines,
/// each with the blob, size and time it had then: `path<TAB>stamp` lines in
/// .git/tafel-access-verified (local to this replica, never committed).
struct AccessLogMemory {
  let file: String

  init(_ repository: StoreRepository) { file = repository.path + "/.git/tafel-access-verified" }

  func read() -> [String: String] {
    guard let data = FileManager.default.contents(atPath: file) else { return [:] }
    var known: [String: String] = [:]
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 1)
      if parts.count == 2 { known[String(parts[0])] = String(parts[1]) }
    }
    return known
  }

  func write(_ known: [String: String]) {
    let text = known.keys.sorted().map { $0 + "\t" + known[$0]! + "\n" }.joined()
    try? AtomicFile.write(Data(text.utf8), to: file)
  }
}

/// Reading what an appender needs and what check verifies.
enum AccessLogTail {
  struct Line {
    var number: Int
    var bytes: Data
    /// Whether a newline ended it (the last line of a crashed append has none).
    var ended: Bool
  }

  static func hash(_ bytes: Data) -> String { SHA256.hash(data: bytes).lowercaseHex }

  static func lines(_ data: Data) -> [Line] {
    var lines: [Line] = []
    var start = data.startIndex
    var number = 0
    while start < data.endIndex {
      number += 1
      if let newline = data[start...].firstIndex(of: 0x0A) {
        lines.append(Line(number: number, bytes: Data(data[start..<newline]), ended: true))
        start = newline + 1
      } else {
        lines.append(Line(number: number, bytes: Data(data[start...]), ended: false))
        break
      }
    }
    return lines
  }

  /// The hash and sequence of the last whole entry of an open log file, and
  /// whether the file ends with a newline (an empty one does).
  static func read(_ descriptor: Int32) -> (previous: String, sequence: Int, endsWithNewline: Bool)
  {
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return ("", 0, true) }
    let size = Int(info.st_size)
    var length = min(size, 16 * 1024)
    while true {
      var buffer = [UInt8](repeating: 0, count: length)
      let count = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress!, length, off_t(size - length))
      }
      guard count == length else { return ("", 0, true) }
      let data = Data(buffer)
      let endsWithNewline = data.last == 0x0A
      var candidates = lines(data)
      if length < size, !candidates.isEmpty { candidates.removeFirst() }  // may start mid-line
      for line in candidates.reversed() where line.ended {
        if let entry = try? JSONDecoder().decode(AccessEntry.self, from: line.bytes) {
          return (hash(line.bytes), entry.sequence, endsWithNewline)
        }
      }
      if length == size { return ("", 0, endsWithNewline) }
      length = min(size, length * 4)
    }
  }
}
