// One private tmux server per test (`tmux -L <unique name>`), running one
// command in a pane of a fixed size with a pinned environment. Tests send keys
// and poll `capture-pane` until the screen shows what they expect, with a
// deadline; when it never does, the error carries the whole screen.
//
// The command runs inside a small shell wrapper: when it ends, the wrapper
// prints "[exited N; terminal: icanon echo]" (the tty's line discipline as
// `stty` sees it) and keeps the pane open, so a test can check the exit
// status and that the terminal was restored.
import Foundation

struct ScreenTimeout: Error, CustomStringConvertible {
  var waitingFor: String
  var seconds: Double
  var screen: String

  var description: String {
    let ruler = String(repeating: "─", count: 40)
    return "waited \(seconds) s for \(waitingFor); the screen was:\n\(ruler)\n"
      + screen + "\n\(ruler)"
  }
}

final class TmuxSession {
  let server: String
  let target: String
  /// The server's socket file; tmux leaves it behind, `close` removes it.
  private(set) var socketPath = ""
  private(set) var closed = false

  /// The environment every pane starts from: nothing from the caller leaks in.
  static func pinnedEnvironment(home: String, now: String? = nil) -> [String: String] {
    var environment = [
      "PATH": "/usr/local/bin:/usr/bin:/bin",
      "HOME": home,
      "XDG_DATA_HOME": home + "/.local/share",
      "TERM": "tmux-256color",
      "LANG": "C.UTF-8",
      "LC_ALL": "C.UTF-8",
      "SWIFT_BACKTRACE": "interactive=no",
      "USER": "tester",
    ]
    // The test's clock and zone (TAFEL_NOW, TZ), as for every command run.
    environment.merge(TestClock.environment(now: now)) { _, carried in carried }
    return environment
  }

  /// Starts `command` in a new private tmux server, `width`×`height` cells.
  /// `environment` replaces the pinned values it names; a value of "" removes one.
  init(
    _ command: [String], width: Int = 120, height: Int = 40,
    home: String, environment: [String: String] = [:]
  ) throws {
    server = "tafel-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    target = server + ":0.0"
    var pinned = TmuxSession.pinnedEnvironment(home: home)
    for (name, value) in environment {
      pinned[name] = value.isEmpty ? nil : value
    }
    let assignments = pinned.keys.sorted().map { "\($0)=\(pinned[$0]!)" }
    // `trap : INT` keeps the wrapper alive when Ctrl-C reaches the whole
    // foreground group; the command itself starts with SIGINT at its default.
    let wrapper =
      #"trap : INT; status=0; "$@" || status=$?; "#
      + #"state=$(stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)' | tr '\n' ' ');"#
      + #" printf '\n[exited %s; terminal: %s]\n' "$status" "$state"; exec sleep 86400"#
    let line =
      (["/usr/bin/env", "-i"] + assignments + ["/bin/sh", "-c", wrapper, "wrapper"]
      + command).map(TmuxSession.shellQuote).joined(separator: " ")
    let result = try tmux([
      "-f", "/dev/null", "new-session", "-d", "-s", server, "-x", "\(width)", "-y", "\(height)",
      line,
    ])
    guard result.status == 0 else {
      throw HarnessFailure("tmux new-session failed: \(result)")
    }
    _ = try? tmux(["set-option", "-t", server, "status", "off"])
    socketPath = (try? value("#{socket_path}")) ?? ""
  }

  deinit { close() }

  /// Ends the private server (and whatever still runs in it).
  func close() {
    guard !closed else { return }
    closed = true
    _ = try? tmux(["kill-server"])
    if socketPath.hasSuffix("/" + server) { unlink(socketPath) }
  }

  // MARK: Driving

