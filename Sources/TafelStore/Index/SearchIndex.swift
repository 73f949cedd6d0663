// The `/` search's index: each family's searchable fields (SearchEntry),
// kept in memory by whoever searches and on disk as one file per shard of
// families/ in a cache directory of this machine, so a query scans bytes in
// memory instead of decoding every family file (1.6 s of CPU at 50,000).
//
// It is only a cache, never synced and never trusted: a shard is read again
// when its directory changed since (a family written, added or removed
// renames a file there) or a watcher said one of its families changed, and
// within it only the families whose file changed;
// a cache file that does not read is rebuilt, and one for another directory
// of organisations (professionals' names) too.

import Foundation
import Synchronization
import TafelCore

#if canImport(Glibc)
  import Glibc
#endif

package final class SearchIndex: Sendable {
  private struct Shard {
    /// The shard directory's modification time when it was last verified.
    var verified: Int
    /// id → (the family file's modification time, its entry).
    var families: [String: (modified: Int, entry: SearchEntry)]
  }

  private struct State {
    var shards: [String: Shard] = [:]
    var organisations: Int?
    /// Every entry in id order, made again only after a shard changed.
    var all: [SearchEntry]?
  }

  private let store: Store
  /// Where the cache files go (one per shard, "NN.tsv").
  private let directory: String
  private let state = Mutex(State())

  package init(store: Store, directory: String) {
    self.store = store
    self.directory = directory
  }

  /// Every family whose fields hold every word of `query` (folded), a word
  /// at the start of one of its words first, then by id; at most `limit`.
  package func search(_ query: String, limit: Int) -> [ContentMatch] {
    let words = Folding.fold(query).split(separator: " ").map(String.init)
    guard !words.isEmpty, limit > 0 else { return [] }
    refresh()
    let needles = SearchEntry.Needles(words)
    // Bytes only, in id order, until `limit` families begin a word with the
    // query; the words and snippets are made for the few that are shown.
    var first: [SearchEntry] = []
    var rest: [SearchEntry] = []
    state.withLock { state in
      for entry in Self.all(&state) where entry.holds(needles) {
        if entry.beginsAWord(needles) {
          first.append(entry)
          if first.count == limit { break }
        } else if rest.count < limit {
          rest.append(entry)
        }
      }
    }
    return (first + rest).prefix(limit).compactMap { $0.match(words) }
  }

  private static func all(_ state: inout State) -> [SearchEntry] {
    if let all = state.all { return all }
    let all = state.shards.values.flatMap { $0.families.values.map(\.entry) }
      .sorted { $0.id < $1.id }
    state.all = all
    return all
  }

  /// A family file changed where the directory's time may not show it (a
  /// program that wrote it in place; the board's watcher saw it): its shard
  /// is verified again at the next search.
  package func changed(family id: String) {
    state.withLock { state in state.shards[StoreLayout.familyShard(id)]?.verified = -1 }
  }

  /// Every readable family's entry, in id order, each shard made current.
  package func entries() -> [SearchEntry] {
    refresh()
    return state.withLock { Self.all(&$0) }
  }

  /// Makes every shard current: unchanged directories are left as they are.
  package func refresh() {
    let organisations = FileReading.modifiedNanoseconds(store.absolute(StoreLayout.directory))
    let directories = DirectoryListing.familyDirectories(store: store.path)
    let names = Set(directories.map { ($0 as NSString).lastPathComponent })
    // Made only when a shard is read again (most searches read nothing):
    // the file system's clock a second ago — a time at or after it is not
    // trusted, as a second write in the same tick of a coarse clock keeps the
    // time — and the directory's names.
    var reading: (moment: Int, lookup: DirectoryLookup)?
    state.withLock { state in
      // New names of professionals or organisations: every entry again.
      if state.organisations != organisations {
        state.shards = [:]
        state.organisations = organisations
        state.all = nil
      }
      for gone in state.shards.keys where !names.contains(gone) {
        state.shards[gone] = nil
        state.all = nil
      }
    }
    for relative in directories {
      let shard = (relative as NSString).lastPathComponent
      let path = store.absolute(relative)
      guard let verified = FileReading.modifiedNanoseconds(path) else { continue }
      let known = state.withLock { $0.shards[shard] }
      if let known, known.verified == verified { continue }
      let (moment, lookup) =
        reading ?? (
          store.verificationMoment(), DirectoryLookup((try? store.directory()) ?? Directory())
        )
      reading = (moment, lookup)
      let current = verify(
        shard: shard, at: relative, verified: verified < moment ? verified : -1, moment: moment,
        known: known ?? load(shard, organisations: organisations), lookup: lookup,
        organisations: organisations)
      state.withLock { state in
        state.shards[shard] = current
        state.all = nil
      }
    }
  }

  /// The shard's families as they are now: an entry whose file kept its time
  /// is kept, the others read again; written to the cache when it changed.
  private func verify(
    shard: String, at relative: String, verified: Int, moment: Int, known: Shard?,
    lookup: DirectoryLookup, organisations: Int?
  ) -> Shard {
    let listed = (try? DirectoryListing.jsonFiles(store.absolute(relative))) ?? []
    var families: [String: (modified: Int, entry: SearchEntry)] = [:]
    var changed = known == nil || known!.families.count != listed.count
    for file in listed where StoreLayout.familyShard(file.id) == shard {
      if let kept = known?.families[file.id], kept.modified == file.modified {
        families[file.id] = kept
        continue
      }
      changed = true
      guard let family = try? store.family(file.id) else { continue }
      // Replaced within the last second: its time may repeat, so read it again next time.
      let trusted = file.modified < moment ? file.modified : -1
      families[file.id] = (trusted, SearchEntry(family, lookup: lookup))
    }
    let result = Shard(verified: verified, families: families)
    if changed { save(shard, result, organisations: organisations) }
    return result
  }

  // MARK: The cache files

  private static let header = "tafel-search 2"

  /// The cache file of a shard, or nil when missing, unreadable or made for
  /// another organisations.json. Read as bytes: at 50,000 families the
  /// cache is tens of megabytes, read when a board first searches.
  private func load(_ shard: String, organisations: Int?) -> Shard? {
    guard let data = FileManager.default.contents(atPath: directory + "/" + shard + ".tsv")
    else { return nil }
    let bytes = [UInt8](data)
    var lines = bytes.split(separator: 10, omittingEmptySubsequences: true)[...]
    guard let first = lines.popFirst(),
      String(decoding: first, as: UTF8.self) == "\(SearchIndex.header)\t\(organisations ?? 0)"
    else { return nil }
    var families: [String: (modified: Int, entry: SearchEntry)] = [:]
    families.reserveCapacity(lines.count)
    for line in lines {
      let parts = line.split(separator: 9, omittingEmptySubsequences: false)
      guard parts.count == 6, let modified = Int(String(decoding: parts[1], as: UTF8.self))
      else { return nil }
      let fields = parts[3].compactMap { ContentMatch.Field(code: Character(Unicode.Scalar($0))) }
      let text = String(decoding: parts[4].map { $0 == 0x1F ? 10 : $0 }, as: UTF8.self)
      let folded = String(decoding: parts[5].map { $0 == 0x1F ? 10 : $0 }, as: UTF8.self)
      let lineCount = parts[4].filter { $0 == 0x1F }.count + 1
      guard fields.count == parts[3].count, lineCount == fields.count,
        parts[5].filter({ $0 == 0x1F }).count + 1 == fields.count
      else { return nil }
      let id = String(decoding: parts[0], as: UTF8.self)
      families[id] = (
        modified,
        SearchEntry(
          id: id, name: String(decoding: parts[2], as: UTF8.self), fields: fields, text: text,
          folded: folded)
      )
    }
    // Verified against the directory before use: time 0 forces it.
    return Shard(verified: 0, families: families)
  }

  private func save(_ shard: String, _ contents: Shard, organisations: Int?) {
    var text = "\(SearchIndex.header)\t\(organisations ?? 0)\n"
    for (id, family) in contents.families.sorted(by: { $0.key < $1.key }) {
      let entry = family.entry
      text +=
        "\(id)\t\(family.modified)\t\(SearchEntry.oneLine(entry.name))\t"
        + String(entry.fields.map(\.code)) + "\t"
        + entry.text.replacingOccurrences(of: "\n", with: "\u{1F}") + "\t"
        + entry.folded.replacingOccurrences(of: "\n", with: "\u{1F}") + "\n"
    }
    // A cache: where it cannot be written, the next search reads the files again.
    try? FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try? AtomicFile.write(Data(text.utf8), to: directory + "/" + shard + ".tsv")
  }
}

extension ContentMatch.Field {
  /// One letter per field in the cache file.
  var code: Character {
    switch self {
    case .name: "n"
    case .member: "m"
    case .professional: "p"
    case .organisation: "o"
    case .plan: "l"
    case .note: "t"
    case .decision: "d"
    }
  }

  init?(code: Character) {
    guard let field = Self.allCases.first(where: { $0.code == code }) else { return nil }
    self = field
  }
}
