// `tafel init`: a new store where the user asked for it, never over anything
// that is already there, and every command's --help.

import Foundation
import Testing

@Suite("tafel init")
struct CliInitTests {
  @Test("an empty store is made with private modes and passes check")
  func emptyStore() throws {
    let store = try CliStore(demo: false)
    let result = try store.tafel(["init", "--region", "Vallei", "--prefix", "VA"])
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains(store.path))
    let info = try String(contentsOfFile: store.file("store.json"), encoding: .utf8)
    #expect(info.contains("\"region\" : \"Vallei\""))
    #expect(info.contains("\"familyPrefix\" : \"VA\""))
    let check = try store.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.hasPrefix("ok: 0 families, 0 meetings"))
    #expect(try cliMode(store.path) == 0o700)
    #expect(try cliMode(store.file("families")) == 0o700)
    #expect(try cliMode(store.file("store.json")) == 0o600)
    #expect(try cliMode(store.file("organisations.json")) == 0o600)
  }

  @Test("the demo store passes tafel check")
  func demoPassesCheck() throws {
    let store = try CliStore()
    let check = try store.tafel(["check"])
    #expect(check.status == 0, "\(check)")
    #expect(check.stdout.hasPrefix("ok: "))
    #expect(check.stderr.isEmpty, "\(check)")
    #expect(store.ids("families").count >= 10)
    #expect(store.ids("meetings").contains("JBT-\(CliRunner.today)"))
  }

  @Test("a directory that holds anything is refused and left byte for byte as it was")
  func nonEmptyTargetUntouched() throws {
    let store = try CliStore(demo: false)
    try FileManager.default.createDirectory(atPath: store.path, withIntermediateDirectories: true)
    let notes = Data("notities van de voorzitter\n".utf8)
    FileManager.default.createFile(atPath: store.file("notes.txt"), contents: notes)
    let before = try cliSnapshot(store.path)
    for arguments in [["init"], ["init", "--demo"]] {
      let result = try store.tafel(arguments)
      #expect(result.status == 1, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.contains(store.path))
      #expect(result.stdout.isEmpty)
      #expect(try cliSnapshot(store.path) == before)
    }
  }

  @Test("a second init over an existing store changes nothing")
  func existingStoreUntouched() throws {
    let store = try CliStore()
    let before = try cliSnapshot(store.path)
    let result = try store.tafel(["init", "--demo"])
    #expect(result.status == 1, "\(result)")
    #expect(result.stderrLines.count == 1)
    #expect(try cliSnapshot(store.path) == before)
  }

  @Test(
    "the store is --store, else $TAFEL_STORE, else $XDG_DATA_HOME/tafel, else ~/.local/share/tafel")
  func storeLocation() throws {
    let scratch = try CliScratch()
    let home = scratch.file("home")
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)

    let byDefault = try CliRunner.tafel(["init"], home: home)
    #expect(byDefault.status == 0, "\(byDefault)")
    #expect(FileManager.default.fileExists(atPath: home + "/.local/share/tafel/store.json"))

    let xdg = scratch.file("xdg")
    let byXDG = try CliRunner.tafel(["init"], home: home, environment: ["XDG_DATA_HOME": xdg])
    #expect(byXDG.status == 0, "\(byXDG)")
    #expect(FileManager.default.fileExists(atPath: xdg + "/tafel/store.json"))

    let named = scratch.file("named")
    let byVariable = try CliRunner.tafel(
      ["init"], home: home, environment: ["XDG_DATA_HOME": xdg, "TAFEL_STORE": named])
    #expect(byVariable.status == 0, "\(byVariable)")
    #expect(FileManager.default.fileExists(atPath: named + "/store.json"))

    let explicit = scratch.file("explicit")
    let byOption = try CliRunner.tafel(
      ["init", "--store", explicit], home: home, environment: ["TAFEL_STORE": named])
    #expect(byOption.status == 0, "\(byOption)")
    #expect(FileManager.default.fileExists(atPath: explicit + "/store.json"))
  }

  @Test("wrong usage exits 2 with one line naming the argument")
  func badUsage() throws {
    let store = try CliStore(demo: false)
    let cases: [([String], String)] = [
      (["init", "--prefix", "f-v"], "--prefix"),
      (["init", "--demo", "--region", "Elders"], "--region"),
      (["init", "--bogus"], "--bogus"),
    ]
    for (arguments, named) in cases {
      let result = try store.tafel(arguments)
      #expect(result.status == 2, "\(arguments): \(result)")
      #expect(result.stderrLines.count == 1, "\(arguments): \(result)")
      #expect(result.stderr.contains(named), "\(arguments): \(result)")
    }
    #expect(!FileManager.default.fileExists(atPath: store.path))
  }

  @Test(
    "every command of this suite has --help",
    arguments: [
      "init", "check", "decide", "history", "report", "minutes",
    ])
  func help(command: String) throws {
    let scratch = try CliScratch()
    let result = try CliRunner.tafel([command, "--help"], home: scratch.path)
    #expect(result.status == 0, "\(result)")
    #expect(result.stdout.contains("USAGE: tafel \(command)"))
    #expect(result.stderr.isEmpty)
  }
}

/// Every file under `path` with its bytes, for "nothing changed" checks.
func cliSnapshot(_ path: String) throws -> [String: Data] {
  var files: [String: Data] = [:]
  guard let walker = FileManager.default.enumerator(atPath: path) else { return files }
  while let relative = walker.nextObject() as? String {
    let full = path + "/" + relative
    var isDirectory: ObjCBool = false
    FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
    files[relative] =
      isDirectory.boolValue ? Data("<dir>".utf8) : FileManager.default.contents(atPath: full)
  }
  return files
}

func cliMode(_ path: String) throws -> Int {
  let attributes = try FileManager.default.attributesOfItem(atPath: path)
  return (attributes[.posixPermissions] as? Int ?? -1) & 0o777
}
