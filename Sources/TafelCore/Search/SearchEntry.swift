// One family as the search index holds it: its searchable fields as written
// and folded, each field a line of one text, so that a query scans bytes
// (memmem) instead of decoding 50,000 family files. The matching itself is
// FamilyContent's, the same for the index and for a family read whole.

#if canImport(Glibc)
  import Glibc
#endif

package struct SearchEntry: Hashable, Sendable {
  package var id: String
  package var name: String
  /// The field of each line.
  package var fields: [ContentMatch.Field]
  /// The fields as written (one line each, line breaks made spaces).
  package var text: String
  /// The same lines folded (case and diacritics off).
  package var folded: String

  package init(
    id: String, name: String, fields: [ContentMatch.Field], text: String, folded: String? = nil
  ) {
    self.id = id
    self.name = name
    self.fields = fields
    self.text = text
    self.folded =
      folded
      ?? text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Folding.fold(String($0)) }.joined(separator: "\n")
  }

  /// A query's folded words as bytes, and each as it begins a word: after a
  /// line's start, a space, a hyphen or a parenthesis (FamilyContent's rule).
  package struct Needles: Sendable {
    let words: [[UInt8]]
    let starts: [[[UInt8]]]

    package init(_ words: [String]) {
      self.words = words.map { Array($0.utf8) }
      self.starts = words.map { word in
        ["\n", " ", "-", "("].map { Array(($0 + word).utf8) }
      }
    }
  }

  package func holds(_ needles: Needles) -> Bool { holds(needles.words) }

  /// Whether a query word begins a word somewhere (the order of the answers).
  package func beginsAWord(_ needles: Needles) -> Bool {
    var folded = folded
    return folded.withUTF8 { haystack in
      zip(needles.words, needles.starts).contains { word, starts in
        haystack.starts(with: word)
          || starts.contains { start in
            start.withUnsafeBufferPointer { SearchEntry.find($0, in: haystack) }
          }
      }
    }
  }

  /// The family's searchable fields, as `FamilyContent.fields` lists them.
  package init(_ family: Family, lookup: DirectoryLookup) {
    let fields = FamilyContent.fields(of: family, lookup: lookup)
    self.init(
      id: family.id, name: family.name, fields: fields.map(\.field),
      text: fields.map { SearchEntry.oneLine($0.text) }.joined(separator: "\n"))
  }

  /// A field as one line of the index: no line break, tab or control byte.
  package static func oneLine(_ text: String) -> String {
    String(
      Sanitized.line(text).map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }

  /// Whether every word is somewhere in the folded text (bytes, no decoding).
  package func holds(_ words: [[UInt8]]) -> Bool {
    var folded = folded
    return folded.withUTF8 { haystack in
      words.allSatisfy { word in
        word.withUnsafeBufferPointer { needle in SearchEntry.find(needle, in: haystack) }
      }
    }
  }

  /// Whether `needle` occurs in `haystack`: memchr to each place its first
  /// byte is, then memcmp (glibc's memmem is not visible to Swift here).
  static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard let first = needle.first, let start = haystack.baseAddress,
      let word = needle.baseAddress
    else { return needle.isEmpty }
    var offset = 0
    let last = haystack.count - needle.count
    while offset <= last {
      guard let hit = memchr(start + offset, Int32(first), last - offset + 1) else { return false }
      let position = start.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(start + position, word, needle.count) == 0 { return true }
      offset = position + 1
    }
    return false
  }

  /// The match for the folded `words`, or nil: FamilyContent's rules.
  package func match(_ words: [String]) -> ContentMatch? {
    guard holds(words.map { Array($0.utf8) }) else { return nil }
    let texts = text.split(separator: "\n", omittingEmptySubsequences: false)
    let keys = folded.split(separator: "\n", omittingEmptySubsequences: false)
    guard texts.count == fields.count, keys.count == fields.count else { return nil }
    let lines = fields.indices.map {
      (field: fields[$0], text: String(texts[$0]), key: String(keys[$0]))
    }
    return FamilyContent.match(id: id, name: name, folded: lines, words: words)
  }
}
