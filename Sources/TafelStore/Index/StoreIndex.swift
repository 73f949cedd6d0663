// index.json: a cache of every family's summary (id, name, municipality,
// phase) so that the family list and the filter need not open 50,000 files.
// It is verified cheaply on load (the listing of families/ against its ids, and
// any family file not older than the index re-read) and repaired when stale.

import Foundation
import TafelCore

/// The whole of index.json.
struct FamilyIndex: Codable, Sendable, Equatable {
  static let formatName = "tafel-index"
  var format: String = FamilyIndex.formatName
  var version: Int = 1
  /// Nanoseconds since the epoch: a family file modified at or after this
  /// moment is re-read on load. Set a second before the families were last
  /// read in full, so a coarse file-system clock cannot hide a change; one
  /// family written by Tafel later updates its entry but not this moment.
  var verifiedBefore: Int
  var families: [FamilySummary]
}

extension Store {
  /// Every family's summary, sorted by id: from index.json, repaired and
  /// rewritten when it is missing or stale. Families whose file is bad are left out.
  package func summaries() throws -> [FamilySummary] {
    let start = verificationMoment()
    let entries = try DirectoryListing.familyFiles(store: path)
    guard let index = loadIndex() else { return try rebuildIndex(entries: entries, moment: start) }
    // Both lists are sorted by id: walk them side by side.
    var indexed = index.families
    if !zip(indexed, indexed.dropFirst()).allSatisfy({ $0.id < $1.id }) {
      indexed.sort { $0.id < $1.id }
    }
    var withoutFile = 0
    var position = 0
    // Per listed family: its indexed summary, and whether the file must be read again.
    var known: [FamilySummary?] = []
    var toRead: [Int] = []
    known.reserveCapacity(entries.count)
    for (slot, entry) in entries.enumerated() {
      while position < indexed.count, indexed[position].id < entry.id {
        withoutFile += 1
        position += 1
      }
      var summary: FamilySummary?
      if position < indexed.count, indexed[position].id == entry.id {
        summary = indexed[position]
        position += 1
      }
      known.append(summary)
      // New, or changed since the index was verified.
      if summary == nil || entry.modified >= index.verifiedBefore { toRead.append(slot) }
    }
    withoutFile += indexed.count - position
    let fresh = readSummariesOrNil(toRead.map { entries[$0].id })
    var stale = false
    for (slot, summary) in zip(toRead, fresh) where summary != known[slot] {
      known[slot] = summary
      stale = true
    }
    let result = known.compactMap { $0 }
    let reread = toRead.count
    // Families in the index without a file, or many re-reads: write it anew.
    if stale || withoutFile > 0 || reread > 64 {
      try? FileLock.withLock(StoreLayout.indexLock, in: path) {
        try writeIndex(result, verifiedBefore: start)
      }
    }
    return result
  }

  /// Reads every family file (on both cores) and writes index.json anew.
  package func rebuildIndex() throws {
    let start = verificationMoment()
    _ = try rebuildIndex(
      entries: try DirectoryListing.familyFiles(store: path), moment: start)
  }

  @discardableResult
  func rebuildIndex(entries: [DirectoryListing.Entry], moment: Int) throws -> [FamilySummary] {
    let summaries = readSummaries(entries.map(\.id))
    try FileLock.withLock(StoreLayout.indexLock, in: path) {
      try writeIndex(summaries, verifiedBefore: moment)
    }
    return summaries
  }

