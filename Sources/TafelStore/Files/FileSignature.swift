// What a file looked like when it was read (size, modification time, inode),
// so that a later write can refuse when someone else changed it in between.

public struct FileSignature: Hashable, Sendable, CustomStringConvertible {
  public var size: Int
  /// Modification time in nanoseconds since the epoch.
  public var modified: Int
  public var inode: UInt64

  public init(size: Int, modified: Int, inode: UInt64) {
    self.size = size
    self.modified = modified
    self.inode = inode
  }

  public var description: String { "size \(size), mtime \(modified) ns, inode \(inode)" }
}
