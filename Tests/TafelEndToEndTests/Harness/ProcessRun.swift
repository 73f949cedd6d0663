// Runs a command to completion and returns its exit status and output: used
// for `tmux` itself and for the `tafel` commands a test runs "from another
// terminal" (tafel decide, tafel init).
//
// posix_spawn and waitpid rather than Foundation's Process: Process left the
// tmux client unreaped (a zombie) when two tests ran at once, and
// waitUntilExit never returned. Output goes to files, not pipes: `tmux
// new-session` leaves a server running that inherits the descriptors, and a
// pipe would never reach end-of-file.
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

struct ProcessResult: CustomStringConvertible {
  var status: Int32
  var standardOutput: String
  var standardError: String

  var description: String {
    "exit \(status)\nstdout: \(standardOutput)\nstderr: \(standardError)"
  }
}

enum ProcessRun {
  /// Runs `arguments[0]` (an absolute path, or a name looked up in PATH) with
  /// exactly `environment` (default: this process's), standard input empty,
  /// and waits for it to end.
  @discardableResult
  static func run(
    _ arguments: [String], environment: [String: String]? = nil
  ) throws -> ProcessResult {
    let directory = FileManager.default.temporaryDirectory.path
    let outputPath = directory + "/tafel-e2e-out-\(UUID().uuidString)"
    let errorPath = directory + "/tafel-e2e-err-\(UUID().uuidString)"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let variables = (environment ?? ProcessInfo.processInfo.environment)
      .map { "\($0.key)=\($0.value)" }
    let cArguments = arguments.map { strdup($0) } + [nil]
    let cEnvironment = variables.map { strdup($0) } + [nil]
    defer {
      for pointer in cArguments { free(pointer) }
      for pointer in cEnvironment { free(pointer) }
    }
    // The test runs on a worker thread that blocks nearly every signal, and a
    // spawned process inherits that mask: a tmux server started so ignores
    // the SIGTERM that `kill-server` sends itself, and lives on. Start every
    // child with no signal blocked and every signal at its default.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let spawned: Int32
    if arguments[0].hasPrefix("/") {
      spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, cArguments, cEnvironment)
    } else {
      // Look the name up in this process's PATH, not the child's.
      spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, cArguments, cEnvironment)
    }
    guard spawned == 0 else {
      throw HarnessFailure("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ProcessResult(
      status: exitStatus,
      standardOutput: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      standardError: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }
}
