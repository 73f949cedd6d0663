// Runs the `git` command on a store, through the one process runner
// (ProcessRunner): never a prompt, the C locale, and a watchdog for a
// remote that stops talking. Tafel never speaks git's protocols itself;
// everything goes through here.

import Foundation
import TafelCore

#if canImport(Glibc)
  import Glibc
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
    return ProcessRunner.which("git", path: environment["PATH"]) ?? "/usr/bin/git"
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
    let finished: ProcessRunner.Finished
    do {
      finished = try ProcessRunner.run(
        executable, ["-C", directory] + arguments, environment: merged(environment),
        input: input, stallAfter: stallAfter)
    } catch {
      throw .io(path: directory, message: "git: \(error.description)")
    }
    if finished.stalled {
      let seconds = Int(stallAfter ?? 0)
      return GitResult(
        status: 124, output: finished.output,
        errors: Data("fatal: the remote sent nothing for \(seconds) s; stopped\n".utf8))
    }
    return GitResult(status: finished.status, output: finished.output, errors: finished.errors)
  }

  /// Runs a git that answers line by line (`mktree --batch`): `body` writes
  /// to its stdin and reads its stdout a line at a time. stderr is discarded.
  static func converse<T>(
    _ arguments: [String], in directory: String,
    _ body: (_ send: (Data) -> Void, _ readLine: () -> String?) throws(StoreError) -> T
  ) throws(StoreError) -> T {
    let child: ProcessRunner.Child
    do {
      child = try ProcessRunner.start(
        executable, ["-C", directory] + arguments, environment: merged([:]), input: .pipe,
        output: .pipe, errors: .null)
    } catch {
      throw .io(path: directory, message: "git: \(error.description)")
    }
    let input = child.input
    let output = child.output
    var pending: [UInt8] = []
    var inputOpen = true
    defer {
      if inputOpen { close(input) }
      close(output)
      _ = child.wait()
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

  /// This process's environment with `environment` added, for git. Never a
  /// prompt from git: Tafel has no terminal to give it, and a board that
  /// waits for a password would hang.
  private static func merged(_ environment: [String: String]) -> [String: String] {
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
    return merged
  }
}
