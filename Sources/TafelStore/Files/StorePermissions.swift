// Finds a store that group or others can read: this is data about children.
// Looks at the store directory, its subdirectories and the fixed files only,
// so that opening a store of 50,000 families stays quick.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum StorePermissions {
  /// At most one line, naming the first path readable by group or others.
  static func warnings(for storePath: String) -> [String] {
    let candidates = [
      "", StoreLayout.families, StoreLayout.meetings, StoreLayout.drafts, StoreLayout.info,
      StoreLayout.directory, StoreLayout.index,
    ]
    for candidate in candidates {
      let path = candidate.isEmpty ? storePath : storePath + "/" + candidate
      var info = stat()
      guard stat(path, &info) == 0 else { continue }
      let mode = info.st_mode & 0o777
      if mode & 0o077 != 0 {
        let octal = String(mode, radix: 8)
        return [
          "warning: \(path) is open to group or others (mode \(octal)); "
            + "run: chmod -R go-rwx \(storePath)"
        ]
      }
    }
    return []
  }
}
