// `tafel export FAMILY --encrypt`: the export written so that it can be sent
// safely — symmetric OpenPGP (AES-256, integrity-protected, the passphrase
// stretched by 65 million rounds of SHA-512) made by gpg, so the receiver
// reads it with a standard tool: `gpg --decrypt FILE`, or any OpenPGP program
// (Kleopatra, GPG Suite). The passphrase is read from a file (its first line)
// or asked twice on the terminal without echo, and travels by another way
// than the file. gpg runs with a home of its own in a private temporary
// directory, so the user's keys and settings are neither used nor touched.

import Foundation
import TafelStore

#if canImport(Glibc)
  import Glibc
#endif

enum ExportEncryption {
  static let minimumLength = 12

  /// The passphrase: the first line of `file`, else asked on the terminal.
  static func passphrase(file: String?) throws -> String {
    let phrase: String
    if let file {
      guard let data = FileManager.default.contents(atPath: file) else {
        throw CommandFailure.usage("--passphrase-file: \(file) cannot be read")
      }
      phrase =
        String(decoding: data, as: UTF8.self).split(
          separator: "\n", omittingEmptySubsequences: false
        ).first.map(String.init) ?? ""
    } else {
      guard let first = ask("Passphrase for the export: "),
        let second = ask("The same passphrase again: ")
      else {
        throw CommandFailure.usage(
          "--encrypt needs a passphrase: on a terminal, or with --passphrase-file FILE")
      }
      guard first == second else { throw CommandFailure.usage("the passphrases differ") }
      phrase = first
    }
    guard phrase.count >= minimumLength else {
      throw CommandFailure.usage(
        "the passphrase is shorter than \(minimumLength) characters: too easy to guess")
    }
    return phrase
  }

  /// One line from the terminal without echo, or nil without a terminal.
  private static func ask(_ prompt: String) -> String? {
    let descriptor = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var saved = termios()
    guard tcgetattr(descriptor, &saved) == 0 else { return nil }
    var quiet = saved
    quiet.c_lflag &= ~tcflag_t(ECHO)
    _ = prompt.withCString { write(descriptor, $0, strlen($0)) }
    tcsetattr(descriptor, TCSAFLUSH, &quiet)
    defer {
      tcsetattr(descriptor, TCSAFLUSH, &saved)
      _ = write(descriptor, "\n", 1)
    }
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while read(descriptor, &byte, 1) == 1, byte != 0x0A { bytes.append(byte) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `data` encrypted with `passphrase` by gpg (binary OpenPGP).
  static func encrypt(_ data: Data, passphrase: String) throws -> Data {
    guard
      let gpg = ["/usr/bin/gpg", "/bin/gpg", "/usr/local/bin/gpg"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      throw CommandFailure.data(
        "--encrypt needs gpg, which is not installed (Debian: apt install gnupg)")
    }
    let base =
      FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    var template = Array((base + "/tafel-gpg-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw CommandFailure.data("--encrypt: no private temporary directory for gpg")
    }
    let home = String(cString: made)
    defer { try? FileManager.default.removeItem(atPath: home) }
    let phraseFile = home + "/passphrase"
    guard
      FileManager.default.createFile(
        atPath: phraseFile, contents: Data((passphrase + "\n").utf8),
        attributes: [.posixPermissions: 0o600])
    else { throw CommandFailure.data("--encrypt: the passphrase could not be handed to gpg") }
    let finished: ProcessRunner.Finished
    do {
      finished = try ProcessRunner.run(
        gpg,
        [
          "--homedir", home, "--batch", "--yes", "--quiet", "--no-tty", "--no-options",
          "--pinentry-mode", "loopback", "--passphrase-file", phraseFile, "--symmetric",
          "--cipher-algo", "AES256", "--s2k-mode", "3", "--s2k-digest-algo", "SHA512",
          "--s2k-count", "65011712", "--output", "-",
        ],
        environment: ["PATH": "/usr/bin:/bin", "GNUPGHOME": home, "LC_ALL": "C"], input: data)
    } catch {
      throw CommandFailure.data("gpg could not encrypt the export: \(error.description)")
    }
    let encrypted = finished.output
    guard finished.status == 0, !encrypted.isEmpty else {
      let line = String(decoding: finished.errors, as: UTF8.self).split(separator: "\n").first
        .map(String.init)
      throw CommandFailure.data(
        "gpg could not encrypt the export: \(line ?? "exit \(finished.status)")")
    }
    return encrypted
  }
}