  /// Now minus a second, in nanoseconds since the epoch, on the file system's
  /// own clock: the moment is compared with the modification times the kernel
  /// stamps on family files, so it is read from such a stamp too (one byte is
  /// written to `.locks/clock` and its time read back). A process whose clock
  /// is moved (`TAFEL_NOW`, faketime, a laptop set wrong) then still sees a
  /// file changed after the index was written. Where the store cannot be
  /// written (read-only), the system clock is used.
  func verificationMoment() -> Int {
    let locks = absolute(StoreLayout.locks)
    if access(locks, F_OK) != 0 { try? AtomicFile.makeDirectory(locks) }
    let path = locks + "/clock"
    let probe = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if probe >= 0 {
      let newline: [UInt8] = [10]
      let written = Glibc.write(probe, newline, 1) == 1
      close(probe)
      // Read by path with fstatat, exactly as the listing reads family files.
      if written, let modified = FileReading.modifiedNanoseconds(path) {
        return modified - 1_000_000_000
      }
    }
    return Int((Date().timeIntervalSince1970 - 1) * 1_000_000_000)
  }

  /// The summaries of the readable families among `ids`, in the same order,
  /// read on all cores when there are many.
  func readSummaries(_ ids: [String]) -> [FamilySummary] {
    readSummariesOrNil(ids).compactMap { $0 }
  }

  /// Like `readSummaries(_:)`, with nil in the place of an unreadable family.
  func readSummariesOrNil(_ ids: [String]) -> [FamilySummary?] {
    if ids.count < 8 { return ids.map { id in (try? family(id)).map(FamilySummary.init) } }
    let slots = ResultSlots<FamilySummary>(count: ids.count)
    DispatchQueue.concurrentPerform(iterations: ids.count) { position in
      if let family = try? family(ids[position]) { slots.set(position, FamilySummary(family)) }
    }
    return slots.values
  }

  /// The index, or nil when missing or unreadable. It is read by the store's
  /// one strict reader like every other file; its bytes are kept only as the
  /// array the decoder reads (at 50,000 families the index is 7 MB, and the
  /// board's peak memory counts every copy).
  func loadIndex() -> FamilyIndex? {
    guard let bytes = (try? readIfPresent(StoreLayout.index)).flatMap({ $0.map { [UInt8]($0) } }),
      let index = try? StoreDecoder.decode(FamilyIndex.self, from: bytes),
      index.format == FamilyIndex.formatName
    else { return nil }
    return index
  }

  /// Writes index.json for `summaries`, trusting family files modified before
  /// `verifiedBefore` (nanoseconds since the epoch). For a tool that wrote the
  /// family files itself (the bench's store generator); everything else lets
  /// the store keep its index.
  package func writeIndex(_ summaries: [FamilySummary], verifiedBefore: Int) throws {
    let index = FamilyIndex(
      verifiedBefore: verifiedBefore, families: summaries.sorted { $0.id < $1.id })
    try writeFile(IndexWriter.encode(index), StoreLayout.index)
  }

  /// After a write of one family: puts its summary into the index, under the
  /// index lock. A missing index is left missing (the next load rebuilds it).
  func updateIndexEntry(_ summary: FamilySummary) throws {
    try updateIndexEntries([summary], removing: [])
  }

  /// After a sync wrote many families: their summaries in, the removed ones
  /// out, with one read and one write of the index (not one per family: at
  /// 50,000 families each is a few megabytes).
  func updateIndexEntries(_ summaries: [FamilySummary], removing removed: Set<String>) throws {
    guard !summaries.isEmpty || !removed.isEmpty else { return }
    try FileLock.withLock(StoreLayout.indexLock, in: path) {
      guard let index = loadIndex() else { return }
      let updated = Dictionary(
        summaries.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
      var families = index.families.compactMap { family -> FamilySummary? in
        removed.contains(family.id) ? nil : updated[family.id] ?? family
      }
      let known = Set(index.families.map(\.id))
      families += summaries.filter { !known.contains($0.id) }
      try writeIndex(families, verifiedBefore: index.verifiedBefore)
    }
  }

  /// Takes a removed family out of the index.
  func removeIndexEntry(_ id: String) throws {
    try FileLock.withLock(StoreLayout.indexLock, in: path) {
      guard let index = loadIndex() else { return }
      try writeIndex(index.families.filter { $0.id != id }, verifiedBefore: index.verifiedBefore)
    }
  }
}
