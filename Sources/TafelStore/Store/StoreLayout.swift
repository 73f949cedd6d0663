// The names of the files and directories of a store, in one place, and the
// rule for ids that become file names. Code outside TafelStore names a store
// file through these, never by a literal path.

public enum StoreLayout {
  public static let info = "store.json"
  public static let directory = "organisations.json"
  public static let index = "index.json"
  public static let families = "families"
  public static let meetings = "meetings"
  public static let drafts = "drafts"
  public static let locks = ".locks"

  public static let directoryLock = "organisations"
  public static let indexLock = "index"
  public static func familyLock(_ id: String) -> String { "family-" + id }
  public static func meetingLock(_ id: String) -> String { "meeting-" + id }

  /// An id is used as a file name: letters, digits, '-', '_' and '.', not starting with '.'.
  public static func isValidID(_ id: String) -> Bool {
    guard let first = id.utf8.first, first != UInt8(ascii: "."), id.utf8.count <= 200 else {
      return false
    }
    return id.utf8.allSatisfy { byte in
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
  }

  public static func validateID(_ id: String, kind: String) throws(StoreError) {
    guard isValidID(id) else {
      throw .badArgument(
        "\(kind) id \"\(id)\" is not valid: use letters, digits, '-', '_' and '.' only")
    }
  }
}
