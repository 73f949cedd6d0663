// What another replica sends is read like what is typed, before anything of
// it is written. A sync reviews the commits it fetched that this replica
// does not have:
//
// 1. every path each commit adds or changes is on the store's one list
//    (TrackedPath) and a plain file — never `..`, `.git`, a draft, a
//    symlink or a gitlink;
// 2. every file the merge would take is read by the strict reader as what
//    its path says (its id matching its name), within the size limit, of a
//    format this Tafel reads;
// 3. the record only grows (RecordGrowth): no decision, change record,
//    kept conflict or access-log line of the shared past is removed or
//    rewritten, and no replica writes another's log or this replica's own;
// 4. a family removed after its retention period stays removed.
//
// A commit that fails 1–3 refuses the whole sync in one line naming the
// commit and the path; nothing is written, this replica's work is kept and
// goes out once the remote is mended. A change to a removed family (4) is
// left out and said; the rest of the commit is merged.

import Foundation
import TafelCore

/// What the review of incoming commits found that the merge must honour.
struct IncomingReview {
  /// Families removed after their retention period (here or there): an
  /// incoming change to one is not taken.
  var removedFamilies: Set<String> = []
}

extension Store {
  /// Reviews the commits in `theirs` that `local` does not have; `incoming`
  /// is what the merge would take (path → entry, nil: removed) between
  /// `base` and `theirs`. Throws `.refused` naming the commit and the path.
  func reviewIncoming(
    _ repository: StoreRepository, local: String, theirs: String, base: String,
    incoming: [String: GitTree.Entry?]
  ) throws -> IncomingReview {
    // The commits this replica does not have, oldest first (listed once for both reviews).
    let listed = try repository.must(["rev-list", "--reverse", "--topo-order", theirs, "^" + local])
    let commits = listed.text.split(separator: "\n").map(String.init)
    try reviewPaths(repository, commits)
    try reviewSignatures(repository, commits)
    var review = IncomingReview()
    review.removedFamilies = Set(((try? info())?.removed ?? []).map(\.id))
    let present = incoming.compactMap { relative, entry in entry.map { (relative, $0.id) } }
    // Sizes first: a blob past the limit is refused before it is read.
    let sizes = try objectSizes(repository, present.map(\.1))
    for (relative, id) in present where (sizes[id] ?? 0) > FileReading.sizeLimit {
      throw try refusal(
        repository, relative, base: base, theirs: theirs, FileReading.tooLarge)
    }
    let names = present.map(\.1) + incoming.keys.map { base + ":" + $0 }
    var blobs: [String: [UInt8]] = [:]
    for (name, object) in zip(names, try GitBatch.read(names, in: repository)) {
      if let object, object.type == "blob" { blobs[name] = Array(object.bytes) }
    }
    // store.json first: the families it says were removed are removed there too.
    var theirRemoved: Set<String> = []
    if let entry = incoming[StoreLayout.info] ?? nil, let bytes = blobs[entry.id],
      let info = try? StoreJSON.decode(StoreInfo.self, from: Data(bytes))
    {
      theirRemoved = Set(info.removed.map(\.id))
      review.removedFamilies.formUnion(theirRemoved)
    }
    let ownTag = replica ?? "main"
    for relative in incoming.keys.sorted() {
      let entry = incoming[relative] ?? nil
      let before = blobs[base + ":" + relative]
      let kind = TrackedPath(relative)
      guard let entry else {
        // A removal: only of a family whose removal store.json records.
        if case .family(let id)? = kind,
          theirRemoved.contains(id) || review.removedFamilies.contains(id)
        {
          continue
        }
        guard before != nil else { continue }
        throw try refusal(
          repository, relative, base: base, theirs: theirs,
          "removed, and with it what was recorded in it")
      }
      guard let bytes = blobs[entry.id] else {
        throw try refusal(repository, relative, base: base, theirs: theirs, "not a file")
      }
      if let problem = fileProblem(
        relative, kind: kind, bytes: bytes, before: before, ownTag: ownTag)
      {
        throw try refusal(repository, relative, base: base, theirs: theirs, problem)
      }
    }
    return review
  }

