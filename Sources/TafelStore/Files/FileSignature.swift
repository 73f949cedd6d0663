// What a file looked like when it was read (size, modification time, inode),
// so that a later write can refuse when someone else changed it in between.

package struct FileSignature: Hashable, Sendable, CustomStringConvertible {
  package var size: Int
  /// Modification time in nanoseconds since the epoch.
  package var modified: Int
  package var inode: UInt64

  package init(size: Int, modified: Int, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.inode = inode
  }

  package var description: String { "size \(size), mtime \(modified) ns, inode \(inode)" }
}
