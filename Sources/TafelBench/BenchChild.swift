// Runs one child process the way the bench needs it: started with
// posix_spawn, its standard output sent to a file (or /dev/null), and reaped
// with wait4 so that its own peak resident memory (ru_maxrss) comes back with
// its exit status and the wall time from spawn to exit.

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

public struct BenchChildResult {
  public var exitStatus: Int32
  /// From just before posix_spawn to wait4 returning.
  public var nanoseconds: Int
  /// ru_maxrss in bytes. On Linux a child started by posix_spawn (vfork) inherits
  /// the parent's peak at exec, so the bench reads the child's own VmHWM instead.
  public var peakResidentBytes: Int
}

public enum BenchChild {
  /// Where a child's standard output and error go.
  public enum Output {
    /// Inherit the bench's own terminal (for `--terminal`).
    case inherit
    /// Discard.
    case null
    /// Standard output into this file; standard error discarded.
    case file(String)
  }

  /// Runs `executable` with `arguments` (without argv[0]) and waits for it.
  /// `spawnedAt` receives the monotonic clock just before the spawn.
  public static func run(
    _ executable: String, _ arguments: [String], output: Output,
    spawnedAt: ((Int) -> [String])? = nil
  ) throws -> BenchChildResult {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    switch output {
    case .inherit:
      break
    case .null:
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    case .file(let path):
      posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    }
    let start = BenchClock.nanoseconds()
    let all = [executable] + arguments + (spawnedAt?(start) ?? [])
    var argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let code = posix_spawn(&pid, executable, &actions, nil, &argv, environ)
    guard code == 0 else {
      throw BenchFailure.data("\(executable): cannot start: \(String(cString: strerror(code)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else {
        throw BenchFailure.data("\(executable): cannot wait: \(String(cString: strerror(errno)))")
      }
    }
    let elapsed = BenchClock.nanoseconds() - start
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return BenchChildResult(
      exitStatus: exitStatus, nanoseconds: elapsed, peakResidentBytes: usage.ru_maxrss * 1024)
  }

  /// The full path of a program on $PATH, or nil.
  public static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

}
