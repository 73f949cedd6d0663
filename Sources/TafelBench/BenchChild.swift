// Runs one child process the way the bench needs it, through the one process
// runner: its standard output sent to a file (or /dev/null), and reaped with
// wait4 so that its own peak resident memory (ru_maxrss) comes back with its
// exit status and the wall time from spawn to exit.

import Foundation
import TafelStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

package struct BenchChildResult {
  package var exitStatus: Int32
  /// From just before posix_spawn to wait4 returning.
  package var nanoseconds: Int
  /// ru_maxrss in bytes. On Linux a child started by posix_spawn (vfork) inherits
  /// the parent's peak at exec, so the bench reads the child's own VmHWM instead.
  package var peakResidentBytes: Int
}

package enum BenchChild {
  /// Where a child's standard output and error go.
  package enum Output {
    /// Inherit the bench's own terminal (for `--terminal`).
    case inherit
    /// Discard.
    case null
    /// Standard output into this file; standard error discarded.
    case file(String)
  }

  /// Runs `executable` with `arguments` (without argv[0]) and waits for it.
  /// `spawnedAt` receives the monotonic clock just before the spawn.
  package static func run(
    _ executable: String, _ arguments: [String], output: Output,
    spawnedAt: ((Int) -> [String])? = nil
  ) throws -> BenchChildResult {
    let streams: (ProcessRunner.Stream, ProcessRunner.Stream, ProcessRunner.Stream)
    switch output {
    case .inherit: streams = (.inherit, .inherit, .inherit)
    case .null: streams = (.null, .null, .null)
    case .file(let path): streams = (.null, .file(path), .null)
    }
    let start = BenchClock.nanoseconds()
    let child: ProcessRunner.Child
    do {
      child = try ProcessRunner.start(
        executable, arguments + (spawnedAt?(start) ?? []), input: streams.0, output: streams.1,
        errors: streams.2)
    } catch {
      throw BenchFailure.data(error.description)
    }
    let exit = child.wait()
    let elapsed = BenchClock.nanoseconds() - start
    return BenchChildResult(
      exitStatus: exit.status, nanoseconds: elapsed, peakResidentBytes: exit.peakResidentBytes)
  }

  /// The full path of a program on $PATH, or nil.
  package static func which(_ name: String) -> String? { ProcessRunner.which(name) }

}
