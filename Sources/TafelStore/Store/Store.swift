// The JSON-file store: finding it, creating it, opening it, and reading and
// writing its files by the rules of the design brief (atomic writes, a lock per
// file for read–modify–write, positions for bad files, 0600/0700).

import Foundation
import Synchronization
import TafelCore

package final class Store: Sendable {
  /// The store directory, as given.
  package let path: String
  let clock: @Sendable () -> Timestamp
  private let warnings: [String]
  let familyCache = FamilyCache()
  /// The store's git repository, when it is one (see Git/): looked up at
  /// each use (one stat), so a store made a repository while open commits.
  var repository: StoreRepository? { StoreRepository(store: path) }
  let commitProblems = CommitProblems()
  /// The board's commits, when they are made off the key's path.
  let backgroundCommits = BackgroundCommits()
  /// Whose behalf the changes through this store are made on (see onBehalfOf).
  let behalf = Mutex<String?>(nil)

  init(path: String, clock: @escaping @Sendable () -> Timestamp, warnings: [String]) {
    self.path = path
    self.clock = clock
    self.warnings = warnings
  }

  // MARK: Finding, opening, creating

  /// Where the store is: `--store`, else `$TAFEL_STORE`, else `$XDG_DATA_HOME/tafel`,
  /// else `~/.local/share/tafel`; `source` says which one applied.
  package static func locate(explicit: String?, environment: [String: String]) -> (
    path: String, source: String
  ) {
    if let explicit, !explicit.isEmpty { return (explicit, "--store") }
    if let value = environment["TAFEL_STORE"], !value.isEmpty { return (value, "$TAFEL_STORE") }
    if let value = environment["XDG_DATA_HOME"], !value.isEmpty {
      return (value + "/tafel", "$XDG_DATA_HOME")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home + "/.local/share/tafel", "default (~/.local/share/tafel)")
  }

  /// Opens an existing store; reads store.json only. `repairingSettings`
  /// opens one whose region settings break a rule (edited by hand), for
  /// `tafel settings load` to replace them; everything else must read.
  package static func open(
    _ path: String, clock: @escaping @Sendable () -> Timestamp = SystemClock.now,
    repairingSettings: Bool = false
  ) throws -> Store {
    let store = Store(path: path, clock: clock, warnings: StorePermissions.warnings(for: path))
    let infoPath = store.absolute(StoreLayout.info)
    guard let data = try store.readIfPresent(StoreLayout.info) else {
      if FileReading.signature(path) == nil {
        throw StoreError.io(path: path, message: "no such directory")
      }
      throw StoreError.notAStore(path)
    }
    let readable =
      repairingSettings
        && (try? FileDecoding.decode(StoreInfo.self, from: data, path: infoPath)) == nil
      ? Store.withoutSettings(data) ?? data : data
    let info = try FileDecoding.decode(StoreInfo.self, from: readable, path: infoPath)
    guard info.format == StoreInfo.formatName else { throw StoreError.notAStore(path) }
    guard info.version <= StoreInfo.currentVersion else {
      throw StoreError.refused(
        "\(infoPath): format version \(info.version) is newer than this Tafel reads "
          + "(\(StoreInfo.currentVersion))")
    }
    guard info.version == StoreInfo.currentVersion else {
      throw StoreError.refused(
        "\(infoPath): format version \(info.version) is older than this Tafel writes "
          + "(\(StoreInfo.currentVersion)); run `tafel upgrade --store \(path)` once "
          + "(it moves each family file into its shard and loses nothing)")
    }
    return store
  }

  /// store.json's bytes with its settings left out (nil when it is no JSON object).
  static func withoutSettings(_ data: Data) -> Data? {
    guard case .object(var object) = try? JSONDecoder().decode(JSONValue.self, from: data) else {
      return nil
    }
    object["settings"] = nil
    return try? TafelJSON.encode(JSONValue.object(object))
  }

  /// Creates a store in a missing or empty directory. Refuses anything else
  /// without touching it.
  package static func create(
    at path: String, info: StoreInfo, directory: Directory, families: [Family] = [],
    meetings: [Meeting] = [], by: String,
    clock: @escaping @Sendable () -> Timestamp = SystemClock.now
  ) throws -> Store {
    if let entries = try? FileManager.default.contentsOfDirectory(atPath: path) {
      guard entries.isEmpty else { throw StoreError.notEmpty(path) }
    } else if FileReading.signature(path) != nil {
      throw StoreError.notEmpty(path)
    }
    for family in families { try StoreLayout.validateID(family.id, kind: "family") }
    for meeting in meetings { try StoreLayout.validateID(meeting.id, kind: "meeting") }
    try AtomicFile.makeDirectory(path)
    chmod(path, 0o700)
    let store = Store(path: path, clock: clock, warnings: [])
    for directoryName in [
      StoreLayout.families, StoreLayout.meetings, StoreLayout.drafts, StoreLayout.locks,
    ] {
      try AtomicFile.makeDirectory(store.absolute(directoryName))
    }
    let now = clock()
    var info = info
    info.changes.append(ChangeRecord(by: by, at: now, what: "created the store"))
    var directory = directory
    directory.changes.append(ChangeRecord(by: by, at: now, what: "created the store"))
    try store.write(directory, to: StoreLayout.directory, original: nil)
    for family in families {
      var family = family
      family.changes.append(ChangeRecord(by: by, at: now, what: "created the family"))
      try store.write(family, to: store.relativePath(family: family.id), original: nil)
    }
    for meeting in meetings {
      var meeting = meeting
      meeting.changes.append(ChangeRecord(by: by, at: now, what: "created the meeting"))
      try store.write(meeting, to: store.relativePath(meeting: meeting.id), original: nil)
    }
    try store.writeIndex(
      families.map(FamilySummary.init), verifiedBefore: store.verificationMoment())
    // store.json last: a store that is half created is not yet a store.
    try store.write(info, to: StoreLayout.info, original: nil)
    return store
  }

  /// At most one line naming the first path that group or others can read,
  /// found when the store was opened. The caller prints it on stderr.
  package func permissionWarnings() -> [String] { warnings }

  // MARK: store.json and organisations.json

  package func info() throws -> StoreInfo {
    try read(StoreInfo.self, StoreLayout.info).value
  }

  package func directory() throws -> Directory {
    try read(Directory.self, StoreLayout.directory).value
  }

  /// Replaces the region's settings where they stand in store.json, under
  /// its lock, with a change record: the rest of the file must read, the
  /// settings it held need not, so a store.json whose settings break a rule
  /// (edited by hand) is repaired with Tafel rather than by hand.
  package func replaceSettings(_ settings: RegionSettings, by: String, what: String) throws {
    try FileLock.withLock(StoreLayout.infoLock, in: path) {
      let original = try readData(StoreLayout.info)
      let file = absolute(StoreLayout.info)
      guard case .object(var object) = try? JSONDecoder().decode(JSONValue.self, from: original)
      else {
        throw StoreError.problem(FileDecoding.problem(for: nil, in: original, path: file))
      }
      object["settings"] = try JSONDecoder().decode(
        JSONValue.self, from: TafelJSON.encode(settings))
      // The file with its new settings is what is kept (its unknown fields
      // too): the old bytes may not read, which is why they are replaced.
      let replaced = try TafelJSON.encode(JSONValue.object(object))
      var info = try FileDecoding.decode(StoreInfo.self, from: replaced, path: file)
      info.changes.append(ChangeRecord(by: by, at: clock(), what: what))
      try writeChange(
        try StoreEncoding.encode(info, original: replaced), to: StoreLayout.info, by: by,
        what: what)
    }
  }

  @discardableResult
  package func updateDirectory<T>(
    by: String, what: String, _ change: (inout Directory) throws -> T
  ) throws -> T {
    try updateDocument(
      StoreLayout.directory, lock: StoreLayout.directoryLock, by: by, what: what,
      decode: {
        try FileDecoding.decode(Directory.self, from: $0, path: absolute(StoreLayout.directory))
      },
      change: change)
  }

  // MARK: Paths

  package func relativePath(family id: String) -> String { StoreLayout.familyFile(id) }

  package func relativePath(meeting id: String) -> String { StoreLayout.meetingFile(id) }

  /// The path of a store file as the user would type it.
  package func absolute(_ relativePath: String) -> String { path + "/" + relativePath }

  // MARK: Reading and writing one file

  /// Reads and decodes a file; throws `.problem` with the position when it is bad.
  func read<Value: Decodable>(_ type: Value.Type, _ relativePath: String) throws(StoreError) -> (
    value: Value, data: Data
  ) {
    let data = try readData(relativePath)
    return (try FileDecoding.decode(Value.self, from: data, path: absolute(relativePath)), data)
  }

  func readData(_ relativePath: String) throws(StoreError) -> Data {
    try refuseLinks(relativePath)
    do {
      return try FileReading.read(absolute(relativePath)).data
    } catch let failure {
      switch failure {
      case .missing: throw .io(path: absolute(relativePath), message: "no such file")
      case .failed(let message): throw .io(path: absolute(relativePath), message: message)
      }
    }
  }

  /// The bytes of a file, or nil when it does not exist.
  func readIfPresent(_ relativePath: String) throws(StoreError) -> Data? {
    try refuseLinks(relativePath)
    do {
      return try FileReading.read(absolute(relativePath)).data
    } catch let failure {
      switch failure {
      case .missing: return nil
      case .failed(let message): throw .io(path: absolute(relativePath), message: message)
      }
    }
  }

  /// Writes a store file atomically, never through a link (`refuseLinks`).
  func writeFile(_ data: Data, _ relativePath: String) throws(StoreError) {
    try refuseLinks(relativePath)
    try AtomicFile.write(data, to: absolute(relativePath))
  }

  /// Refuses a path of the store that goes through a symbolic link: a
  /// directory of the store (families/43, access/b, meetings, .locks) or the
  /// file itself. Tafel writes and reads only inside the store, and a link
  /// there — planted by hand or by anything else — would take it outside.
  func refuseLinks(_ relativePath: String) throws(StoreError) {
    var info = stat()
    var partial = path
    for component in relativePath.split(separator: "/") {
      partial += "/" + component
      guard lstat(partial, &info) == 0 else { return }  // missing: made as a directory or file
      if (info.st_mode & S_IFMT) == S_IFLNK {
        throw .io(path: partial, message: "a symbolic link; Tafel does not follow links in a store")
      }
    }
  }

  /// Encodes in the store's style, keeping unknown fields of `original`, and writes atomically.
  func write<Value: Codable>(_ value: Value, to relativePath: String, original: Data?) throws {
    let data = try StoreEncoding.encode(value, original: original)
    try writeFile(data, relativePath)
  }
}
