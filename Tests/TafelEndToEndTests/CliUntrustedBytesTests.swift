// The store's files, the command line and the terminal are untrusted: each
// numbered finding of the untrusted-bytes issue, tried against the real
// binary as an attacker would. No control byte from data reaches stdout or
// stderr, no special file hangs or bloats a reader, strict JSON is one rule
// for `check` and every command, and writes neither follow links nor lock the
// store's owner out.

import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("untrusted bytes", .serialized, .timeLimit(.minutes(3)))
struct CliUntrustedBytesTests {
  /// A name that tries everything: an OSC title and clipboard write, a screen
  /// clear, a newline that would start a fake row, a C1 CSI and a bidi override.
  static let hostile =
    "Familie X\u{1B}]0;pwned\u{07}\u{1B}]52;c;cHduZWQ=\u{07}\u{1B}[2J\nFV-0000-0000  nep\u{9B}31m\u{202E}lave"

  /// `hostile` as it would stand in a JSON file.
  static var hostileJSON: String {
    String(decoding: try! JSONEncoder().encode(hostile), as: UTF8.self)
  }

  /// Where `text` holds a character no terminal may receive raw, described; nil when clean.
  static func rawControl(_ result: CliResult) -> String? {
    for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
      if let scalar = text.unicodeScalars.first(where: {
        Sanitized.isControl($0) && $0 != "\n" && $0 != "\t"
      }) {
        return "\(stream) holds U+\(String(scalar.value, radix: 16, uppercase: true))"
      }
    }
    return nil
  }

  // MARK: 1 terminal escape injection

  @Test("1: a control character in a one-line argument is refused, naming the option")
  func argumentsRefused() throws {
    let store = try PrepFixtures.organisations()
    for arguments in [
      ["family", "create", "--name", Self.hostile, "--municipality", "Ede"],
      ["family", "create", "--name", "Familie Y", "--municipality", "Ede\nFV-9"],
      ["organisation", "add", "x-1", "--kind", "other", "--name", "Org\u{202E}"],
    ] {
      let result = try store.tafel(arguments)
      #expect(result.status == 2, "\(result)")
      #expect(result.stderrLines.count == 1, "\(result)")
      #expect(result.stderr.contains("is not allowed in a one-line value"), "\(result)")
      #expect(Self.rawControl(result) == nil, "\(result)")
    }
    #expect(store.ids("families").isEmpty)
    // A long text keeps its line breaks.
    let family = try store.tafel([
      "family", "create", "--name", "Familie Y", "--municipality", "Ede",
    ])
    #expect(family.status == 0, "\(family)")
  }

  @Test("1: hostile text in the files reaches no output raw, and adds no row")
  func hostileFilesNeverReachTheTerminal() throws {
    let store = try CliStore()
    let id = DemoFamily.id(52)
    try store.edit(
      StoreLayout.familyFile(id), replacing: "\"name\" : \"Familie Öztürk\"",
      with: "\"name\" : \(Self.hostileJSON)")
    try store.edit(
      "organisations.json", replacing: "\"name\" : \"Lokaal Team Ede\"",
      with: "\"name\" : \(Self.hostileJSON)")
    let meeting = "JBT-\(CliRunner.today)"
    let runs: [[String]] = [
      ["family", "list"], ["organisation", "list"], ["meeting", "list"],
      ["history", id], ["history", id, "--format", "markdown"],
      ["history", id, "--format", "json"],
      ["minutes", meeting], ["minutes", meeting, "--format", "html"],
      ["report"], ["report", "--format", "csv"], ["report", "--format", "json"],
      ["check"], ["decide", id, "--outcome", "other", "--rationale", "x"],
    ]
    for arguments in runs {
      let result = try store.tafel(arguments)
      #expect(Self.rawControl(result) == nil, "\(arguments): \(result)")
    }
    let list = try store.tafel(["family", "list"])
    #expect(list.stdoutLines.count == 15, "\(list)")
    #expect(list.stdout.contains("Familie X␛]0;pwned␇"), "\(list)")
    // JSON keeps the data: the same name decodes back, escaped.
    let json = try store.tafel(["history", id, "--format", "json"])
    #expect(json.stdout.contains("\\u202e") || json.stdout.contains("\\u202E"), "\(json)")
  }

  @Test("1: a newline in a bad value cannot forge a second line of check's output")
  func checkLinesCannotBeForged() throws {
    let store = try CliStore()
    let id = DemoFamily.id(52)
    let relative = StoreLayout.familyFile(id)
    let text = String(decoding: try #require(store.data(relative)), as: UTF8.self)
    let phase = try #require(text.firstMatch(of: /"phase" : "[a-z-]+"/)).output
    let forged = "\\n" + store.file(StoreLayout.familyFile(DemoFamily.id(96))) + ":1:1: bad value"
    try store.edit(relative, replacing: String(phase), with: "\"phase\" : \"table\(forged)\"")
    let check = try store.tafel(["check"])
    #expect(check.status == 1, "\(check)")
    #expect(
      !check.stdoutLines.contains {
        $0.hasPrefix(store.file(StoreLayout.familyFile(DemoFamily.id(96))))
      })
    #expect(check.stdoutLines.filter { $0.hasPrefix(store.file(relative)) }.count == 1, "\(check)")
  }

  // MARK: 2, 3 FIFOs, devices and size

  enum Special: String, CaseIterable, Sendable {
    case fifo, devZero, oversized

    func make(at path: String) throws {
      try? FileManager.default.removeItem(atPath: path)
      switch self {
      case .fifo: #expect(mkfifo(path, 0o600) == 0)
      case .devZero:
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
      case .oversized:
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        #expect(truncate(path, 17 * 1024 * 1024) == 0)
      }
    }

    var message: String {
      switch self {
      case .oversized: "larger than 16 MiB"
      case .devZero: "a symbolic link; Tafel does not follow links in a store"
      case .fifo: "not a regular file"
      }
    }
  }

  @Test(
    "2, 3: a FIFO, a /dev/zero link or a huge file ends every reader with one line",
    arguments: Special.allCases)
  func specialFiles(_ special: Special) throws {
    let store = try CliStore()
    let id = DemoFamily.id(52)
    let relative = StoreLayout.familyFile(id)
    try special.make(at: store.file(relative))
    for arguments in [["check"], ["family", "list"], ["report"], ["history", id]] {
      // A reader that waited on the FIFO or read /dev/zero would never
      // return: the suite's time limit ends it, no clock is read here.
      let result = try store.tafel(arguments)
      let lines = (result.stdoutLines + result.stderrLines).filter { $0.contains(relative) }
      #expect(lines.count == 1, "\(arguments): \(result)")
      #expect(lines.first?.contains(special.message) == true, "\(arguments): \(result)")
    }
    // The board opens on today's meeting, which has this family on it, and quits.
    let board = try TmuxSession(
      [try TafelBinary.path(), "board", "--store", store.path, "--no-mouse"], home: store.home)
    defer { board.close() }
    try board.waitFor("Agenda")
    try board.send("q")
    #expect(try board.waitForExit().status == 0)
  }

  // MARK: 4, 5 strict JSON, the same for check and every command

  static let strictness: [(String, String, String)] = [
    (
      "\"name\" : \"Familie Öztürk\",",
      "\"name\" : \"Familie Öztürk\",\n  \"name\" : \"Familie Anders\",", "duplicate key \"name\""
    ),
    ("\"domestic-relations\" : 2,", "\"domestic-relations\" : 2.,", "expected a digit"),
    ("\"domestic-relations\" : 2,", "\"domestic-relations\" : 00012,", "leading zero"),
    ("\"domestic-relations\" : 2,", "\"domestic-relations\" : 1e999,", "out of range"),
    ("\"name\" : \"Familie Öztürk\",", "\"name\" : \"Familie \\ud800Öztürk\",", "lone surrogate"),
  ]

  @Test(
    "4, 5: what check refuses every command refuses, at path:line:column, and the file stays",
    arguments: 0..<5)
  func strictJSON(_ index: Int) throws {
    let (old, new, words) = Self.strictness[index]
    let store = try CliStore()
    let id = DemoFamily.id(52)
    let relative = StoreLayout.familyFile(id)
    try store.edit(relative, replacing: old, with: new)
    let bytes = try #require(store.data(relative))
    let check = try store.tafel(["check"])
    #expect(check.status == 1, "\(check)")
    let reported = check.stdoutLines.filter { $0.hasPrefix(store.file(relative) + ":") }
    #expect(reported.count == 1 && reported[0].contains(words), "\(check)")
    let position = reported.first.map { $0.dropFirst(store.file(relative).count + 1) }
      .map { $0.split(separator: ":").prefix(2).compactMap { Int($0) } }
    #expect(position?.count == 2 && position![0] > 1, "\(reported)")
    let decide = try store.tafel([
      "decide", id, "--outcome", "other", "--outcome-text", "x", "--rationale", "x",
      "--child-not-heard", "x",
    ])
    #expect(decide.status == 1, "\(decide)")
    #expect(decide.stderrLines == ["tafel: " + reported[0]], "\(decide)")
    #expect(store.data(relative) == bytes)
  }

  // MARK: 6 locks do not follow links

  @Test("6: a link planted at a lock is refused and nothing is made where it points")
  func lockLinks() throws {
    let store = try CliStore()
    let id = DemoFamily.id(96)
    let outside = store.scratch.file("outside-\(UUID().uuidString)")
    let lock = store.file(".locks/family-\(id).lock")
    try? FileManager.default.createDirectory(
      atPath: store.file(".locks"), withIntermediateDirectories: true)
    try? FileManager.default.removeItem(atPath: lock)
    try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: outside)
    let before = store.data(StoreLayout.familyFile(id))
    let decide = try store.tafel([
      "decide", id, "--outcome", "no-investigation", "--rationale", "Gaat goed.",
    ])
    #expect(decide.status == 1, "\(decide)")
    #expect(decide.stderrLines.count == 1 && decide.stderr.contains(lock), "\(decide)")
    #expect(!FileManager.default.fileExists(atPath: outside))
    #expect(store.data(StoreLayout.familyFile(id)) == before)
  }

  // MARK: 7 root keeps the owner

  @Test("7: run as root on someone else's store, new files and locks keep the store's owner")
  func rootKeepsTheOwner() throws {
    guard geteuid() == 0 else { return }  // only root can show it; CI runs as root
    let store = try CliStore()
    let id = DemoFamily.id(96)
    let owner: uid_t = 65534
    let chown = try CliRunner.run(
      ["/bin/chown", "-R", "\(owner):\(owner)", store.path], home: store.home)
    #expect(chown.status == 0, "\(chown)")
    try? FileManager.default.removeItem(atPath: store.file(".locks"))
    let decide = try store.tafel([
      "decide", id, "--outcome", "no-investigation", "--rationale", "Gaat goed.",
    ])
    #expect(decide.status == 0, "\(decide)")
    for relative in [StoreLayout.familyFile(id), ".locks", ".locks/family-\(id).lock"] {
      var info = stat()
      #expect(stat(store.file(relative), &info) == 0, "\(relative)")
      #expect(info.st_uid == owner, "\(relative) is owned by \(info.st_uid)")
    }
  }

  // MARK: 8 orphaned temporary files

  @Test("8: an orphaned temporary file is reported, removed by --fix and by the next write")
  func orphans() throws {
    let store = try CliStore()
    let id = DemoFamily.id(52)
    // In the shard of `id`: the next write there removes it.
    func orphan(_ id: String = id) throws -> String {
      let shard = StoreLayout.familyShard(id)
      let path = store.file("families/\(shard)/.tmp-\(id).json-4242-\(UUID().uuidString.prefix(6))")
      #expect(
        FileManager.default.createFile(
          atPath: path, contents: store.data(StoreLayout.familyFile(id))))
      // Two minutes before the kernel's stamp on it (the process clock may be moved).
      var info = stat()
      #expect(fstatat(AT_FDCWD, path, &info, 0) == 0)
      let old = timespec(tv_sec: info.st_mtim.tv_sec - 120, tv_nsec: 0)
      let times = [old, old]
      #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
      return path
    }
    let first = try orphan()
    let check = try store.tafel(["check"])
    #expect(check.status == 1, "\(check)")
    #expect(
      check.stdoutLines.contains { $0.hasPrefix(first + ":") && $0.contains("--fix") }, "\(check)")
    let fixed = try store.tafel(["check", "--fix"])
    #expect(fixed.status == 0, "\(fixed)")
    #expect(fixed.stdout.contains("1 temporary file removed"), "\(fixed)")
    #expect(!FileManager.default.fileExists(atPath: first))
    let second = try orphan(DemoFamily.id(96))
    let decide = try store.tafel([
      "decide", DemoFamily.id(96), "--outcome", "no-investigation", "--rationale", "Gaat goed.",
    ])
    #expect(decide.status == 0, "\(decide)")
    #expect(!FileManager.default.fileExists(atPath: second))
  }
}
