// index.json: a cache of every family's summary (id, name, municipality,
// phase) so that the family list and the filter need not open 50,000 files.
// It is verified cheaply on load (the listing of families/ against its ids, and
// any family file not older than the index re-read) and repaired when stale.

import Foundation
import TafelCore

/// The whole of index.json.
struct FamilyIndex: Codable, Sendable {
  static let formatName = "tafel-index"
  var format: String = FamilyIndex.formatName
  var version: Int = 1
  var families: [FamilySummary]
}

extension Store {
  /// Every family's summary, sorted by id: from index.json, repaired and
  /// rewritten when it is missing or stale. Families whose file is bad are left out.
  public func summaries() throws -> [FamilySummary] {
    let entries = try DirectoryListing.jsonFiles(absolute(StoreLayout.families))
    let indexPath = absolute(StoreLayout.index)
    guard let (index, indexModified) = loadIndex() else {
      return try rebuildIndex(entries: entries)
    }
    var known: [String: FamilySummary] = [:]
    known.reserveCapacity(index.families.count)
    for summary in index.families { known[summary.id] = summary }
    var stale = known.count != entries.count
    var result: [FamilySummary] = []
    result.reserveCapacity(entries.count)
    for entry in entries {
      if let summary = known[entry.id], entry.modified < indexModified {
        result.append(summary)
        continue
      }
      // New, or changed since the index was written (equal times count as changed).
      guard let family = try? family(entry.id) else {
        if known[entry.id] != nil { stale = true }
        continue
      }
      let summary = FamilySummary(family)
      if known[entry.id] != summary { stale = true }
      result.append(summary)
    }
    if stale {
      try? FileLock.withLock(StoreLayout.indexLock, in: path) {
        try writeIndex(result)
      }
    }
    _ = indexPath
    return result
  }

  /// Reads every family file (on both cores) and writes index.json anew.
  public func rebuildIndex() throws {
    _ = try rebuildIndex(entries: try DirectoryListing.jsonFiles(absolute(StoreLayout.families)))
  }

  @discardableResult
  func rebuildIndex(entries: [DirectoryListing.Entry]) throws -> [FamilySummary] {
    let summaries = readSummaries(entries.map(\.id))
    try FileLock.withLock(StoreLayout.indexLock, in: path) {
      try writeIndex(summaries)
    }
    return summaries
  }

  /// The summaries of the readable families among `ids`, in the same order.
  func readSummaries(_ ids: [String]) -> [FamilySummary] {
    let slots = ResultSlots<FamilySummary>(count: ids.count)
    DispatchQueue.concurrentPerform(iterations: ids.count) { position in
      if let family = try? family(ids[position]) { slots.set(position, FamilySummary(family)) }
    }
    return slots.values.compactMap { $0 }
  }

  /// The index and its modification time, or nil when missing or unreadable.
  func loadIndex() -> (FamilyIndex, Int)? {
    guard let (data, signature) = try? FileReading.read(absolute(StoreLayout.index)),
      let index = try? TafelJSON.decoder().decode(FamilyIndex.self, from: data),
      index.format == FamilyIndex.formatName
    else { return nil }
    return (index, signature.modified)
  }

  func writeIndex(_ summaries: [FamilySummary]) throws {
    let index = FamilyIndex(families: summaries.sorted { $0.id < $1.id })
    try AtomicFile.write(try TafelJSON.encode(index), to: absolute(StoreLayout.index))
  }

  /// After a write of one family: puts its summary into the index, under the
  /// index lock. A missing index is left missing (the next load rebuilds it).
  func updateIndexEntry(_ summary: FamilySummary, previous: FamilySummary?) throws {
    try FileLock.withLock(StoreLayout.indexLock, in: path) {
      guard let (index, _) = loadIndex() else { return }
      var families = index.families
      if let position = families.firstIndex(where: { $0.id == summary.id }) {
        families[position] = summary
      } else {
        families.append(summary)
      }
      try writeIndex(families)
    }
  }
}

/// Per-iteration results of a concurrentPerform, each slot written by one iteration.
final class ResultSlots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ position: Int, _ value: Value) {
    lock.lock()
    storage[position] = value
    lock.unlock()
  }

  var values: [Value?] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
