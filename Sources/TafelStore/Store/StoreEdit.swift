// Raw access for `tafel edit`: hand a file's bytes to an editor, then take the
// edited bytes back only when they decode, their references hold, and nobody
// else changed the file in between.

import Foundation
import TafelCore

extension Store {
  /// The bytes of a store file and the signature of that version.
  package func raw(_ relativePath: String) throws -> (data: Data, signature: FileSignature) {
    try validateRelativePath(relativePath)
    do {
      return try FileReading.read(absolute(relativePath))
    } catch let failure {
      switch failure {
      case .missing: throw StoreError.io(path: absolute(relativePath), message: "no such file")
      case .failed(let message): throw StoreError.io(path: absolute(relativePath), message: message)
      }
    }
  }

  /// The problems of `data` as the content of `relativePath`: it must decode as
  /// the kind of file its path says, and its references must hold.
  package func validate(_ relativePath: String, data: Data) -> [StoreProblem] {
    do {
      try validateRelativePath(relativePath)
    } catch {
      return [StoreProblem(path: absolute(relativePath), message: "\(error)")]
    }
    // What no command could read afterwards is never saved.
    if data.count > FileReading.sizeLimit {
      return [StoreProblem(path: absolute(relativePath), message: FileReading.tooLarge)]
    }
    let context =
      (try? referenceContext())
      ?? ReferenceContext(organisations: [], professionals: [], families: [])
    return checkFile(relativePath, data: data, context: context).problems
  }

  /// Replaces a file by edited bytes; refuses bad content (`.problem`) and a
  /// file that changed since `expecting` (`.concurrentChange`). Appends a change record.
  package func replace(
    _ relativePath: String, with data: Data, expecting: FileSignature, by: String
  )
    throws
  {
    try validateRelativePath(relativePath)
    if let problem = validate(relativePath, data: data).first { throw StoreError.problem(problem) }
    let lock = lockName(relativePath)
    try FileLock.withLock(lock, in: path) {
      guard FileReading.signature(absolute(relativePath)) == expecting else {
        throw StoreError.concurrentChange(absolute(relativePath))
      }
      // The change record says what changed, read from the file before and after.
      let what =
        (try? readIfPresent(relativePath)).flatMap { $0 }.flatMap { before in
          guard let old = try? StoreJSON.decode(JSONValue.self, from: before),
            let new = try? StoreJSON.decode(JSONValue.self, from: data)
          else { return nil }
          return EditSummary.describe(before: old, after: new)
        } ?? "the file"
      let record = ChangeRecord(by: by, at: clock(), what: "edited by hand: \(what)")
      var data = data
      // Ids typed by hand get this replica's tag, as those Tafel makes do.
      if StoreFile(relativePath).isFamily, let replica,
        let new = try? StoreJSON.decode(JSONValue.self, from: data)
      {
        let old = (try? readIfPresent(relativePath)).flatMap { $0 }.flatMap {
          try? StoreJSON.decode(JSONValue.self, from: $0)
        }
        let tagged = LocalIDTagging.tagNewIDs(before: old, after: new, replica: replica)
        if tagged != new { data = try TafelJSON.encode(tagged) }
      }
      let stamped = try appendingChange(record, to: data, relativePath: relativePath)
      if stamped.count > FileReading.sizeLimit {
        throw StoreError.problem(
          StoreProblem(path: absolute(relativePath), message: FileReading.tooLarge))
      }
      let family = familyID(relativePath).flatMap { try? decodeFamily(stamped, id: $0) }
      try writeChange(
        stamped, to: relativePath, by: by, what: record.what,
        summary: family.map(FamilySummary.init))
    }
  }

  private func appendingChange(_ record: ChangeRecord, to data: Data, relativePath: String) throws
    -> Data
  {
    func stamp<Value: Codable>(_ type: Value.Type, _ change: (inout Value) -> Void) throws -> Data {
      var value = try StoreJSON.decode(Value.self, from: data)
      change(&value)
      return try StoreEncoding.preserving(value, data)
    }
    switch StoreFile(relativePath) {
    case .info: return try stamp(StoreInfo.self) { $0.changes.append(record) }
    case .directory: return try stamp(Directory.self) { $0.changes.append(record) }
    case .family: return try stamp(Family.self) { $0.changes.append(record) }
    case .meeting: return try stamp(Meeting.self) { $0.changes.append(record) }
    case .people: return try stamp(People.self) { $0.changes.append(record) }
    case .index, .other: return data
    }
  }

  func lockName(_ relativePath: String) -> String {
    switch StoreFile(relativePath) {
    case .family(let id): StoreLayout.familyLock(id)
    case .meeting(let id): StoreLayout.meetingLock(id)
    case .directory: StoreLayout.directoryLock
    case .index: StoreLayout.indexLock
    case .people: StoreLayout.peopleLock
    case .info, .other: "store"
    }
  }

  func familyID(_ relativePath: String) -> String? {
    if case .family(let id) = StoreFile(relativePath) { return id }
    return nil
  }

  func validateRelativePath(_ relativePath: String) throws(StoreError) {
    if case .other = StoreFile(relativePath) {
      throw .badArgument(
        "\(relativePath): not a store file (store.json, organisations.json, "
          + "families/<NN>/<id>.json, meetings/<id>.json)")
    }
  }
}
