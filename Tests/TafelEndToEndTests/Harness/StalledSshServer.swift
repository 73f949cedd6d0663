// A server on 127.0.0.1 that answers a connection with an ssh banner and then
// says nothing, as a broken or hostile region server might: what a sync must
// not wait on for ever. It stops by itself after 90 s, whatever happens.

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

final class StalledSshServer: @unchecked Sendable {
  private let process = Process()
  let port: Int

  init() throws {
    let script = """
      import socket, time
      server = socket.socket()
      server.bind(("127.0.0.1", 0))
      server.listen(8)
      print(server.getsockname()[1], flush=True)
      end = time.time() + 90
      held = []
      while time.time() < end:
          server.settimeout(max(0.1, end - time.time()))
          try:
              connection, _ = server.accept()
          except socket.timeout:
              break
          connection.sendall(b"SSH-2.0-OpenSSH_9.2p1 stalled\\r\\n")
          held.append(connection)
      """
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var text = ""
    while !text.hasSuffix("\n") {
      let byte = output.fileHandleForReading.readData(ofLength: 1)
      if byte.isEmpty { break }
      text += String(decoding: byte, as: UTF8.self)
    }
    guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      process.terminate()
      throw HarnessFailure("the stalled server did not start: \(text)")
    }
    self.port = port
  }

  var url: String { "ssh://git@127.0.0.1:\(port)/store.git" }

  func stop() {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }
}
