// The tag of a replica: a store cloned with `tafel clone` has one ("b",
// "lap2"), the store a region started with (`tafel init --git`) has none.
// Ids a tagged replica makes for things other files or people refer to —
// families and decisions — end in "-<tag>", so ids made offline on two
// laptops never collide. See docs/decisions/several-machines.md (2026-12-01).

package enum ReplicaTag {
  /// 1 to 8 lowercase letters and digits, starting with a letter.
  package static func isValid(_ tag: String) -> Bool {
    guard let first = tag.unicodeScalars.first, ("a"..."z").contains(first), tag.utf8.count <= 8
    else { return false }
    return tag.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
  }

  /// `id` with "-<tag>" appended, or `id` for no tag.
  package static func tagged(_ id: String, _ tag: String?) -> String {
    guard let tag, !tag.isEmpty else { return id }
    return id + "-" + tag
  }

  /// The number part of "0043" or "0043-b": what comes before a tag.
  package static func untagged(_ tail: Substring) -> Substring {
    guard let dash = tail.firstIndex(of: "-") else { return tail }
    let tag = tail[tail.index(after: dash)...]
    return isValid(String(tag)) ? tail[..<dash] : tail
  }
}
