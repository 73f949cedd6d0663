// `tafel check`: every file parses and decodes, every reference holds (agenda
// families, directors, professionals, superseded decisions, event
// organisations), and the index matches the families. Files are checked on
// all cores; problems come back sorted by path and position.

import Foundation
import TafelCore

/// The ids other files may name, known before the files are checked one by one.
struct ReferenceContext: Sendable {
  /// nil when organisations.json is unreadable (its own problem is reported instead).
  var organisations: Set<String>?
  var professionals: Set<String>?
  var families: Set<String>
  /// The meetings (for carried-over cases); nil when they were not listed.
  var meetings: Set<String>?

  init(
    organisations: Set<String>?, professionals: Set<String>?, families: Set<String>,
    meetings: Set<String>? = nil
  ) {
    self.organisations = organisations
    self.professionals = professionals
    self.families = families
    self.meetings = meetings
  }
}

/// What checking some of the family and meeting files found. `tafel check`
/// hands parts of a large store to helper processes (`tafel check-part`),
/// which answer with one of these as JSON.
package struct CheckPart: Codable, Sendable {
  /// How many files were checked: a helper's answer counts only when it checked them all.
  package var files: Int
  package var problems: [StoreProblem]
  /// The summaries of the families that decoded, to compare with the index.
  package var summaries: [FamilySummary]

  package init(files: Int, problems: [StoreProblem], summaries: [FamilySummary]) {
    self.files = files
    self.problems = problems
    self.summaries = summaries
  }
}

extension Store {
  /// Stores with fewer family and meeting files than this are checked in one
  /// process: a helper's start, listing and JSON answer cost more than they
  /// save below it (A/B, release: 3,000 families 0.41 s with a helper against
  /// 0.32 s on threads; 10,000 even; 50,000 5.1 s against 5.9 s).
  package static let filesForHelpers = 20_000

  /// Checks the whole store. Without `helper`, the family and meeting files are
  /// checked on all cores in this process. With it, they are dealt into
  /// `helpers + 1` parts: this process checks the first while `helper` is
  /// called with each other part (from its own thread) to have it checked
  /// elsewhere; a part it answers nil for is checked here, so every file is
  /// always checked. Separate processes scale better than threads here:
  /// `tafel check` at 50,000 families took a median 10.5 s CPU and 5.9 s wall
  /// on two threads, 8.2 s CPU and 5.1 s wall as two processes (decoding
  /// threads share the Swift runtime's type-metadata cache).
  package func check(
    helpers: Int = 0, minimumFiles: Int = Store.filesForHelpers,
    helper: (@Sendable ([String]) -> CheckPart?)? = nil
  ) -> CheckResult {
    var problems: [StoreProblem] = []
    var files = 0
    let familyIDs: [String]
    let meetingIDs: [String]
    do {
      familyIDs = try self.familyIDs()
      meetingIDs = try self.meetingIDs()
    } catch {
      return CheckResult(problems: [problem(error, "")], families: 0, meetings: 0, files: 0)
    }
    let context =
      (try? referenceContext(familyIDs: familyIDs))
      ?? ReferenceContext(
        organisations: nil, professionals: nil,
        families: Set(familyIDs).union(((try? info())?.removed ?? []).map(\.id)))
    let people =
      FileReading.signature(absolute(StoreLayout.people)) != nil ? [StoreLayout.people] : []
    for relative in [StoreLayout.info, StoreLayout.directory] + people {
      files += 1
      problems += checkFiles([relative], context: context).problems
    }
    let relatives =
      familyIDs.map { relativePath(family: $0) } + meetingIDs.map { relativePath(meeting: $0) }
    var parts: [CheckPart]
    if let helper, helpers > 0, relatives.count >= minimumFiles {
      let count = helpers + 1
      let dealt = (0..<count).map { part in
        stride(from: part, to: relatives.count, by: count).map { relatives[$0] }
      }
      let slots = ResultSlots<CheckPart>(count: count)
      DispatchQueue.concurrentPerform(iterations: count) { part in
        let elsewhere = part == 0 ? nil : helper(dealt[part])
        if let elsewhere, elsewhere.files == dealt[part].count {
          slots.set(part, elsewhere)
        } else {
          slots.set(part, checkFiles(dealt[part], context: context))
        }
      }
      parts = slots.values.compactMap { $0 }
    } else {
      let slots = ResultSlots<CheckPart>(count: relatives.count)
      DispatchQueue.concurrentPerform(iterations: relatives.count) { position in
        slots.set(position, checkFiles([relatives[position]], context: context))
      }
      parts = slots.values.compactMap { $0 }
    }
    files += relatives.count
    problems += parts.flatMap(\.problems)
    files += 1
    problems += indexProblems(parts.flatMap(\.summaries))
    problems += orphanProblems()
    problems += misplacedFamilyProblems()
    problems += accessLogProblems()
    problems += gitLockProblems()
    problems += signatureProblems()
    return CheckResult(
      problems: problems, families: familyIDs.count, meetings: meetingIDs.count, files: files)
  }

