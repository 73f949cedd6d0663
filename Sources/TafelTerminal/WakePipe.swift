// A pipe that wakes the board's loop from another thread: the store watcher
// writes one byte after it queued a change, the loop's `poll` returns at once.
// Both ends are non-blocking, so a full pipe never blocks the writer (the
// loop is awake then anyway).

import TafelScreen

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package final class WakePipe: Sendable {
  let readDescriptor: Int32
  let writeDescriptor: Int32

  package init() {
    var descriptors: [Int32] = [-1, -1]
    if pipe(&descriptors) == 0 {
      for descriptor in descriptors {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      }
    }
    readDescriptor = descriptors[0]
    writeDescriptor = descriptors[1]
  }

  deinit {
    if readDescriptor >= 0 { close(readDescriptor) }
    if writeDescriptor >= 0 { close(writeDescriptor) }
  }

  /// Wakes the loop; safe from any thread.
  package func wake() {
    guard writeDescriptor >= 0 else { return }
    var byte: UInt8 = 1
    _ = write(writeDescriptor, &byte, 1)
  }

  /// Waits at most `timeoutMilliseconds` for a wake-up and empties the
  /// pipe; true when one came. (The board without a terminal waits here.)
  package func wait(timeoutMilliseconds: Int) -> Bool {
    guard readDescriptor >= 0 else { return false }
    var descriptor = pollfd(fd: readDescriptor, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Int32(max(0, timeoutMilliseconds))) > 0 else { return false }
    drain()
    return true
  }

  /// Empties the pipe; called by the loop after it woke.
  func drain() {
    guard readDescriptor >= 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 256)
    while read(readDescriptor, &buffer, buffer.count) > 0 {}
  }
}
