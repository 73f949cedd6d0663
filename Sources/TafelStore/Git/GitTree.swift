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
    let objects = try GitBatch.read(["HEAD"] + directories.map { "HEAD:" + $0 }, in: repository)
    guard let head = objects.first ?? nil, head.type == "commit" else { return nil }
    let body = String(decoding: head.bytes, as: UTF8.self)
    guard body.hasPrefix("tree ") else { return nil }
    let tree = String(body.dropFirst(5).prefix { $0 != "\n" })
    return (
      head.id, tree, trees(directories, Array(objects.dropFirst()), idLength: tree.utf8.count / 2)
    )
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
    let objects = try GitBatch.read(
      directories.map { $0.isEmpty ? root : root + ":" + $0 }, in: repository)
    return trees(directories, objects, idLength: root.utf8.count / 2)
  }

  /// The trees among `objects` (one per directory), by directory.
  static func trees(_ directories: [String], _ objects: [GitBatch.Object?], idLength: Int)
    -> [String: [String: Entry]]
  {
    var trees: [String: [String: Entry]] = [:]
    for (directory, object) in zip(directories, objects) {
      if let object, object.type == "tree" {
        trees[directory] = parse(object.bytes, idLength: idLength)
      }
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
      entries[name] = Entry(mode: mode, id: idBytes.lowercaseHex)
      position = zero + 1 + length
    }
    return entries
  }
}
