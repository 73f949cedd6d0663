// The names of the files and directories of a store, in one place, and the
// rule for ids that become file names. Code outside TafelStore names a store
// file through these, never by a literal path.

package enum StoreLayout {
  package static let info = "store.json"
  package static let directory = "organisations.json"
  package static let index = "index.json"
  package static let families = "families"
  package static let meetings = "meetings"
  package static let drafts = "drafts"
  package static let locks = ".locks"

  package static let directoryLock = "organisations"
  package static let indexLock = "index"
  package static let infoLock = "store"
  /// Held around every git operation that touches the index or a ref.
  package static let gitLock = "git"
  /// Held for a whole `tafel sync` (or the board's): two syncs of one replica take turns.
  package static let syncLock = "sync"
  package static func familyLock(_ id: String) -> String { "family-" + id }

  /// The subdirectory of families/ a family's file is in: the last two digits
  /// of its id ("FV-2026-0043" → "43"), padded with "0" when it has fewer.
  /// Shards keep every git tree small (format version 2; see
  /// docs/decisions/several-machines.md), and a person still finds a file by its number.
  package static func familyShard(_ id: String) -> String {
    var digits: [Character] = []
    for character in id.reversed() where character.isASCII && character.isNumber {
      digits.insert(character, at: 0)
      if digits.count == 2 { break }
    }
    while digits.count < 2 { digits.insert("0", at: 0) }
    return String(digits)
  }

  /// Whether a name is one of families/' shard directories ("00" … "99").
  package static func isFamilyShard(_ name: some StringProtocol) -> Bool {
    name.utf8.count == 2 && name.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  /// "families/43/FV-2026-0043.json".
  package static func familyFile(_ id: String) -> String {
    families + "/" + familyShard(id) + "/" + id + ".json"
  }

  /// "meetings/JBT-2026-11-29.json".
  package static func meetingFile(_ id: String) -> String {
    meetings + "/" + id + ".json"
  }
  package static func meetingLock(_ id: String) -> String { "meeting-" + id }

  /// An id is used as a file name: letters, digits, '-', '_' and '.', not starting with '.'.
  package static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "."), id.utf8.count <= 200 else {
      return false
    }
    return id.utf8.allSatisfy { byte in
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
  }

  package static func validateID(_ id: String, kind: String) throws(StoreError) {
    guard isValidID(id) else {
      throw .badArgument(
        "\(kind) id \"\(id)\" is not valid: use letters, digits, '-', '_' and '.' only")
    }
  }
}
