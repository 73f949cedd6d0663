// Settling a conflict a sync kept: one of the values (or a new one) goes in
// place, the conflict leaves the file, and a change record says who chose
// what, when, and what the other value was.

import Foundation
import TafelCore

extension Store {
  /// The conflicts kept in a store file ("families/43/FV-2026-0043.json").
  package func conflicts(in relative: String) throws -> [MergeConflict] {
    let data = try readData(relative)
    let tree = try FileDecoding.decode(JSONValue.self, from: data, path: absolute(relative))
    guard let list = tree["conflicts"] else { return [] }
    return (try? StoreJSON.decode([MergeConflict].self, from: TafelJSON.encode(list))) ?? []
  }

  /// Puts `choose(conflict)` in place of the field `field` of the file at
  /// `relative`, removes the conflict, and records the choice. Returns the
  /// conflict that was settled.
  @discardableResult
  package func resolveConflict(
    in relative: String, field: String, by: String,
    choose: (MergeConflict) throws -> JSONValue
  ) throws -> MergeConflict {
    guard let lock = Store.lockName(relative) else {
      throw StoreError.badArgument("\(relative): not a file whose conflicts Tafel keeps")
    }
    return try FileLock.withLock(lock, in: path) {
      let data = try readData(relative)
      var tree = try FileDecoding.decode(JSONValue.self, from: data, path: absolute(relative))
      let all = try conflicts(in: relative)
      guard let conflict = all.first(where: { $0.id == field }) else {
        let known = all.map(\.id).joined(separator: ", ")
        throw StoreError.refused(
          "\(absolute(relative)): no conflict on \(field)"
            + (known.isEmpty ? " (it has none)" : " (it has: \(known))"))
      }
      let value = try choose(conflict)
      guard StoreConflictPath.set(value, at: conflict.path, in: &tree) else {
        throw StoreError.refused("\(absolute(relative)): \(field) is no longer in the file")
      }
      let others = conflict.values.filter { $0 != value }.map(MergeConflict.shown)
      let what =
        "resolved the conflict on \(field): \(MergeConflict.shown(value))"
        + (others.isEmpty ? "" : " (not \(others.joined(separator: " or ")))")
      guard case .object(var object) = tree else { throw StoreError.refused("not an object") }
      let rest = all.filter { $0.id != field }.map(\.json)
      object["conflicts"] = rest.isEmpty ? nil : .array(rest)
      var changes: [JSONValue] = []
      if case .array(let list)? = object["changes"] { changes = list }
      changes.append(
        .object(["by": .string(by), "at": .string(clock().description), "what": .string(what)]))
      object["changes"] = .array(changes)
      let written = try TafelJSON.encode(JSONValue.object(object))
      do {
        switch StoreFile(relative) {
        case .family(let id):
          let family = try decodeFamily(written, id: id)
          try writeChange(
            written, to: relative, by: by, what: what, summary: FamilySummary(family))
          return conflict
        case .meeting: _ = try StoreJSON.decode(Meeting.self, from: written)
        case .directory: _ = try StoreJSON.decode(Directory.self, from: written)
        case .info: _ = try StoreJSON.decode(StoreInfo.self, from: written)
        case .people: _ = try StoreJSON.decode(People.self, from: written)
        case .index, .other: break
        }
      } catch StoreError.problem(let problem) {
        // Said of the value given, not of a line in a file that was never written.
        throw StoreError.refused(
          "\(field): that value does not fit (\(problem.message)); nothing was written")
      } catch let error as StoreError {
        throw error
      } catch {
        throw StoreError.refused(
          "\(field): that value does not make a valid file (\(Sanitized.line("\(error)")))")
      }
      try writeChange(written, to: relative, by: by, what: what)
      return conflict
    }
  }
}

/// Finding and setting a field by a conflict's path.
enum StoreConflictPath {
  /// Sets (or, for `null`, removes) the value at `path`; false when the path is gone.
  static func set(_ value: JSONValue, at path: [String], in tree: inout JSONValue) -> Bool {
    guard let step = path.first else {
      tree = value
      return true
    }
    let rest = Array(path.dropFirst())
    switch tree {
    case .object(var object):
      if rest.isEmpty {
        object[step] = value == .null ? nil : value
        tree = .object(object)
        return true
      }
      guard var child = object[step], set(value, at: rest, in: &child) else { return false }
      object[step] = child
      tree = .object(object)
      return true
    case .array(var elements):
      guard step.hasPrefix("["), step.hasSuffix("]") else { return false }
      let label = String(step.dropFirst().dropLast())
      guard
        let index = elements.firstIndex(where: {
          StoreMerge.label(StoreMerge.identity($0)) == label
        })
      else { return false }
      if rest.isEmpty {
        if value == .null { elements.remove(at: index) } else { elements[index] = value }
      } else if !set(value, at: rest, in: &elements[index]) {
        return false
      }
      tree = .array(elements)
      return true
    default:
      return false
    }
  }
}
