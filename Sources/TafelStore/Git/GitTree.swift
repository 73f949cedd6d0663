// Builds the tree of a commit from its parent's tree and a few changed
// paths, reading only the trees on those paths (`git cat-file --batch`) and
// writing only those trees again (`git mktree -z`). This is what keeps a
// commit at 50,000 families as cheap as one at 15.

import Foundation

enum GitTree {
  struct Entry: Hashable, Sendable {
    /// As git writes it: "100644", "100755", "120000", "40000", "160000".
    var mode: String
    var id: String

    var type: String {
      switch mode {
      case "40000", "040000": return "tree"
      case "160000": return "commit"
      default: return "blob"
      }
    }
  }

  /// HEAD's commit and tree, or nil before the first commit.
  static func head(_ repository: StoreRepository) throws(StoreError) -> (
    commit: String, tree: String
  )? {
    let result = try repository.git(["rev-parse", "HEAD", "HEAD^{tree}"])
    let lines = result.text.split(separator: "\n").map(String.init)
    guard result.succeeded, lines.count == 2 else { return nil }
    return (lines[0], lines[1])
  }

  /// Every directory on the paths, "" being the root.
  static func directories(of paths: some Sequence<String>) -> [String] {
    var directories: Set<String> = [""]
    for path in paths {
      var parts = path.split(separator: "/").map(String.init)
      parts.removeLast()
      var prefix = ""
      for part in parts {
        prefix = prefix.isEmpty ? part : prefix + "/" + part
        directories.insert(prefix)
      }
    }
    return directories.sorted()
  }

  /// HEAD's commit and tree and the trees at `directories` in it, in one
  /// `git cat-file --batch`; nil before the first commit.
  static func headTrees(_ directories: [String], in repository: StoreRepository)
    throws(StoreError) -> (commit: String, tree: String, trees: [String: [String: Entry]])?
  {
    let requests = ["HEAD"] + directories.map { "HEAD:" + $0 }
    let result = try repository.must(
      ["cat-file", "--batch"], input: Data((requests.joined(separator: "\n") + "\n").utf8))
    let bytes = [UInt8](result.output)
    guard let newline = bytes.firstIndex(of: 0x0A) else { return nil }
    let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
    guard header.count == 3, header[1] == "commit", let size = Int(header[2]) else { return nil }
    let commit = String(header[0])
    let body = String(decoding: bytes[(newline + 1)..<(newline + 1 + size)], as: UTF8.self)
    guard body.hasPrefix("tree ") else { return nil }
    let tree = String(body.dropFirst(5).prefix { $0 != "\n" })
    let trees = parseBatch(
      bytes, from: newline + 1 + size + 1, directories, idLength: tree.utf8.count / 2)
    return (commit, tree, trees)
  }

  /// The root tree after `changes` (path → new entry, nil to remove) are
  /// applied to the tree `root` (nil: empty).
  static func apply(
    _ changes: [String: Entry?], to root: String?, in repository: StoreRepository
  ) throws(StoreError) -> String {
    let directories = directories(of: changes.keys)
    var trees: [String: [String: Entry]] = [:]
    if let root {
      trees = try read(directories, of: root, in: repository)
    }
    return try build(changes, on: trees, directories: directories, in: repository)
  }

  /// Writes the trees of `directories` (read into `trees`) with `changes`
  /// applied, deepest first, in one `git mktree --batch`; returns the root's id.
  static func build(
    _ changes: [String: Entry?], on trees: [String: [String: Entry]], directories: [String],
    in repository: StoreRepository
  ) throws(StoreError) -> String {
    // Deepest first, so a directory's new id is known before its parent's.
    let ordered = directories.sorted {
      let left = $0.split(separator: "/").count
      let right = $1.split(separator: "/").count
      return left != right ? left > right : $0 < $1
    }
    var written: [String: Entry?] = [:]
    try GitProcess.converse(["mktree", "-z", "--batch"], in: repository.path) {
      (send, readLine) throws(StoreError) in
      for directory in ordered {
        var entries = trees[directory] ?? [:]
        for (path, entry) in changes where parent(of: path) == directory {
          entries[name(of: path)] = entry
        }
        for (path, entry) in written where !path.isEmpty && parent(of: path) == directory {
          entries[name(of: path)] = entry
        }
        if entries.isEmpty && !directory.isEmpty {
          written[directory] = .some(nil)
          continue
        }
        var input = Data()
        for (name, entry) in entries.sorted(by: { $0.key < $1.key }) {
          input.append(contentsOf: "\(entry.mode) \(entry.type) \(entry.id)\t\(name)".utf8)
          input.append(0)
        }
        input.append(0)  // an empty record ends the tree
        send(input)
        guard let id = readLine(), !id.isEmpty else { throw .refused("git mktree: no answer") }
        written[directory] = Entry(mode: "40000", id: id)
      }
    }
    guard let rootEntry = written[""], let rootEntry else {
      throw .refused("git mktree: no root tree")
    }
    return rootEntry.id
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  /// The entries of the trees at `directories` under `root`; a directory
  /// that is not there is left out.
  static func read(_ directories: [String], of root: String, in repository: StoreRepository)
    throws(StoreError) -> [String: [String: Entry]]
  {
    let requests = directories.map { $0.isEmpty ? root : root + ":" + $0 }
    let result = try repository.must(
      ["cat-file", "--batch"], input: Data((requests.joined(separator: "\n") + "\n").utf8))
    return parseBatch([UInt8](result.output), from: 0, directories, idLength: root.utf8.count / 2)
  }

  /// The trees of a `cat-file --batch` answer from `start`, one per directory asked.
  static func parseBatch(
    _ bytes: [UInt8], from start: Int, _ directories: [String], idLength: Int
  ) -> [String: [String: Entry]] {
    var position = start
    var trees: [String: [String: Entry]] = [:]
    for directory in directories {
      guard let newline = bytes[position...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[position..<newline], as: UTF8.self).split(separator: " ")
      position = newline + 1
      guard header.count == 3, header[1] == "tree", let size = Int(header[2]) else {
        if header.count == 3, let size = Int(header[2]) { position += size + 1 }
        continue
      }
      guard position < bytes.count || size == 0 else { break }
      guard position + size <= bytes.count else { break }
      trees[directory] = parse(bytes[position..<(position + size)], idLength: idLength)
      position += size + 1
    }
    return trees
  }

  /// A tree object's entries: "<mode> <name>\0<binary id>" each.
  /// `idLength` is the object format's hash in bytes (20 for SHA-1, 32 for SHA-256).
  static func parse(_ bytes: ArraySlice<UInt8>, idLength length: Int) -> [String: Entry] {
    var entries: [String: Entry] = [:]
    var position = bytes.startIndex
    while position < bytes.endIndex {
      guard let space = bytes[position...].firstIndex(of: 0x20),
        let zero = bytes[space...].firstIndex(of: 0)
      else { break }
      let mode = String(decoding: bytes[position..<space], as: UTF8.self)
      let name = String(decoding: bytes[(space + 1)..<zero], as: UTF8.self)
      let idBytes = bytes[(zero + 1)..<min(zero + 1 + length, bytes.endIndex)]
      entries[name] = Entry(mode: mode, id: idBytes.map { hex($0) }.joined())
      position = zero + 1 + length
    }
    return entries
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 15)]])
  }
}
