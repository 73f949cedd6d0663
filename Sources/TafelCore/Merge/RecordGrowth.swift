// The record only grows, across replicas too: what another replica sends
// may add to a file, never take away what was recorded. A sync compares
// each incoming version of a file with the version both replicas last
// shared (the merge base) and refuses the commit when:
//
// - a decision is gone or changed (a correction is a new decision);
// - the RvdK's decision on a request (a chain step with `rvdk`) is gone or changed;
// - a change record is gone or changed;
// - a kept conflict is gone without a change record that settles it;
// - a review of an agreement is gone or changed;
// - a record of who holds the child's safety is gone, or a handover's answer
//   was taken back or turned round;
// - a replica tag, or the record of a family removed after its retention
//   period, is gone from store.json;
// - lines of an access log were removed or changed (a replica appends, and
//   only to its own log).

package enum RecordGrowth {
  /// Why `theirs` does not keep what `base` recorded, or nil when it does.
  /// Both are whole store files (a family, a meeting, organisations, store.json).
  package static func shrinkage(base: JSONValue, theirs: JSONValue) -> String? {
    if let problem = keptByID("decisions", base, theirs, noun: "decision") { return problem }
    // The RvdK's decision is a step in `events`, which a person may edit;
    // the steps that carry the RvdK's decision stay as they were.
    var theirEvents: [String: JSONValue] = [:]
    for event in elements("events", theirs) {
      if let id = text(event["id"]) { theirEvents[id] = event }
    }
    for event in elements("events", base) where event["rvdk"] != nil {
      guard let id = text(event["id"]) else { continue }
      guard let other = theirEvents[id] else { return "the RvdK's decision \(id) was removed" }
      if other != event { return "the RvdK's decision \(id) was changed" }
    }
    let baseChanges = elements("changes", base)
    let theirChanges = elements("changes", theirs)
    var available: [JSONValue: Int] = [:]
    for change in theirChanges { available[change, default: 0] += 1 }
    for change in baseChanges {
      guard let count = available[change], count > 0 else {
        let what = change["what"].flatMap { value -> String? in
          if case .string(let text) = value { return text }
          return nil
        }
        return "a change record (\"\(Sanitized.line(what ?? "?"))\") was removed or rewritten"
      }
      available[change] = count - 1
    }
    // A conflict leaves only with a change record that settles it.
    let added = Array(theirChanges.dropFirst(min(baseChanges.count, theirChanges.count)))
    let theirConflicts = Set(elements("conflicts", theirs).compactMap { text($0["id"]) })
    for conflict in elements("conflicts", base) {
      guard let id = text(conflict["id"]), !theirConflicts.contains(id) else { continue }
      let settled = added.contains { change in
        text(change["what"])?.contains("the conflict on " + id) ?? false
      }
      if !settled { return "the kept conflict on \(id) was removed without settling it" }
    }
    // Who held the child's safety stays on record; an answer, once given, stands.
    var theirSafety: [String: JSONValue] = [:]
    for record in elements("safety", theirs) {
      if let id = text(record["id"]) { theirSafety[id] = record }
    }
    for record in elements("safety", base) {
      guard let id = text(record["id"]) else { continue }
      guard let other = theirSafety[id] else { return "safety record \(id) was removed" }
      if let answer = record["answer"], other["answer"] != answer {
        return "the answer to safety handover \(id) was changed"
      }
    }
    if let problem = keptByID("agreementReviews", base, theirs, noun: "agreement review") {
      return problem
    }
    if let problem = keptByID("replicas", base, theirs, noun: "replica") { return problem }
    if let problem = keptByID("removed", base, theirs, noun: "record of a removed family") {
      return problem
    }
    return nil
  }

  /// Why `theirs` is not `base` with lines added at its end, or nil.
  package static func logShrinkage(base: [UInt8], theirs: [UInt8]) -> String? {
    guard theirs.count >= base.count, theirs[0..<base.count].elementsEqual(base) else {
      return "lines of the access log were removed or changed"
    }
    if !theirs.isEmpty, theirs.last != 0x0A { return "the access log ends in a line cut short" }
    return nil
  }

  private static func keptByID(_ key: String, _ base: JSONValue, _ theirs: JSONValue, noun: String)
    -> String?
  {
    var theirByID: [String: JSONValue] = [:]
    for element in elements(key, theirs) {
      if let id = text(element["id"]) { theirByID[id] = element }
    }
    for element in elements(key, base) {
      guard let id = text(element["id"]) else { continue }
      guard let other = theirByID[id] else { return "\(noun) \(id) was removed" }
      if other != element { return "\(noun) \(id) was rewritten" }
    }
    return nil
  }

  private static func elements(_ key: String, _ value: JSONValue) -> [JSONValue] {
    if case .array(let list)? = value[key] { return list }
    return []
  }

  private static func text(_ value: JSONValue?) -> String? {
    if case .string(let text)? = value { return text }
    return nil
  }
}

/// people.json only grows too: nobody is taken off the list, and a
/// revocation, once made, stays as it was (revoking a lost laptop's key
/// must not be undone by another replica).
package enum PeopleGrowth {
  package static func shrinkage(base: People, theirs: People) -> String? {
    for person in base.people {
      guard let other = theirs.person(person.id) else { return "\(person.id) was removed" }
      if let revoked = person.revoked, other.revoked != revoked {
        return "the revocation of \(person.id) was undone or changed"
      }
      if other.role != person.role, other.revoked == nil, person.revoked == nil {
        continue  // a role may change (by an administrator)
      }
    }
    return nil
  }
}
