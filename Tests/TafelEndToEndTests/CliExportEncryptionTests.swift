// `tafel export FAMILY --encrypt` (issue 24): the export written encrypted
// with a passphrase, read back whole with the standard tool (gpg --decrypt); the file holds no name in the clear;
// a short passphrase or a missing one is refused in one line, nothing written.

import Foundation
import TafelCore
import Testing

@Suite("an export that can be sent safely")
struct CliExportEncryptionTests {
  @Test("encrypted with a passphrase, read back whole by gpg")
  func encryptedExport() throws {
    let store = try CliStore()
    let family = DemoFamily.id(52)
    let name = try store.family(family).name
    let phrase = store.scratch.file("phrase")
    try Data("correct horse battery staple\n".utf8).write(to: URL(fileURLWithPath: phrase))
    let file = store.scratch.file("export.html.gpg")
    let made = try store.tafel([
      "export", family, "--encrypt", "--passphrase-file", phrase, "--output", file,
    ])
    #expect(made.status == 0, "\(made)")
    #expect(made.stdout.contains("gpg --decrypt"), "\(made)")
    let bytes = try #require(FileManager.default.contents(atPath: file))
    #expect(bytes.firstRange(of: Data(name.utf8)) == nil)
    let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let read = try CliRunner.run(
      [
        "/usr/bin/env", "gpg", "--homedir", store.scratch.path, "--batch", "--quiet",
        "--pinentry-mode", "loopback", "--passphrase-file", phrase, "--decrypt", file,
      ], home: store.home)
    #expect(read.status == 0, "\(read)")
    // The whole export: the family, and its own access-log entry, to the end.
    #expect(read.stdout.hasPrefix("<!DOCTYPE html>"))
    #expect(read.stdout.contains(name))
    #expect(read.stdout.contains("html, encrypted"), "\(read.stdout.suffix(2000))")
    #expect(read.stdout.hasSuffix("</html>\n"))
    // The wrong passphrase reads nothing.
    try Data("another horse battery staple\n".utf8).write(to: URL(fileURLWithPath: phrase))
    let wrong = try CliRunner.run(
      [
        "/usr/bin/env", "gpg", "--homedir", store.scratch.path, "--batch", "--quiet",
        "--pinentry-mode", "loopback", "--passphrase-file", phrase, "--decrypt", file,
      ], home: store.home)
    #expect(wrong.status != 0)
    #expect(!wrong.stdout.contains(name))
  }

  @Test("a short or missing passphrase: one line, nothing written, nothing logged")
  func refusals() throws {
    let store = try CliStore()
    let family = DemoFamily.id(52)
    let phrase = store.scratch.file("short")
    try Data("kort\n".utf8).write(to: URL(fileURLWithPath: phrase))
    let before = try store.tafel(["log", family, "--format", "json"]).stdoutData
    let file = store.scratch.file("out.gpg")
    for arguments in [
      ["--encrypt", "--passphrase-file", phrase, "--output", file],
      ["--encrypt", "--passphrase-file", store.scratch.file("missing"), "--output", file],
      ["--passphrase-file", phrase, "--output", file],
    ] {
      let refused = try store.tafel(["export", family] + arguments)
      #expect(refused.status == 2, "\(refused)")
      #expect(refused.stderrLines.count == 1, "\(refused)")
      #expect(!FileManager.default.fileExists(atPath: file))
    }
    // No export was logged (the log's own view is: compare the exports only).
    let after = try JSONDecoder().decode(
      [AccessEntry].self, from: try store.tafel(["log", family, "--format", "json"]).stdoutData)
    let earlier = try JSONDecoder().decode([AccessEntry].self, from: before)
    #expect(
      after.filter { $0.action == .export }.count == earlier.filter { $0.action == .export }.count)
  }
}
