// Runs the `git` command on a store: posix_spawn (a save spawns several, so
// Foundation's Process and its threads would cost more than git itself),
// stdin written while stdout and stderr are read, so no pipe can fill up.
// Tafel never speaks git's protocols itself; everything goes through here.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct GitResult: Sendable {
  var status: Int32
  var output: Data
  var errors: Data

  var succeeded: Bool { status == 0 }

  /// stdout as text without its last newline.
  var text: String {
    var text = String(decoding: output, as: UTF8.self)
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }

  /// What git wrote on stderr as one line: its first "fatal:" or "error:"
  /// line, after the line before it when there is one (ssh's reason comes
  /// before git's "fatal: Could not read from remote repository.", and both
  /// are wanted). Lines end in "\n" or, from ssh, "\r\n" (one Character in
  /// Swift, so split by newline, not by "\n").
  var firstError: String {
    let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
    guard let first = lines.first else { return "git exited with \(status)" }
    guard let index = lines.firstIndex(where: { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") })
    else { return first }
    return lines[max(0, index - 1)...index].joined(separator: "; ")
  }

  /// A git that failed because the disk is full is not "offline": said as it is.
  static func throwIfDiskFull(_ result: GitResult) throws(StoreError) {
    let text = String(decoding: result.errors, as: UTF8.self)
    if text.contains("No space left on device") || text.contains("Disk quota exceeded") {
      throw .refused("disk full: \(Sanitized.line(result.firstError)); nothing was merged")
    }
  }
}

enum GitProcess {
  /// The git executable: $TAFEL_GIT, else `git` on $PATH.
  static let executable: String = {
    let environment = ProcessInfo.processInfo.environment
    if let git = environment["TAFEL_GIT"], !git.isEmpty { return git }
    for directory in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let candidate = String(directory) + "/git"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return "/usr/bin/git"
  }()

  /// Whether git can be run at all.
  static var isAvailable: Bool { access(executable, X_OK) == 0 }

  /// How long a git that talks to a remote may go without a byte from it
  /// (git's progress, with `--progress`, counts) before it is stopped as
  /// offline: a server that accepts the connection and then says nothing
  /// must not hang a sync, nor the board's. ssh's own keepalive
  /// (ServerAliveInterval) covers a link that dies after the handshake.
  static let stallSeconds: Double = 20

  /// Runs `git -C directory arguments…` with `environment` added to this
  /// process's, feeding `input`; waits for it to end. With `stallAfter`,
  /// git runs in a process group of its own (with the ssh it starts), and
  /// the group is killed when nothing arrives on its outputs for that long.
  static func run(
    _ arguments: [String], in directory: String, input: Data = Data(),
    environment: [String: String] = [:], stallAfter: Double? = nil
  ) throws(StoreError) -> GitResult {
    let child = try spawn(
      arguments, in: directory, environment: environment, errors: true,
      group: stallAfter != nil)
    let (output, errors, stalled) = exchange(
      input: input, stdin: child.input, stdout: child.output, stderr: child.errors,
      stallAfter: stallAfter, group: child.processID)
    var status: Int32 = 0
    while waitpid(child.processID, &status, 0) < 0, errno == EINTR {}
    if stalled {
      let seconds = Int(stallAfter ?? 0)
      return GitResult(
        status: 124, output: output,
        errors: Data("fatal: the remote sent nothing for \(seconds) s; stopped\n".utf8))
    }
    let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return GitResult(status: code, output: output, errors: errors)
  }

  /// Runs a git that answers line by line (`mktree --batch`): `body` writes
  /// to its stdin and reads its stdout a line at a time. stderr is discarded.
  static func converse<T>(
    _ arguments: [String], in directory: String,
    _ body: (_ send: (Data) -> Void, _ readLine: () -> String?) throws(StoreError) -> T
  ) throws(StoreError) -> T {
    let child = try spawn(arguments, in: directory, environment: [:], errors: false, group: false)
    let input = child.input
    let output = child.output
    let processID = child.processID
    var pending: [UInt8] = []
    var inputOpen = true
    defer {
      if inputOpen { close(input) }
      close(output)
      var status: Int32 = 0
      while waitpid(processID, &status, 0) < 0, errno == EINTR {}
    }
    func send(_ data: Data) {
      data.withUnsafeBytes { raw in
        var written = 0
        while written < raw.count {
          let count = systemWrite(input, raw.baseAddress! + written, raw.count - written)
          if count < 0 {
            if errno == EINTR { continue }
            return
          }
          written += count
        }
      }
    }
    func readLine() -> String? {
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        if let newline = pending.firstIndex(of: 0x0A) {
          let line = String(decoding: pending[..<newline], as: UTF8.self)
          pending.removeSubrange(...newline)
          return line
        }
        let count = buffer.withUnsafeMutableBytes { systemRead(output, $0.baseAddress!, $0.count) }
        if count < 0, errno == EINTR { continue }
        if count <= 0 { return nil }
        pending += buffer[0..<count]
      }
    }
    let result = try body(send, readLine)
    close(input)
    inputOpen = false
    return result
  }

  /// A started git: its process and the parent's ends of its pipes
  /// (`errors` is -1 when its stderr goes to /dev/null).
  private struct Child {
    var processID: pid_t
    var input: Int32
    var output: Int32
    var errors: Int32
  }

  /// Starts `git -C directory arguments…` with `environment` added to this
  /// process's. Never a prompt from git: Tafel has no terminal to give it,
  /// and a board that waits for a password would hang.
  private static func spawn(
    _ arguments: [String], in directory: String, environment: [String: String], errors: Bool,
    group: Bool
  ) throws(StoreError) -> Child {
    signal(SIGPIPE, SIG_IGN)
    var merged = ProcessInfo.processInfo.environment
    merged["GIT_TERMINAL_PROMPT"] = "0"
    merged["GIT_ASKPASS"] = merged["GIT_ASKPASS"] ?? "/bin/false"
    if merged["GIT_SSH_COMMAND"] == nil {
      merged["GIT_SSH_COMMAND"] =
        "ssh -o BatchMode=yes -o ConnectTimeout=10 -o ServerAliveInterval=5 "
        + "-o ServerAliveCountMax=3"
    }
    merged["LC_ALL"] = "C"
    for (key, value) in environment { merged[key] = value }
    let argv = [executable, "-C", directory] + arguments
    let envp = merged.map { "\($0.key)=\($0.value)" }
    var stdinPipe: [Int32] = [-1, -1]
    var stdoutPipe: [Int32] = [-1, -1]
    var stderrPipe: [Int32] = [-1, -1]
    // Pipes and spawn under one lock, the pipes close-on-exec: a git started
    // on another thread at the same moment must not inherit this one's pipe
    // ends (it would hold its stdin open, and both would wait for ever).
    spawnLock.lock()
    guard makePipe(&stdinPipe), makePipe(&stdoutPipe), !errors || makePipe(&stderrPipe) else {
      spawnLock.unlock()
      throw .io(path: directory, message: "git: " + errnoMessage())
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
    posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
    if errors {
      posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
    } else {
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    if group {
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
      posix_spawnattr_setpgroup(&attributes, 0)
    }
    var processID: pid_t = 0
    let spawned = withCStrings(argv) { arguments in
      withCStrings(envp) { environment in
        posix_spawn(&processID, executable, &actions, &attributes, arguments, environment)
      }
    }
    close(stdinPipe[0])
    close(stdoutPipe[1])
    if errors { close(stderrPipe[1]) }
    spawnLock.unlock()
    guard spawned == 0 else {
      close(stdinPipe[1])
      close(stdoutPipe[0])
      if errors { close(stderrPipe[0]) }
      throw .io(path: directory, message: "git (\(executable)): " + errnoMessage(spawned))
    }
    return Child(
      processID: processID, input: stdinPipe[1], output: stdoutPipe[0],
      errors: errors ? stderrPipe[0] : -1)
  }

  /// Writes `input` and reads both outputs until they close.
  private static func exchange(
    input: Data, stdin: Int32, stdout: Int32, stderr: Int32, stallAfter: Double? = nil,
    group: pid_t = 0
  ) -> (Data, Data, Bool) {
    var lastByte = monotonicSeconds()
    var output = Data()
    var errors = Data()
    var written = 0
    var writing = stdin
    if input.isEmpty {
      close(stdin)
      writing = -1
    } else {
      _ = fcntl(stdin, F_SETFL, fcntl(stdin, F_GETFL) | O_NONBLOCK)
    }
    var reading = [stdout, stderr]
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !reading.isEmpty || writing >= 0 {
      var polled = reading.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      if writing >= 0 { polled.append(pollfd(fd: writing, events: Int16(POLLOUT), revents: 0)) }
      let waited = poll(&polled, nfds_t(polled.count), stallAfter == nil ? -1 : 1000)
      if waited < 0 {
        if errno == EINTR { continue }
        break
      }
      if let stallAfter, monotonicSeconds() - lastByte > stallAfter {
        kill(-group, SIGKILL)
        for descriptor in reading { close(descriptor) }
        if writing >= 0 { close(writing) }
        return (output, errors, true)
      }
      for entry in polled where entry.revents != 0 {
        if entry.fd == writing {
          let count = input.withUnsafeBytes { raw in
            systemWrite(writing, raw.baseAddress! + written, raw.count - written)
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
          systemRead(entry.fd, $0.baseAddress!, $0.count)
        }
        if count > 0 {
          lastByte = monotonicSeconds()
          if entry.fd == stdout {
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

  /// Held from making a child's pipes until the child has them.
  private static let spawnLock = NSLock()

  /// A pipe whose ends close on exec (a child gets only what it is given).
  private static func makePipe(_ ends: inout [Int32]) -> Bool {
    guard pipe(&ends) == 0 else { return false }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return true
  }

  private static func withCStrings<T>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> T
  ) -> T {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