  /// Why the incoming bytes of `relative` are not taken, or nil.
  private func fileProblem(
    _ relative: String, kind: TrackedPath?, bytes: [UInt8], before: [UInt8]?, ownTag: String
  ) -> String? {
    let data = Data(bytes)
    func named<Value: Decodable & Identifiable>(_ type: Value.Type, _ id: String) -> String?
    where Value.ID == String {
      do {
        _ = try FileDecoding.decodeNamed(type, from: data, id: id, path: relative)
        return nil
      } catch {
        return "\(error)"
      }
    }
    func decoded<Value: Decodable>(_ type: Value.Type) -> String? {
      do {
        _ = try FileDecoding.decode(type, from: data, path: relative)
        return nil
      } catch {
        return "\(error)"
      }
    }
    let problem: String?
    switch kind {
    case .people?:
      do {
        let people = try FileDecoding.decode(People.self, from: data, path: relative)
        problem = before.flatMap { try? StoreJSON.decode(People.self, from: Data($0)) }
          .flatMap { PeopleGrowth.shrinkage(base: $0, theirs: people) }
      } catch {
        problem = "\(error)"
      }
    case .info?:
      do {
        let info = try FileDecoding.decode(StoreInfo.self, from: data, path: relative)
        if info.format != StoreInfo.formatName {
          problem = "format \"\(Sanitized.line(info.format))\" is not a Tafel store"
        } else if info.version > StoreInfo.currentVersion {
          problem =
            "format version \(info.version) is newer than this Tafel reads "
            + "(\(StoreInfo.currentVersion)); the local store.json is kept"
        } else if info.version < StoreInfo.currentVersion {
          problem = "format version \(info.version) is older than this store's"
        } else {
          problem = nil
        }
      } catch {
        problem = "\(error)"
      }
    case .directory?: problem = decoded(Directory.self)
    case .family(let id)?: problem = named(Family.self, id)
    case .meeting(let id)?: problem = named(Meeting.self, id)
    case .accessLog(let replica, _)?:
      if replica == ownTag {
        // Only this replica writes its log: what comes back may be lines it
        // wrote (a replica that merged them passes them on), nothing else.
        let local = (try? readIfPresent(relative)).flatMap { $0 } ?? Data()
        if bytes.count <= local.count, local.prefix(bytes.count).elementsEqual(bytes) {
          return nil
        }
        return "another replica wrote this replica's own access log (only \(replica) writes it)"
      }
      if let shrunk = RecordGrowth.logShrinkage(base: before ?? [], theirs: bytes) {
        return shrunk
      }
      let added = AccessLogTail.lines(Data(bytes[(before?.count ?? 0)...]))
      let decoder = JSONDecoder()
      for line in added where (try? decoder.decode(AccessEntry.self, from: line.bytes)) == nil {
        return "line \(line.number + (before.map { AccessLogTail.lines(Data($0)).count } ?? 0)) "
          + "is not an access-log entry"
      }
      return nil
    case .gitSettings(let name)?:
      let expected = name == ".gitignore" ? Store.gitIgnore : Store.gitAttributes
      return bytes.elementsEqual(Array(expected.utf8))
        ? nil : "not the settings Tafel writes (\(name) is Tafel's own)"
    case nil:
      return "not a file of the store's layout"
    }
    if let problem { return Sanitized.line(problem) }
    guard let before else { return nil }
    do {
      let old = try StoreJSON.decode(JSONValue.self, from: Data(before))
      let new = try StoreJSON.decode(JSONValue.self, from: data)
      return RecordGrowth.shrinkage(base: old, theirs: new)
    } catch {
      return nil  // the shared version did not read; the new one does
    }
  }

  /// Step 1: the paths and modes of every commit in `theirs` not in `local`.
  private func reviewPaths(_ repository: StoreRepository, _ commits: [String]) throws {
    guard !commits.isEmpty else { return }
    let diffs = try repository.must(
      ["diff-tree", "--stdin", "-r", "-z", "--no-renames", "-m", "--root"],
      input: Data((commits.joined(separator: "\n") + "\n").utf8))
    let fields = diffs.output.split(separator: 0, omittingEmptySubsequences: false)
    var commit = ""
    var index = 0
    while index < fields.count {
      let field = String(decoding: fields[index], as: UTF8.self)
      index += 1
      guard field.hasPrefix(":") else {
        if !field.isEmpty { commit = field }
        continue
      }
      guard index < fields.count else { break }
      let relative = String(decoding: fields[index], as: UTF8.self)
      index += 1
      let header = field.dropFirst().split(separator: " ")
      guard header.count >= 5 else { continue }
      if header[4].hasPrefix("D") { continue }  // a removal is judged on the result
      if let why = TrackedPath.refusal(path: relative, mode: String(header[1])) {
        throw StoreError.refused(
          try Store.refusalLine(repository, commit: commit, relative, why))
      }
    }
  }

  /// Each commit made where the store had people is signed by one of them
  /// (CommitSignatures), checked against this replica's own list.
  private func reviewSignatures(_ repository: StoreRepository, _ commits: [String]) throws {
    if let problem = try CommitSignatures.firstRefusal(
      repository, commits: commits, trusted: try? people())
    {
      throw StoreError.refused(
        "sync refused \(problem); nothing of it was written, this replica's work is kept and "
          + "is sent once the remote is mended")
    }
  }

  /// The sizes of blobs by id (one `git cat-file --batch-check`).
  private func objectSizes(_ repository: StoreRepository, _ ids: [String]) throws -> [String: Int] {
    guard !ids.isEmpty else { return [:] }
    let answer = try repository.must(
      ["cat-file", "--batch-check"], input: Data((ids.joined(separator: "\n") + "\n").utf8))
    var sizes: [String: Int] = [:]
    for line in answer.text.split(separator: "\n") {
      let parts = line.split(separator: " ")
      if parts.count == 3, let size = Int(parts[2]) { sizes[String(parts[0])] = size }
    }
    return sizes
  }

  /// The refusal of the newest commit that changed `relative` in theirs.
  private func refusal(
    _ repository: StoreRepository, _ relative: String, base: String, theirs: String,
    _ why: String
  ) throws -> StoreError {
    let found = try repository.git(
      ["log", "-1", "--format=%H", base + ".." + theirs, "--", relative])
    let commit = found.succeeded && !found.text.isEmpty ? found.text : theirs
    return .refused(try Store.refusalLine(repository, commit: commit, relative, why))
  }

  /// "sync refused commit 1a2b3c4d (by esther, 2026-12-01): families/..: why; …".
  static func refusalLine(
    _ repository: StoreRepository, commit: String, _ relative: String, _ why: String
  ) throws -> String {
    return "sync refused \(try repository.commitLabel(commit)): \(Sanitized.line(relative)): "
      + "\(Sanitized.line(why)); nothing of it was written, this replica's work is kept "
      + "and is sent once the remote is mended"
  }
}
