// Lists a directory's JSON files with their modification times in one pass
// (readdir + fstatat), which is what the index needs to verify itself cheaply.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum DirectoryListing {
  struct Entry: Sendable {
    var id: String
    var modified: Int
    /// From the directory entry itself: a file replaced by rename has a new one.
    var inode: UInt64
  }

  /// The ids of the `*.json` files of `path`, sorted, without looking at the files.
  static func ids(_ path: String) throws(StoreError) -> [String] {
    try jsonFiles(path, withTimes: false).map(\.id)
  }

  /// The shard directories of a store's families/ ("families/00" …), as
  /// paths relative to the store, sorted.
  static func familyDirectories(store: String) -> [String] {
    let families = store + "/" + StoreLayout.families
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: families) else {
      return []
    }
    return names.filter { StoreLayout.isFamilyShard($0) }.sorted().map {
      StoreLayout.families + "/" + $0
    }
  }

  /// The family files of a store, from every shard, sorted by id. A file
  /// in a shard that is not its own is not a family of the store.
  static func familyFiles(store: String, withTimes: Bool = true) throws(StoreError) -> [Entry] {
    var entries: [Entry] = []
    for directory in familyDirectories(store: store) {
      let shard = (directory as NSString).lastPathComponent
      for entry in try jsonFiles(store + "/" + directory, withTimes: withTimes)
      where StoreLayout.familyShard(entry.id) == shard {
        entries.append(entry)
      }
    }
    entries.sort { $0.id < $1.id }
    return entries
  }

  /// The `*.json` files of `path` (hidden and temporary files skipped), sorted by id.
  /// A missing directory is empty.
  static func jsonFiles(_ path: String, withTimes: Bool = true) throws(StoreError) -> [Entry] {
    guard let handle = opendir(path) else {
      if errno == ENOENT { return [] }
      throw .io(path: path, message: errnoMessage())
    }
    defer { closedir(handle) }
    let descriptor = dirfd(handle)
    var entries: [Entry] = []
    while let entry = readdir(handle) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      guard name.hasSuffix(".json"), !name.hasPrefix(".") else { continue }
      var modified = 0
      if withTimes {
        var info = stat()
        // The entry itself, not what a link points to: a link swapped in is new.
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
        modified = modifiedNanoseconds(info)
      }
      entries.append(
        Entry(id: String(name.dropLast(5)), modified: modified, inode: UInt64(entry.pointee.d_ino)))
    }
    entries.sort { $0.id < $1.id }
    return entries
  }
}
