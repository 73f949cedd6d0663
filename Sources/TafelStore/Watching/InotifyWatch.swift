// The Linux side of StoreWatcher: one inotify descriptor watching the store
// directory, families/ and each of its shards, and meetings/. Events that arrive close together are
// gathered for 50 ms and reported as one set of relative paths. When families/
// or meetings/ is made anew (a restore, a sync tool renaming a directory into
// place), it is watched again and every file in it is reported.

#if os(Linux)
  import Foundation
  import Glibc

  final class InotifyWatch: @unchecked Sendable {
    private let descriptor: Int32
    /// Watch descriptor → directory prefix ("" for the store itself). Only
    /// the watcher's own thread touches it after `init`.
    private var prefixes: [Int32: String]
    private static let mask = UInt32(
      IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_CREATE | IN_MOVED_FROM)
    private let store: Store

    init?(store: Store) {
      let descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
      guard descriptor >= 0 else { return nil }
      var prefixes: [Int32: String] = [:]
      let directories =
        ["", StoreLayout.families, StoreLayout.meetings]
        + DirectoryListing.familyDirectories(store: store.path)
      for directory in directories {
        let path = directory.isEmpty ? store.path : store.absolute(directory)
        let watch = inotify_add_watch(descriptor, path, InotifyWatch.mask)
        if watch < 0 {
          if directory.isEmpty {
            close(descriptor)
            return nil
          }
          continue
        }
        prefixes[watch] = directory.isEmpty ? "" : directory + "/"
      }
      self.descriptor = descriptor
      self.prefixes = prefixes
      self.store = store
    }

    /// Reads events until `isStopped`, then closes the descriptor.
    func run(isStopped: () -> Bool, report: (Set<String>) -> Void) {
      defer { close(descriptor) }
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      var pending: Set<String> = []
      var firstPending: UInt64 = 0
      while !isStopped() {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let timeout: Int32 = pending.isEmpty ? 200 : 20
        _ = poll(&poller, 1, timeout)
        while true {
          let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
          if count <= 0 { break }
          let paths = parse(buffer, count: count)
          if !paths.isEmpty, pending.isEmpty { firstPending = DispatchTime.now().uptimeNanoseconds }
          pending.formUnion(paths)
        }
        if !pending.isEmpty, DispatchTime.now().uptimeNanoseconds - firstPending >= 50_000_000 {
          if !isStopped() { report(pending) }
          pending = []
        }
      }
    }

    /// Watches a families/, shard or meetings/ directory that was made anew
    /// and returns every store file already in it, since they came without
    /// events (a new families/ brings its shards).
    private func watchAgain(_ directory: String) -> Set<String> {
      let watch = inotify_add_watch(descriptor, store.absolute(directory), InotifyWatch.mask)
      guard watch >= 0 else { return [] }
      prefixes[watch] = directory + "/"
      if directory == StoreLayout.families {
        return DirectoryListing.familyDirectories(store: store.path).reduce(into: []) {
          $0.formUnion(watchAgain($1))
        }
      }
      let files = (try? DirectoryListing.jsonFiles(store.absolute(directory))) ?? []
      return Set(
        files.map { directory + "/" + $0.id + ".json" }.filter(StoreWatcher.isReported))
    }

    private func parse(_ buffer: [UInt8], count: Int) -> Set<String> {
      var paths: Set<String> = []
      var offset = 0
      let headerSize = MemoryLayout<inotify_event>.size
      buffer.withUnsafeBytes { raw in
        while offset + headerSize <= count {
          let watch = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
          let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
          if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // The kernel dropped events: every file may have changed.
            if let all = try? PollingSnapshot.take(store) { paths.formUnion(all.keys) }
          }
          let nameLength = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          let nameStart = offset + headerSize
          var name = ""
          if nameLength > 0, nameStart + nameLength <= count {
            let bytes = raw[nameStart..<(nameStart + nameLength)].prefix { $0 != 0 }
            name = String(decoding: bytes, as: UTF8.self)
          }
          offset = nameStart + nameLength
          if mask & UInt32(IN_IGNORED) != 0 {
            prefixes[watch] = nil  // the directory is gone; a new one is watched when it comes
            continue
          }
          if prefixes[watch] == "", mask & UInt32(IN_ISDIR) != 0,
            mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
            name == StoreLayout.families || name == StoreLayout.meetings
          {
            paths.formUnion(watchAgain(name))
            continue
          }
          if prefixes[watch] == StoreLayout.families + "/", mask & UInt32(IN_ISDIR) != 0,
            mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, StoreLayout.isFamilyShard(name)
          {
            paths.formUnion(watchAgain(StoreLayout.families + "/" + name))
            continue
          }
          if let prefix = prefixes[watch], !name.isEmpty {
            let relative = prefix + name
            if StoreWatcher.isReported(relative) { paths.insert(relative) }
          }
        }
      }
      return paths
    }
  }
#endif