  /// tmux key names ("Enter", "Escape", "Down", "C-c", "BTab") or literal text with `literal`.
  func send(_ keys: String..., literal: Bool = false) throws {
    let arguments = ["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys
    let result = try tmux(arguments)
    guard result.status == 0 else { throw HarnessFailure("send-keys \(keys): \(result)") }
  }

  func type(_ text: String) throws { try send(text, literal: true) }

  func resize(width: Int, height: Int) throws {
    let result = try tmux(["resize-window", "-t", server, "-x", "\(width)", "-y", "\(height)"])
    guard result.status == 0 else { throw HarnessFailure("resize-window: \(result)") }
  }

  /// Pastes `text` the way a terminal does when the program asked for
  /// bracketed paste.
  func paste(_ text: String) throws {
    _ = try tmux(["set-buffer", "-b", "e2e", text])
    _ = try tmux(["paste-buffer", "-p", "-b", "e2e", "-t", target])
  }

  /// A left click at a 0-based cell, as the terminal reports it once mouse
  /// reporting is on: the bytes of an X10 press and release (what tmux's
  /// terminfo names in kmous), written into the pane's input. tmux itself
  /// sends mouse events only from an attached client, which tests have not.
  func click(column: Int, row: Int) throws {
    precondition(column < 223 && row < 223, "X10 mouse reports end at 223")
    let x = String(33 + column, radix: 16)
    let y = String(33 + row, radix: 16)
    let press = ["1b", "5b", "4d", "20", x, y]
    let release = ["1b", "5b", "4d", "23", x, y]
    let result = try tmux(["send-keys", "-t", target, "-H"] + press + release)
    guard result.status == 0 else { throw HarnessFailure("click: \(result)") }
  }

  // MARK: Looking

  /// The visible screen as text, one line per row, trailing spaces removed.
  func screen(withEscapes: Bool = false) throws -> String {
    let result = try tmux(
      ["capture-pane", "-p", "-t", target] + (withEscapes ? ["-e"] : []))
    return result.standardOutput
  }

  /// A tmux format value of the pane, e.g. "#{alternate_on}", "#{pane_pid}".
  func value(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", target, format]).standardOutput
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen every 50 ms until `predicate` holds; returns that screen.
  @discardableResult
  func waitFor(
    _ description: String, timeout: Double = 10, _ predicate: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    while true {
      last = (try? screen()) ?? ""
      if predicate(last) { return last }
      if Date() >= deadline {
        let failure = ScreenTimeout(waitingFor: description, seconds: timeout, screen: last)
        // Also on stderr: the test runner's console has been seen to drop
        // long issue messages, and the screen is what explains a failure.
        FileHandle.standardError.write(Data("\(failure)\n".utf8))
        throw failure
      }
      usleep(50_000)
    }
  }

  /// Waits until the screen contains `text`.
  @discardableResult
  func waitFor(_ text: String, timeout: Double = 10) throws -> String {
    try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Waits until the screen no longer contains `text`.
  @discardableResult
  func waitUntilGone(_ text: String, timeout: Double = 10) throws -> String {
    try waitFor("\"\(text)\" to disappear", timeout: timeout) { !$0.contains(text) }
  }

  /// Waits for the wrapper's line after the command ended; returns the exit
  /// status and the `stty` state it printed ("icanon echo" when restored).
  func waitForExit(timeout: Double = 10) throws -> (status: Int, terminal: String) {
    let screen = try waitFor("the command to exit", timeout: timeout) {
      $0.contains("[exited ")
    }
    let line = screen.split(separator: "\n").last { $0.contains("[exited ") } ?? ""
    let parts = line.replacingOccurrences(of: "[exited ", with: "")
      .replacingOccurrences(of: "]", with: "").components(separatedBy: "; terminal: ")
    return (Int(parts.first ?? "") ?? -1, parts.count > 1 ? parts[1].trimmed : "")
  }

  /// The process id of the command the wrapper runs (the child of the pane's shell).
  func commandProcessID(timeout: Double = 5) throws -> Int32 {
    let shell = try value("#{pane_pid}")
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let children =
        (try? String(
          contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
      if let first = children.split(separator: " ").first, let pid = Int32(first) {
        return pid
      }
      usleep(20_000)
    }
    throw HarnessFailure("no child process under the pane's shell \(shell)")
  }

  // MARK: tmux

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> ProcessResult {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    return try ProcessRun.run(["tmux", "-L", server] + arguments, environment: environment)
  }

  static func shellQuote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}

struct HarnessFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

extension String {
  var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
