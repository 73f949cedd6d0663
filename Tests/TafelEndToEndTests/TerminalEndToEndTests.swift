// The terminal, done properly: refusals that are one line, terminals without
// colour, a non-UTF-8 locale, and a terminal that is restored whatever ends
// the board (q, Ctrl-C, SIGTERM, SIGHUP).
import Foundation
import TafelCore
import TafelStore
import Testing

@Suite("Terminal handling in tmux", .serialized, .timeLimit(.minutes(5)))
struct TerminalEndToEndTests {
  @Test("TERM=dumb and an unknown TERM exit 2 with one line")
  func unusableTerminals() throws {
    for term in ["dumb", "no-such-terminal"] {
      let run = try BoardRun(environment: ["TERM": term])
      let exit = try run.session.waitForExit()
      #expect(exit.status == 2)
      let screen = try run.session.screen()
      let lines = screen.split(separator: "\n").filter { $0.contains("tafel:") }
      #expect(lines.count == 1, "\(screen)")
      #expect(screen.contains("TERM=\(term)"))
    }
  }

  @Test("not a terminal: exit 2 with one line")
  func notATerminal() throws {
    let directory = try TemporaryDirectory()
    let home = directory.file("home")
    let store = try DemoStore.make(in: directory, home: home)
    let result = try ProcessRun.run(
      [try TafelBinary.path(), "board", "--store", store],
      environment: TmuxSession.pinnedEnvironment(home: home))
    #expect(result.status == 2)
    #expect(result.standardError.split(separator: "\n").count == 1, "\(result)")
    #expect(result.standardError.contains("tty"))
  }

  @Test("TERM=vt100 shows the board with attributes only")
  func vt100() throws {
    let run = try BoardRun(environment: ["TERM": "vt100"])
    try run.session.waitFor("Agenda")
    let styled = try run.session.screen(withEscapes: true)
    #expect(!TerminalEndToEndTests.hasColor(styled), "colour on a vt100:\n\(styled)")
    #expect(styled.contains("\u{1b}[7m") || styled.contains(";7m"), "no reverse video")
  }

  @Test("TERM=vt100 (no alternate screen): after q no name is left on the screen")
  func vt100LeavesACleanScreen() throws {
    let run = try BoardRun(environment: ["TERM": "vt100"])
    let agenda = try DemoAgenda.read(store: run.store)
    try run.session.waitFor(agenda.families[0].name)
    try run.session.send("q")
    let after = try run.session.waitFor("[exited 0")
    for family in agenda.families {
      #expect(!after.contains(family.name), "\(family.name) left on the screen:\n\(after)")
    }
    #expect(!after.contains("Agenda"), "\(after)")
  }

  /// Names of several code points per letter, and their widths as tmux
  /// measures them (printed in a pane, its cursor after each): Devanagari
  /// and Thai with vowel signs, a flag, a skin tone, a joined family.
  static let clusterNames: [(name: String, columns: Int)] = [
    ("शर्मा", 4), ("ศรีน้ำ", 4), ("🇳🇱", 2), ("👍🏽", 4), ("👩‍👩‍👧", 2),
  ]

  /// The column of `marker` in a captured line, each character counted as
  /// tmux drew it: the names above by their measured width, the rest one
  /// column each (the line holds no other wide text).
  static func column(of marker: String, in line: Substring) -> Int? {
    guard let end = line.range(of: marker)?.lowerBound else { return nil }
    var prefix = String(line[..<end])
    var columns = 0
    for (name, width) in clusterNames where prefix.contains(name) {
      prefix = prefix.replacingOccurrences(of: name, with: "")
      columns += width
    }
    return columns + prefix.count
  }

