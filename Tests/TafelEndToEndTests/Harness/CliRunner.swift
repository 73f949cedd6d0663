// Runs the built `tafel` binary as a plain subprocess (no terminal) in a
// pinned environment, on a temporary store, and collects exit status, stdout
// and stderr: how the command tests see Tafel, the way a script would.

import Foundation
import TafelCore
import TafelStore

struct CliResult: CustomStringConvertible {
  var status: Int32
  var stdout: String
  var stderr: String
  var stdoutData: Data

  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
  var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }

  var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
}

enum CliRunnerError: Error, CustomStringConvertible {
  case binaryNotFound([String])
  case launch(String)

  var description: String {
    switch self {
    case .binaryNotFound(let places):
      "the tafel binary was not found (run swift build); looked in: "
        + places.joined(separator: ", ")
    case .launch(let message): message
    }
  }
}

/// A temporary directory, removed when the value goes away.
final class CliScratch: @unchecked Sendable {
  let path: String

  init() throws {
    let base = FileManager.default.temporaryDirectory.path + "/tafel-cli-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    path = base
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func file(_ relative: String) -> String { path + "/" + relative }
}

enum CliRunner {
  /// The `tafel` binary: $TAFEL_BINARY, else beside the running test bundle
  /// (the same build directory `swift test` just built into), else the
  /// package's .build/debug found by walking up from this file.
  static func binary() throws -> String {
    var places: [String] = []
    if let explicit = ProcessInfo.processInfo.environment["TAFEL_BINARY"], !explicit.isEmpty {
      places.append(explicit)
    }
    var directories: [URL] = []
    if let executable = Bundle.main.executableURL {
      directories.append(executable.deletingLastPathComponent())
    }
    directories.append(Bundle.main.bundleURL)
    directories.append(Bundle.main.bundleURL.deletingLastPathComponent())
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      directories.append(bundle.bundleURL.deletingLastPathComponent())
    }
    if let argument = CommandLine.arguments.first {
      directories.append(URL(fileURLWithPath: argument).deletingLastPathComponent())
    }
    places += directories.map { $0.appendingPathComponent("tafel").path }
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("Package.swift").path)
      {
        places.append(directory.appendingPathComponent(".build/debug/tafel").path)
        break
      }
      directory.deleteLastPathComponent()
    }
    for place in places {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: place, isDirectory: &isDirectory),
        !isDirectory.boolValue,
        FileManager.default.isExecutableFile(atPath: place)
      {
        return place
      }
    }
    throw CliRunnerError.binaryNotFound(places)
  }

  /// The environment every run gets: a private HOME, the test's clock and
  /// zone (`TestClock`), a UTF-8 locale, a known user.
  static func pinnedEnvironment(home: String, now: String? = nil) -> [String: String] {
    var environment: [String: String] = [
      "HOME": home, "LANG": "C.UTF-8", "USER": "tester",
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
    ]
    environment.merge(TestClock.environment(now: now)) { _, carried in carried }
    if let temporary = ProcessInfo.processInfo.environment["TMPDIR"] {
      environment["TMPDIR"] = temporary
    }
    return environment
  }

  /// Runs `tafel arguments…`; `environment` adds to (or, with "", removes from) the pinned one.
  static func tafel(
    _ arguments: [String], home: String, environment: [String: String] = [:], now: String? = nil
  ) throws -> CliResult {
    try run([try binary()] + arguments, home: home, environment: environment, now: now)
  }

  /// Runs any program with the pinned environment, output captured through files
  /// (no pipe can fill up and stall the child).
  static func run(
    _ command: [String], home: String, environment: [String: String] = [:], input: Data? = nil,
    now: String? = nil
  ) throws -> CliResult {
    let scratch = try CliScratch()
    let outPath = scratch.file("stdout")
    let errPath = scratch.file("stderr")
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    var pinned = pinnedEnvironment(home: home, now: now)
    for (name, value) in environment { pinned[name] = value.isEmpty ? nil : value }
    process.environment = pinned
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    process.standardOutput = out
    process.standardError = err
    if let input {
      let inputPath = scratch.file("stdin")
      FileManager.default.createFile(atPath: inputPath, contents: input)
      process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputPath))
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    do {
      try process.run()
    } catch {
      throw CliRunnerError.launch("\(command[0]): \(error)")
    }
    process.waitUntilExit()
    try? out.close()
    try? err.close()
    let stdoutData = FileManager.default.contents(atPath: outPath) ?? Data()
    let stderrData = FileManager.default.contents(atPath: errPath) ?? Data()
    return CliResult(
      status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
      stderr: String(decoding: stderrData, as: UTF8.self), stdoutData: stdoutData)
  }

  /// The package root (where Package.swift is), found from this file.
  static func packageRoot() -> String {
    var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while directory.path != "/" {
      if FileManager.default.fileExists(
        atPath: directory.appendingPathComponent("Package.swift").path)
      {
        return directory.path
      }
      directory.deleteLastPathComponent()
    }
    return FileManager.default.currentDirectoryPath
  }

  /// Today as the binary sees it (the clock and zone the tests carry to it).
  static var today: Day { TestClock.today }
}

/// A home directory and a store path inside one scratch directory.
final class CliStore: @unchecked Sendable {
  let scratch: CliScratch
  let home: String
  let path: String
  /// The clock every run on this store is set to (`TAFEL_NOW`); nil carries the test's own.
  let now: String?

  /// An empty scratch; `demo` makes the demo store with `tafel init --demo`.
  init(demo: Bool = true, now: String? = nil) throws {
    self.now = now
    scratch = try CliScratch()
    home = scratch.file("home")
    path = scratch.file("store")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    if demo {
      let result = try CliRunner.tafel(
        ["init", "--demo", "--store", path], home: home, now: now)
      guard result.status == 0 else {
        throw CliRunnerError.launch("tafel init --demo failed: \(result)")
      }
    }
  }

  /// Runs `tafel arguments… --store PATH`.
  func tafel(_ arguments: [String], environment: [String: String] = [:]) throws -> CliResult {
    try CliRunner.tafel(
      arguments + ["--store", path], home: home, environment: environment, now: now)
  }

  func file(_ relative: String) -> String { path + "/" + relative }

  func data(_ relative: String) -> Data? { FileManager.default.contents(atPath: file(relative)) }

  /// Replaces a file's bytes in place, keeping its mode (as an editor would).
  func overwrite(_ relative: String, with data: Data) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file(relative)))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: data)
    try handle.close()
  }

  /// Replaces text in a file in place.
  func edit(_ relative: String, replacing old: String, with new: String) throws {
    let text = String(decoding: data(relative) ?? Data(), as: UTF8.self)
    try overwrite(relative, with: Data(text.replacingOccurrences(of: old, with: new).utf8))
  }

  func family(_ id: String) throws -> Family {
    try TafelJSON.decoder().decode(Family.self, from: data(StoreLayout.familyFile(id)) ?? Data())
  }

  func meeting(_ id: String) throws -> Meeting {
    try TafelJSON.decoder().decode(Meeting.self, from: data("meetings/\(id).json") ?? Data())
  }

  /// The ids of the JSON files in a directory ("meetings"); for
  /// "families", in every shard.
  func ids(_ directory: String) -> [String] {
    let files = FileManager.default
    let names = (try? files.contentsOfDirectory(atPath: file(directory))) ?? []
    let all =
      directory == StoreLayout.families
      ? names.filter(StoreLayout.isFamilyShard).flatMap {
        (try? files.contentsOfDirectory(atPath: file(directory + "/" + $0))) ?? []
      } : names
    return all.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .map { String($0.dropLast(5)) }.sorted()
  }
}
