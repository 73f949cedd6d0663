// Files keep the store's owner. A store belongs to one user (0700); when root
// runs a command on it (a cron job, `sudo tafel decide`), a file or lock root
// creates would be root's 0600 and lock the owner out of their own store. So
// every file and directory the store makes takes the owner of the directory it
// is made in. Refusing root was the other choice; it would break backups and
// maintenance run as root, and gains nothing: root can read the store anyway.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

enum StoreOwnership {
  /// Gives the open file `descriptor` the owner of `directory`, when this
  /// process is root and the directory belongs to someone else.
  static func adopt(_ descriptor: Int32, directory: String) {
    guard geteuid() == 0, let owner = owner(of: directory), owner.user != 0 else { return }
    _ = fchown(descriptor, owner.user, owner.group)
  }

  /// Gives the new directory at `path` the owner of its parent (as `adopt`).
  static func adoptDirectory(_ path: String) {
    guard geteuid() == 0 else { return }
    let parent = PathText.parent(path)
    guard let owner = owner(of: parent.isEmpty ? "." : parent), owner.user != 0 else { return }
    _ = lchown(path, owner.user, owner.group)
  }

  static func owner(of directory: String) -> (user: uid_t, group: gid_t)? {
    var info = stat()
    guard stat(directory, &info) == 0 else { return nil }
    return (info.st_uid, info.st_gid)
  }
}
