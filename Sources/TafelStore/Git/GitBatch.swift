// Reading several git objects with one `git cat-file --batch`: the trees on
// a commit's path, the three sides of a merge, the committed access log. The
// one reader of its answer ("<id> <type> <size>\n<bytes>\n", or
// "<name> missing\n") for every caller.

import Foundation

enum GitBatch {
  struct Object {
    var id: String
    var type: String
    var bytes: ArraySlice<UInt8>
  }

  /// The objects named (ids, "HEAD", "<commit>:<path>"), in order; nil for one git does not have.
  static func read(_ names: [String], in repository: StoreRepository) throws(StoreError)
    -> [Object?]
  {
    guard !names.isEmpty else { return [] }
    let result = try repository.must(
      ["cat-file", "--batch"], input: Data((names.joined(separator: "\n") + "\n").utf8))
    return parse([UInt8](result.output), count: names.count)
  }

  static func parse(_ bytes: [UInt8], count: Int) -> [Object?] {
    var objects: [Object?] = []
    var position = 0
    while objects.count < count {
      guard let newline = bytes[position...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[position..<newline], as: UTF8.self).split(separator: " ")
      position = newline + 1
      guard header.count == 3, let size = Int(header[2]), position + size <= bytes.count else {
        objects.append(nil)
        continue
      }
      objects.append(
        Object(
          id: String(header[0]), type: String(header[1]),
          bytes: bytes[position..<(position + size)]))
      position += size + 1
    }
    while objects.count < count { objects.append(nil) }
    return objects
  }
}