  /// Checks the files at `relatives` one after another on this thread (the
  /// work of one `tafel check-part` helper).
  package func checkFiles(_ relatives: [String]) throws -> CheckPart {
    checkFiles(relatives, context: try referenceContext())
  }

  func checkFiles(_ relatives: [String], context: ReferenceContext) -> CheckPart {
    var part = CheckPart(files: relatives.count, problems: [], summaries: [])
    for relative in relatives {
      do {
        let check = checkFile(relative, data: try readData(relative), context: context)
        part.problems += check.problems
        if let summary = check.summary { part.summaries.append(summary) }
      } catch {
        part.problems.append(problem(error, relative))
      }
    }
    return part
  }

  /// Whether `relative` names a family or meeting file (what a check part may hold).
  package static func isCheckedPart(_ relative: String) -> Bool {
    switch StoreFile(relative) {
    case .family, .meeting: true
    default: false
    }
  }

  private func problem(_ error: Error, _ relative: String) -> StoreProblem {
    if case .problem(let problem) = error as? StoreError { return problem }
    let path = relative.isEmpty ? self.path : absolute(relative)
    if case .io(_, let message) = error as? StoreError {
      return StoreProblem(path: path, message: message)
    }
    return StoreProblem(path: path, message: "\(error)")
  }

  func referenceContext(familyIDs: [String]? = nil) throws -> ReferenceContext {
    let directory = try? self.directory()
    return ReferenceContext(
      organisations: directory.map { Set($0.organisations.map(\.id)) },
      professionals: directory.map { Set($0.professionals.map(\.id)) },
      // A family removed after its retention period stays named in old agendas.
      families: Set(try familyIDs ?? self.familyIDs())
        .union(((try? info())?.removed ?? []).map(\.id)),
      meetings: (try? self.meetingIDs()).map(Set.init))
  }