  @Test("names of several code points per letter arrive whole and keep the columns in line")
  func graphemeClusters() throws {
    let run = try BoardRun()
    let agenda = try DemoAgenda.read(store: run.store)
    try run.session.waitFor(agenda.families[0].name)
    var ids: [String] = []
    for (name, _) in Self.clusterNames {
      let made = try run.tafel([
        "family", "create", "--name", "Familie \(name)", "--municipality", "Ede",
      ])
      #expect(made.status == 0, "\(made)")
      let id = made.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
      ids.append(id)
      #expect(try run.tafel(["meeting", "add", agenda.meetingID, id]).status == 0)
    }
    // The board's agenda, live: every letter of every name, and the pane's
    // border where it is on the demo's own rows.
    let screen = try run.session.waitFor("the last name") {
      $0.contains("Familie " + Self.clusterNames.last!.name)
    }
    let rows = screen.split(separator: "\n")
    let plain = try #require(
      rows.first { $0.contains(agenda.families[0].name) && $0.contains("│") }, "\(screen)")
    let border = try #require(Self.column(of: "│", in: plain))
    for (name, _) in Self.clusterNames {
      let row = try #require(rows.first { $0.contains("Familie \(name) ") }, "\(name):\n\(screen)")
      #expect(Self.column(of: "│", in: row) == border, "\(name): \(row)")
      #expect(!row.contains("\u{200D} "), "a stray joiner: \(row)")
    }
    // `tafel family list` in the same terminal: the municipality column in line.
    let list = try TmuxSession(
      [try TafelBinary.path(), "family", "list", "--store", run.store], home: run.home)
    let printed = try list.waitFor("[exited 0")
    let lines = printed.split(separator: "\n")
    let edeColumns = Set(
      ids.compactMap { id in
        lines.first { $0.contains(id) }.flatMap { Self.column(of: " Ede ", in: $0) }
      })
    #expect(edeColumns.count == 1, "\(printed)")
    // A row of Latin letters only, one column each.
    let reference = try #require(
      lines.first { line in
        line.contains(" Ede ") && line.unicodeScalars.allSatisfy { $0.value < 0x0300 }
      })
    #expect(edeColumns.first == Self.column(of: " Ede ", in: reference), "\(printed)")
  }

  @Test("TERM=vt100: End and Home move in a list, never read as Esc (no marks thrown away)")
  func vt100Keys() throws {
    let run = try BoardRun(environment: ["TERM": "vt100"])
    let agenda = try DemoAgenda.read(store: run.store)
    try run.session.waitFor(agenda.families[0].name)
    try run.session.send("A")
    try run.session.waitFor("Present — ")
    try run.session.send("Space")
    try run.session.waitFor("[x] ")
    try run.session.send("End")
    try run.session.waitFor("the last add row selected") { $0.contains("▸ +   Other") }
    try run.session.send("Home")
    try run.session.send("End")
    let screen = try run.session.waitFor("the last add row again") { $0.contains("▸ +   Other") }
    #expect(!screen.contains("Throw away"), "\(screen)")
    #expect(screen.contains("[x] "), "\(screen)")
  }

  @Test("NO_COLOR=1 shows the board without colour")
  func noColor() throws {
    let run = try BoardRun(environment: ["NO_COLOR": "1"])
    try run.session.waitFor("Agenda")
    let styled = try run.session.screen(withEscapes: true)
    #expect(!TerminalEndToEndTests.hasColor(styled), "colour with NO_COLOR:\n\(styled)")
  }

  @Test("the theme's colours reach the screen")
  func colors() throws {
    let run = try BoardRun()
    try run.session.waitFor("Agenda")
    #expect(TerminalEndToEndTests.hasColor(try run.session.screen(withEscapes: true)))
  }

  @Test("LANG=C still draws Dutch diacritics and CJK aligned")
  func plainLocale() throws {
    let run = try BoardRun(environment: ["LANG": "C", "LC_ALL": "C"])
    let agenda = try DemoAgenda.read(store: run.store)
    // Waited for in one capture (a frame can be caught half written); a
    // garbled name never shows and the wait fails with the screen.
    let names = agenda.families.map(\.name)
    let screen = try run.session.waitFor("\(names) drawn whole") { screen in
      screen.contains("Agenda") && names.allSatisfy { screen.contains($0) }
    }
    // CJK aligned: every agenda row, the one with a Chinese name included,
    // has the agenda's right border at the same display column.
    let cjk = try #require(
      agenda.families.first { $0.name.unicodeScalars.contains { $0.value >= 0x4E00 } },
      "the demo agenda has a family with a CJK name")
    let rows = screen.split(separator: "\n").map(String.init).filter { line in
      agenda.families.contains { line.contains($0.name) } && line.contains("│")
    }
    let cjkRow = try #require(rows.first { $0.contains(cjk.name) }, "\(cjk.name) row:\n\(screen)")
    func border(_ row: String) -> Int { DisplayWidth.of(String(row.prefix { $0 != "│" })) }
    #expect(rows.count >= 3, "\(screen)")
    for row in rows {
      #expect(border(row) == border(cjkRow), "misaligned:\n\(cjkRow)\n\(row)")
    }
  }

  @Test("a broken or unknown theme: one warning line, and the board opens")
  func brokenTheme() throws {
    let directory = try TemporaryDirectory()
    let broken = directory.file("broken.json")
    try Data("{ \"roles\": { \"header\": { \"fg\": \"chartreuse\" } } }".utf8)
      .write(to: URL(fileURLWithPath: broken))
    for theme in [broken, "no-such-theme"] {
      let run = try BoardRun(["board", "--theme", theme])
      try run.session.waitFor("Agenda")
      // Said in the board too, on its notice line, not only behind it.
      let board = try run.session.waitFor("default theme")
      #expect(board.contains("Agenda"), "\(board)")
      try run.session.send("q")
      #expect(try run.session.waitForExit().status == 0)
      let lines = try run.session.screen().split(separator: "\n").filter { $0.contains("tafel:") }
      #expect(lines.count == 1, "\(lines)")
      #expect(lines.first?.contains("default theme") == true, "\(lines)")
    }
  }

  @Test("a terminal that goes away without a SIGHUP: the board exits instead of spinning")
  func terminalGoneWithoutHangUp() throws {
    // setsid: the pane's terminal is not the board's controlling terminal, so
    // closing the pane sends it no SIGHUP; its reads just fail.
    let run = try BoardRun(["board"], launcher: ["setsid"])
    try run.session.waitFor("Agenda")
    let pid = try run.session.commandProcessID()
    let name = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) ?? ""
    #expect(name.hasPrefix("tafel"), "the pane runs \(name)")
    run.session.close()
    func running() -> Bool {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
        return false
      }
      // The state follows the command name in parentheses; Z is a zombie.
      let state = stat.split(separator: ")").last?.split(separator: " ").first
      return state != "Z"
    }
    let deadline = Date().addingTimeInterval(5)
    while running() && Date() < deadline { usleep(50_000) }
    let stillRunning = running()
    if stillRunning { kill(pid, SIGKILL) }
    #expect(!stillRunning, "the board kept running after its terminal closed")
  }

  @Test("Ctrl-C, SIGTERM and SIGHUP restore the terminal")
  func signals() throws {
    for (signal, how) in [(SIGINT, "C-c"), (SIGTERM, ""), (SIGHUP, "")] {
      let run = try BoardRun()
      try run.session.waitFor("Agenda")
      if how.isEmpty {
        kill(try run.session.commandProcessID(), signal)
      } else {
        try run.session.send(how)
      }
      let exit = try run.session.waitForExit()
      #expect(exit.status == 128 + Int(signal))
      #expect(exit.terminal == "icanon echo")
      #expect(try run.session.value("#{alternate_on}") == "0")
    }
  }

  // How quickly Escape answers (ncurses' escape delay, set to 25 ms) is a
  // time, and no test asserts on the clock: it is the terminal's setting in
  // TafelTerminal/Terminal.swift. This test holds that a lone Escape, through
  // the real terminal, is taken as Escape and not as the start of a sequence.
  @Test("Escape alone closes the full-screen pane")
  func escapeAlone() throws {
    let run = try BoardRun()
    try run.session.waitFor("Agenda")
    try run.session.send("Tab")
    try run.session.send("Enter")
    try run.session.waitUntilGone("Agenda")
    try run.session.send("Escape")
    try run.session.waitFor("Agenda")
  }

  @Test("the terminals the issue names all show the board")
  func namedTerminals() throws {
    for term in ["xterm-256color", "tmux-256color", "screen-256color", "linux", "vt100"] {
      let run = try BoardRun(environment: ["TERM": term])
      try run.session.waitFor("Agenda")
      try run.session.send("q")
      let exit = try run.session.waitForExit()
      #expect(exit.status == 0, "TERM=\(term)")
      #expect(exit.terminal == "icanon echo", "TERM=\(term)")
    }
  }

  @Test("Ctrl-E in the decision form hands the terminal to $EDITOR and takes it back")
  func editorHandOver() throws {
    let scripts = try TemporaryDirectory()
    let editor = scripts.file("editor.sh")
    try Data("#!/bin/sh\nprintf 'written in the editor' > \"$1\"\n".utf8)
      .write(to: URL(fileURLWithPath: editor))
    chmod(editor, 0o755)
    let run = try BoardRun(environment: ["EDITOR": "/bin/sh " + editor, "VISUAL": ""])
    try run.session.waitFor("Agenda")
    try run.session.send("d")
    try run.session.waitFor("Rationale")
    try run.session.send("Tab")
    try run.session.send("C-e")
    try run.session.waitFor("written in the editor")
    #expect(try run.session.value("#{alternate_on}") == "1")
  }

  /// Whether a capture with escapes sets a foreground or background colour.
  static func hasColor(_ styled: String) -> Bool {
    let pattern = #"\x1b\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9;]*)?m"#
    return styled.range(of: pattern, options: .regularExpression) != nil
  }

  @Test("/ finds a family by a professional's name: the files are searched without a key waiting")
  func searchFindsAProfessional() throws {
    let run = try BoardRun()
    try run.session.waitFor("Agenda")
    let opened = try Store.open(run.store)
    let directory = try opened.directory()
    let lookup = DirectoryLookup(directory)
    // A professional of a demo family, by surname only.
    let family = try #require(
      try opened.familyIDs().map { try opened.family($0) }.first { !$0.involvements.isEmpty })
    let surname = try #require(
      lookup.name(ofProfessional: family.involvements[0].professional).split(separator: " ").last)
    try run.session.send("/")
    try run.session.waitFor("Filter")
    try run.session.send(String(surname), literal: true)
    // The match and the reason it matched, in one capture.
    try run.session.waitFor("\(family.id) found by professional") {
      $0.contains("professional: ") && $0.contains(family.id)
    }
    try run.session.send("Escape")
    try run.session.send("q")
    #expect(try run.session.waitForExit().status == 0)
  }
}
