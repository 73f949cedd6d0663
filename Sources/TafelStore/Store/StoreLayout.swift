// The names of the files and directories of a store, in one place, and the
// rule for ids that become file names.

enum StoreLayout {
  static let info = "store.json"
  static let directory = "organisations.json"
  static let index = "index.json"
  static let families = "families"
  static let meetings = "meetings"
  static let drafts = "drafts"
  static let locks = ".locks"

  static let directoryLock = "organisations"
  static let indexLock = "index"
  static func familyLock(_ id: String) -> String { "family-" + id }
  static func meetingLock(_ id: String) -> String { "meeting-" + id }

  /// An id is used as a file name: letters, digits, '-', '_' and '.', not starting with '.'.
  static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "."), id.utf8.count <= 200 else {
      return false
    }
    return id.utf8.allSatisfy { byte in
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
  }

  static func validateID(_ id: String, kind: String) throws(StoreError) {
    guard isValidID(id) else {
      throw .badArgument(
        "\(kind) id \"\(id)\" is not valid: use letters, digits, '-', '_' and '.' only")
    }
  }
}
