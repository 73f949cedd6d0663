// A real OpenSSH server on 127.0.0.1, started by the test itself: its own host
// key, one client key, a free port, everything in a scratch directory. The
// git sync test pushes and fetches through it as a region server would be
// reached (`tafel clone user@server:/srv/tafel.git`). `.ci/run` installs
// openssh-server when it is missing.

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

final class SshServer: @unchecked Sendable {
  let scratch: CliScratch
  let port: Int
  let user: String
  /// sshd's own process id (it runs as a daemon, read from its pid file).
  private let processID: pid_t
  /// What every git (and so every tafel) that talks to this server needs.
  let environment: [String: String]

  static let sshd = "/usr/sbin/sshd"

  init() throws {
    guard FileManager.default.isExecutableFile(atPath: SshServer.sshd) else {
      throw CliRunnerError.launch(
        "\(SshServer.sshd) is missing: install openssh-server (.ci/run does)")
    }
    scratch = try CliScratch()
    let directory = scratch.path
    user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    for key in ["host", "client"] {
      let made = try CliRunner.run(
        ["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", directory + "/" + key],
        home: directory)
      guard made.status == 0 else { throw CliRunnerError.launch("ssh-keygen: \(made)") }
    }
    try FileManager.default.copyItem(
      atPath: directory + "/client.pub", toPath: directory + "/authorized_keys")
    chmod(directory, 0o700)
    chmod(directory + "/authorized_keys", 0o600)
    // The privilege separation directory sshd wants when it runs as root.
    if geteuid() == 0 {
      try? FileManager.default.createDirectory(
        atPath: "/run/sshd", withIntermediateDirectories: true)
    }
    // sshd daemonizes itself: the test keeps no child process running (a
    // long-lived Foundation Process child stalled the reaping of later ones).
    var started: (pid_t, Int)?
    for _ in 0..<5 {
      let port = Int.random(in: 20_000...60_000)
      let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(directory)/host
        AuthorizedKeysFile \(directory)/authorized_keys
        PidFile \(directory)/sshd.pid
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PubkeyAuthentication yes
        PermitRootLogin prohibit-password
        StrictModes no
        UsePAM no
        LogLevel ERROR

        """
      try Data(config.utf8).write(to: URL(fileURLWithPath: directory + "/sshd_config"))
      let launched = try CliRunner.run(
        [SshServer.sshd, "-f", directory + "/sshd_config"], home: directory)
      guard launched.status == 0 else { continue }  // the port was taken
      // Ready when a login runs a command.
      var ready = false
      for _ in 0..<50 {
        let probe = try CliRunner.run(
          ["/usr/bin/ssh"] + SshServer.options(directory: directory, port: port)
            + ["\(user)@127.0.0.1", "true"], home: directory)
        if probe.status == 0 {
          ready = true
          break
        }
        usleep(100_000)
      }
      let pid =
        pid_t(
          (try? String(contentsOfFile: directory + "/sshd.pid", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 0
      if ready, pid > 0 {
        started = (pid, port)
        break
      }
      if pid > 0 { kill(pid, SIGTERM) }
    }
    guard let (processID, port) = started else {
      throw CliRunnerError.launch("sshd did not start on 127.0.0.1")
    }
    self.processID = processID
    self.port = port
    environment = [
      "GIT_SSH_COMMAND": (["ssh"] + SshServer.options(directory: directory, port: port))
        .joined(separator: " ")
    ]
  }

  static func options(directory: String, port: Int) -> [String] {
    [
      "-p", String(port), "-i", directory + "/client", "-o", "BatchMode=yes",
      "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
      "-o", "LogLevel=ERROR", "-o", "IdentitiesOnly=yes",
    ]
  }

  /// The ssh URL of a path on this server.
  func url(_ path: String) -> String { "ssh://\(user)@127.0.0.1:\(port)\(path)" }

  /// Stops the server; what it served stays.
  func stop() {
    kill(processID, SIGTERM)
  }

  deinit { stop() }
}
