// The one way Tafel starts another program: git, the editor, `check`'s
// helpers, gpg and the bench's children all come through here.
//
// posix_spawn (a save runs several gits, and Foundation's Process with its
// threads would cost more than git itself); every pipe made by pipe2 with
// O_CLOEXEC, so both ends are close-on-exec from the first instant and a
// program started on another thread at that moment can never inherit them
// (it would hold a git's stdin open, and both would wait for ever) — no lock
// between making a pipe and spawning is needed. A child gets exactly its
// three standard streams. Output is read while input is written, so no pipe
// can fill up.

import CProcess
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

package enum ProcessRunner {
  /// Where one of a child's standard streams comes from or goes to.
  package enum Stream: Sendable, Equatable {
    /// This process's own (a terminal, for the editor).
    case inherit
    /// /dev/null.
    case null
    /// A pipe whose other end the caller reads or writes (`Child`).
    case pipe
    /// A file: read for standard input; for output created (0600) or truncated.
    case file(String)
  }

  /// How a child ended.
  package struct Exit: Sendable {
    /// The exit status, or 128 + the signal that ended it.
    package var status: Int32
    /// ru_maxrss of the child, in bytes (see BenchChild for what it means on Linux).
    package var peakResidentBytes: Int
  }

  /// A program could not be started.
  package struct Failure: Error, CustomStringConvertible, Sendable {
    package var description: String
  }

  /// A started child: its process id and the caller's ends of its pipes
  /// (-1 where a stream is not a pipe).
  package struct Child: Sendable {
    package var processID: pid_t
    package var input: Int32
    package var output: Int32
    package var errors: Int32

    /// Waits for the child to end (closing nothing).
    package func wait() -> Exit {
      var status: Int32 = 0
      var usage = rusage()
      while wait4(processID, &status, 0, &usage) < 0 {
        // Not waited for (it cannot be): never read as a success.
        guard errno == EINTR else { return Exit(status: -1, peakResidentBytes: 0) }
      }
      let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      return Exit(status: code, peakResidentBytes: usage.ru_maxrss * 1024)
    }
  }

  /// What a program run to its end gave back.
  package struct Finished: Sendable {
    package var status: Int32
    package var output: Data
    package var errors: Data
    /// Stopped because it sent nothing for `stallAfter` seconds.
    package var stalled: Bool
  }

  /// Starts `executable` with `arguments` (argv[0] is the executable).
  /// `environment` nil is this process's own. With `ownGroup` the child
  /// leads a process group of its own (so whatever it starts can be
  /// stopped with it).
  package static func start(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    input: Stream = .inherit, output: Stream = .inherit, errors: Stream = .inherit,
    ownGroup: Bool = false
  ) throws(Failure) -> Child {
    // A child that dies must not take this process with it through SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var parentEnds: [Int32] = [-1, -1, -1]
    var childEnds: [Int32] = []
    defer { for end in childEnds { close(end) } }
    for (descriptor, stream) in [input, output, errors].enumerated() {
      let target = Int32(descriptor)
      switch stream {
      case .inherit:
        break
      case .null:
        posix_spawn_file_actions_addopen(
          &actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
      case .file(let path):
        posix_spawn_file_actions_addopen(
          &actions, target, path, target == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      case .pipe:
        var ends: [Int32] = [-1, -1]
        guard pipe2(&ends, O_CLOEXEC) == 0 else {
          for end in parentEnds where end >= 0 { close(end) }
          throw Failure(description: "\(executable): cannot make a pipe: \(errnoText(errno))")
        }
        // Standard input: the child reads ends[0]; outputs: it writes ends[1].
        let (child, parent) = target == 0 ? (ends[0], ends[1]) : (ends[1], ends[0])
        posix_spawn_file_actions_adddup2(&actions, child, target)
        childEnds.append(child)
        parentEnds[descriptor] = parent
      }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Tafel ignores SIGPIPE; a child gets it back as it should be (an
    // ignored signal survives exec), so a pipeline in the editor ends as usual.
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGPIPE)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var flags = Int16(POSIX_SPAWN_SETSIGDEF)
    if ownGroup {
      flags |= Int16(POSIX_SPAWN_SETPGROUP)
      posix_spawnattr_setpgroup(&attributes, 0)
    }
    posix_spawnattr_setflags(&attributes, flags)
    var processID: pid_t = 0
    let argv = [executable] + arguments
    let variables = (environment ?? ProcessInfo.processInfo.environment).map {
      "\($0.key)=\($0.value)"
    }
    let spawned = withCStrings(argv) { argv in
      withCStrings(variables) { envp in
        posix_spawn(&processID, executable, &actions, &attributes, argv, envp)
      }
    }
    guard spawned == 0 else {
      for end in parentEnds where end >= 0 { close(end) }
      throw Failure(description: "\(executable): cannot start: \(errnoText(spawned))")
    }
    return Child(
      processID: processID, input: parentEnds[0], output: parentEnds[1], errors: parentEnds[2])
  }

  /// Runs a program to its end: `input` is written to its standard input
  /// while its output (and, with `errors`, its standard error; otherwise
  /// /dev/null) is read. With `stallAfter`, the program runs in a group of
  /// its own and the group is killed when nothing arrives on its outputs
  /// for that many seconds.
  package static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
    input: Data = Data(), errors: Bool = true, stallAfter: Double? = nil
  ) throws(Failure) -> Finished {
    let child = try start(
      executable, arguments, environment: environment, input: .pipe, output: .pipe,
      errors: errors ? .pipe : .null, ownGroup: stallAfter != nil)
    let (output, said, stalled) = exchange(
      input: input, child: child, stallAfter: stallAfter)
    let exit = child.wait()
    return Finished(status: exit.status, output: output, errors: said, stalled: stalled)
  }

  /// Runs a program on this terminal (all three streams inherited) and
  /// waits for it; its exit status, 127 when it could not start.
  package static func runAttached(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil
  ) -> Int32 {
    guard let child = try? start(executable, arguments, environment: environment) else {
      return 127
    }
    return child.wait().status
  }

  /// The full path of `name` on `$PATH`, or nil.
  package static func which(_ name: String, path: String? = nil) -> String? {
    let directories = path ?? ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in directories.split(separator: ":") {
      let candidate = "\(directory)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  /// Writes `input` and reads both outputs until they close; closes the
  /// caller's ends. True in the last place when it was stopped as stalled.
  private static func exchange(
    input: Data, child: Child, stallAfter: Double?
  ) -> (Data, Data, Bool) {
    var lastByte = monotonicSeconds()
    var output = Data()
    var errors = Data()
    var written = 0
    var writing = child.input
    if input.isEmpty {
      close(writing)
      writing = -1
    } else {
      _ = fcntl(writing, F_SETFL, fcntl(writing, F_GETFL) | O_NONBLOCK)
    }
    var reading = [child.output, child.errors].filter { $0 >= 0 }
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !reading.isEmpty || writing >= 0 {
      var polled = reading.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if writing >= 0 { polled.append(pollfd(fd: writing, events: Int16(POLLOUT), revents: 0)) }
      let waited = poll(&polled, nfds_t(polled.count), stallAfter == nil ? -1 : 1000)
      if waited < 0 {
        if errno == EINTR { continue }
        // poll itself failed: the pipes are closed, so the child ends (a
        // write gets EPIPE) and can be waited for.
        for descriptor in reading { close(descriptor) }
        if writing >= 0 { close(writing) }
        break
      }
      if let stallAfter, monotonicSeconds() - lastByte > stallAfter {
        kill(-child.processID, SIGKILL)
        for descriptor in reading { close(descriptor) }
        if writing >= 0 { close(writing) }
        return (output, errors, true)
      }
      for entry in polled where entry.revents != 0 {
        if entry.fd == writing {
          let count = input.withUnsafeBytes { raw in
            Glibc.write(writing, raw.baseAddress! + written, raw.count - written)
          }
          if count > 0 { written += count }
          if count < 0, errno == EAGAIN || errno == EINTR { continue }
          if count <= 0 || written == input.count {
            close(writing)
            writing = -1
          }
          continue
        }
        let count = buffer.withUnsafeMutableBytes {
          Glibc.read(entry.fd, $0.baseAddress!, $0.count)
        }
        if count > 0 {
          lastByte = monotonicSeconds()
          if entry.fd == child.output {
            output.append(contentsOf: buffer[0..<count])
          } else {
            errors.append(contentsOf: buffer[0..<count])
          }
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
          close(entry.fd)
          reading.removeAll { $0 == entry.fd }
        }
      }
    }
    return (output, errors, false)
  }

  private static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  private static func errnoText(_ code: Int32) -> String { String(cString: strerror(code)) }

  private static func withCStrings<T>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T
  ) -> T {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
