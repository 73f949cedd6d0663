// The printed record looked at as a reader holds it: the minutes and the
// export made by the real binary, printed to PDF by a CSS print engine
// (WeasyPrint) and read back page by page (pdftotext). These two tools are
// 450 MB with their Python stack, so the README's test command does not
// install them: where they are missing, this suite is skipped and says so.
// (docs/decisions/who-saw-what.md, decision of 2026-12-07.)

import Foundation
import Testing

@testable import TafelCore

enum PrintTools {
  static let available =
    ["weasyprint", "pdftotext"].allSatisfy { tool in
      ((ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":"))
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }
}

@Suite(
  "the printed record on A4 pages", .serialized,
  .enabled(if: PrintTools.available, "needs weasyprint and pdftotext (poppler-utils)"))
struct PrintedRecordTests {
  /// The pages of `html` printed to PDF, each page's text as laid out.
  func pages(_ html: String, in store: CliStore, name: String) throws -> [String] {
    let source = store.scratch.file(name + ".html")
    let pdf = store.scratch.file(name + ".pdf")
    try Data(html.utf8).write(to: URL(fileURLWithPath: source))
    let printed = try CliRunner.run(
      ["/usr/bin/env", "weasyprint", source, pdf], home: store.home)
    #expect(printed.status == 0, "\(printed)")
    let text = try CliRunner.run(
      ["/usr/bin/env", "pdftotext", "-layout", pdf, "-"], home: store.home)
    #expect(text.status == 0, "\(text)")
    return text.stdout.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(
      String.init
    ).filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
  }

  @Test("page 1 of the minutes holds case 1, and a 449-letter word arrives whole")
  func minutes() throws {
    let store = try CliStore()
    let meeting = try #require(
      try store.tafel(["meeting", "list"]).stdoutLines.first { $0.contains("7 cases") }?.split(
        separator: " "
      ).first.map(String.init))
    let family = try #require(try store.meeting(meeting).items.first?.family)
    let word = "Lang" + String(repeating: "woord", count: 89)
    // A case longer than what is left of page 1 (kept whole, it went to page 2).
    let discussion = (1...40).map { "Punt \($0): de tafel bespreekt wat er is gebeurd." }
      .joined(separator: "\n")
    let decided = try store.tafel([
      "decide", family, "--meeting", meeting, "--outcome", "no-investigation", "--rationale",
      "Begin \(word) einde\n" + discussion, "--parents-view", "eens", "--child-not-heard", "ziek",
    ])
    #expect(decided.status == 0, "\(decided)")
    let html = try store.tafel(["minutes", meeting, "--format", "html"])
    let pages = try pages(html.stdout, in: store, name: "minutes")
    let first = try #require(pages.first)
    #expect(first.contains("1. Familie"), "page 1 is empty under the header:\n\(first)")
    let all = pages.joined().replacingOccurrences(of: "\n", with: "")
      .replacingOccurrences(of: " ", with: "")
    #expect(all.contains(word), "the long word lost letters on the page")
    // Nothing runs off the page: A4 at 11pt holds about 90 characters a line.
    let widest = pages.flatMap { $0.split(separator: "\n") }.map(\.count).max() ?? 0
    #expect(widest < 110, "a line of \(widest) characters")
  }

  @Test("the export's route keeps each step's date and days on its own line")
  func exportRoute() throws {
    let store = try CliStore()
    let family = DemoFamily.id(12)
    let html = try store.tafel(["export", family, "--format", "html", "--lang", "en"])
    #expect(html.status == 0, "\(html)")
    let text = try pages(html.stdout, in: store, name: "export").joined()
    let route = try #require(text.range(of: "Route")).upperBound
    let rows = text[route...].split(separator: "\n").prefix(20)
    let steps = rows.filter { $0.trimmingCharacters(in: .whitespaces).first?.isNumber == true }
    #expect(steps.count >= 4, "\(rows.joined(separator: "\n"))")
    // A row that starts with a date ends with its days (the first has none).
    for step in steps.dropFirst() {
      #expect(step.range(of: #"\+\d+\s*$"#, options: .regularExpression) != nil, "\(step)")
    }
  }
}