  /// The index compared with the families that decoded.
  private func indexProblems(_ summaries: [FamilySummary]) -> [StoreProblem] {
    let path = absolute(StoreLayout.index)
    let data: Data
    do {
      data = try readData(StoreLayout.index)
    } catch {
      return [
        StoreProblem(path: path, message: "missing; the board rebuilds it (index is a cache)")
      ]
    }
    let index: FamilyIndex
    do {
      index = try FileDecoding.decode(FamilyIndex.self, from: data, path: path)
    } catch {
      return [problem(error, StoreLayout.index)]
    }
    let expected = Dictionary(
      summaries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let indexed = Dictionary(
      index.families.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var differences: [String] = []
    for (id, summary) in expected where indexed[id] != summary {
      // A family written after the index was verified is re-read by the next
      // load: its entry is not yet verified, not stale.
      if indexed[id] != nil,
        let modified = FileReading.modifiedNanoseconds(
          absolute(relativePath(family: id))), modified >= index.verifiedBefore
      {
        continue
      }
      differences.append(indexed[id] == nil ? "\(id) missing" : "\(id) out of date")
    }
    for id in indexed.keys where expected[id] == nil {
      differences.append("\(id) has no readable family file")
    }
    guard !differences.isEmpty else { return [] }
    differences.sort()
    let shown = differences.prefix(3).joined(separator: ", ")
    let more = differences.count > 3 ? " and \(differences.count - 3) more" : ""
    return [StoreProblem(path: path, message: "stale index: \(shown)\(more); rebuild it")]
  }
}

/// The outcome of checking one file.
struct FileCheck: Sendable {
  var problems: [StoreProblem]
  /// For a family file that decoded: its summary, to compare with the index.
  var summary: FamilySummary?
}

extension Store {
  /// Decodes `data` as the file at `relativePath` and checks its references.
  func checkFile(_ relativePath: String, data: Data, context: ReferenceContext) -> FileCheck {
    let path = absolute(relativePath)
    func at(_ elements: [JSONPathElement], _ message: String) -> StoreProblem {
      FileDecoding.problemAt(elements, in: data, path: path, message)
    }
    do {
      switch StoreFile(relativePath) {
      case .people:
        let people = try FileDecoding.decode(People.self, from: data, path: path)
        return FileCheck(problems: peopleProblems(people, context, at), summary: nil)
      case .info:
        let info = try FileDecoding.decode(StoreInfo.self, from: data, path: path)
        if info.format != StoreInfo.formatName {
          return FileCheck(
            problems: [
              at(
                [.key("format")],
                "format is \"\(info.format)\", expected \"\(StoreInfo.formatName)\"")
            ],
            summary: nil)
        }
        return FileCheck(problems: [], summary: nil)
      case .directory:
        let directory = try FileDecoding.decode(Directory.self, from: data, path: path)
        return FileCheck(
          problems: directoryProblems(directory, at)
            + conflictProblems(directory.conflicts, subject: "organisations", at),
          summary: nil)
      case .family(let id):
        let family = try decodeFamily(data, id: id)
        var problems = familyProblems(family, context, at)
        problems += conflictProblems(family.conflicts, subject: id, at)
        for duplicate in family.duplicates {
          problems.append(
            at(
              [.key(duplicate.list), .index(duplicate.index)],
              "\(duplicate.id) repeats \(duplicate.repeats): the same recorded twice; remove one with "
                + "tafel edit \(id) --part \(duplicate.list)"))
        }
        for (meeting, standing) in family.decisionsInForceTogether {
          let position = family.decisions.firstIndex { $0.id == standing.last!.id } ?? 0
          let listed = standing.map { "\($0.id) (\($0.outcome.rawValue), \($0.recordedBy))" }
          problems.append(
            at(
              [.key("decisions"), .index(position)],
              "\(standing.count) decisions in force for this case at \(meeting): "
                + listed.joined(separator: " and ")
                + "; record which stands as a correction: "
                + "tafel decide \(id) --meeting \(meeting) --supersedes \(standing.last!.id) …"))
        }
        return FileCheck(problems: problems, summary: FamilySummary(family))
      case .meeting(let id):
        let meeting = try decodeMeeting(data, id: id)
        var problems = conflictProblems(meeting.conflicts, subject: id, at)
        for (position, item) in meeting.items.enumerated()
        where !context.families.contains(item.family) {
          problems.append(
            at(
              [.key("items"), .index(position), .key("family")],
              "agenda names unknown family \(item.family)"))
        }
        // A case carried over names meetings that exist.
        for (position, item) in meeting.items.enumerated() {
          for (key, other) in [("carriedTo", item.carriedTo), ("carriedFrom", item.carriedFrom)] {
            guard let other, let meetings = context.meetings, !meetings.contains(other) else {
              continue
            }
            problems.append(
              at(
                [.key("items"), .index(position), .key(key)],
                "\(key) names unknown meeting \(other)"))
          }
        }
        return FileCheck(problems: problems, summary: nil)
      case .index:
        _ = try FileDecoding.decode(FamilyIndex.self, from: data, path: path)
        return FileCheck(problems: [], summary: nil)
      case .other:
        return FileCheck(
          problems: [StoreProblem(path: path, message: "not a store file")], summary: nil)
      }
    } catch {
      return FileCheck(problems: [problem(error, relativePath)], summary: nil)
    }
  }

  /// One problem per conflict a sync kept, at the conflict in the file.
  private func conflictProblems(
    _ conflicts: [MergeConflict]?, subject: String,
    _ at: ([JSONPathElement], String) -> StoreProblem
  ) -> [StoreProblem] {
    (conflicts ?? []).enumerated().map { position, conflict in
      at(
        [.key("conflicts"), .index(position)],
        conflict.line(subject: subject, zone: SystemClock.zone))
    }
  }

  /// Each person once, with a valid id, keys that are OpenSSH public keys
  /// held by nobody else, a known organisation.
  private func peopleProblems(
    _ people: People, _ context: ReferenceContext,
    _ at: ([JSONPathElement], String) -> StoreProblem
  ) -> [StoreProblem] {
    var problems: [StoreProblem] = []
    var ids: Set<String> = []
    var keys: [String: String] = [:]
    for (position, person) in people.people.enumerated() {
      let place: [JSONPathElement] = [.key("people"), .index(position)]
      if !People.isValidID(person.id) {
        problems.append(at(place + [.key("id")], "\(person.id) is not a valid person id"))
      }
      if !ids.insert(person.id).inserted {
        problems.append(at(place + [.key("id")], "duplicate person id \(person.id)"))
      }
      if let organisations = context.organisations, !organisations.contains(person.organisation) {
        problems.append(
          at(place + [.key("organisation")], "unknown organisation \(person.organisation)"))
      }
      for (index, key) in person.keys.enumerated() {
        guard let canonical = SSHPublicKey.canonical(key) else {
          problems.append(
            at(place + [.key("keys"), .index(index)], "not an OpenSSH public key"))
          continue
        }
        if let holder = keys[canonical], holder != person.id {
          problems.append(
            at(place + [.key("keys"), .index(index)], "this key is \(holder)'s too"))
        }
        keys[canonical] = person.id
      }
    }
    return problems
  }

  private func directoryProblems(
    _ directory: Directory, _ at: ([JSONPathElement], String) -> StoreProblem
  ) -> [StoreProblem] {
    var problems: [StoreProblem] = []
    let organisations = Set(directory.organisations.map(\.id))
    var seen: Set<String> = []
    for (position, organisation) in directory.organisations.enumerated()
    where !seen.insert(organisation.id).inserted {
      problems.append(
        at(
          [.key("organisations"), .index(position), .key("id")],
          "duplicate organisation id \(organisation.id)"))
    }
    seen = []
    for (position, professional) in directory.professionals.enumerated() {
      if !seen.insert(professional.id).inserted {
        problems.append(
          at(
            [.key("professionals"), .index(position), .key("id")],
            "duplicate professional id \(professional.id)"))
      }
      if !organisations.contains(professional.organisation) {
        problems.append(
          at(
            [.key("professionals"), .index(position), .key("organisation")],
            "professional \(professional.id) works for unknown organisation "
              + professional.organisation))
      }
    }
    return problems
  }

  private func familyProblems(
    _ family: Family, _ context: ReferenceContext,
    _ at: ([JSONPathElement], String) -> StoreProblem
  ) -> [StoreProblem] {
    FamilyReferences.problems(
      family,
      known: KnownReferences(
        organisations: context.organisations, professionals: context.professionals)
    ).map { at($0.place, $0.message) }
  }

  /// A family file that is not in its own shard is not read as part of the
  /// store (a copy left by hand, or a format 1 file): one problem each.
  func misplacedFamilyProblems() -> [StoreProblem] {
    var found: [StoreProblem] = []
    let flat = (try? DirectoryListing.jsonFiles(absolute(StoreLayout.families), withTimes: false))
    for entry in flat ?? [] {
      found.append(
        StoreProblem(
          path: absolute(StoreLayout.families + "/" + entry.id + ".json"),
          message: "not in its shard, so not read: its place is \(StoreLayout.familyFile(entry.id))"
        ))
    }
    for directory in DirectoryListing.familyDirectories(store: path) {
      let shard = (directory as NSString).lastPathComponent
      for entry in (try? DirectoryListing.jsonFiles(absolute(directory), withTimes: false)) ?? []
      where StoreLayout.familyShard(entry.id) != shard {
        found.append(
          StoreProblem(
            path: absolute(directory + "/" + entry.id + ".json"),
            message:
              "not in its shard, so not read: its place is \(StoreLayout.familyFile(entry.id))"))
      }
    }
    return found
  }
}
