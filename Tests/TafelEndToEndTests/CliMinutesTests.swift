// `tafel minutes`: the demo's past meeting in Markdown and HTML, a correction
// shown with the decision it corrects, escaping, --family, --output, and the
// one-line refusals.

import Foundation
import TafelCore
import Testing

@Suite("tafel minutes")
struct CliMinutesTests {
  /// The latest demo meeting before today: decided cases with decisions.
  static func pastMeeting(_ store: CliStore) throws -> Meeting {
    let today = CliRunner.today
    let id = try #require(
      store.ids("meetings").filter { (Meeting.date(fromID: $0) ?? today) < today }.last)
    return try store.meeting(id)
  }

  @Test("markdown of the past meeting: every case, decision, rationale and agreement")
  func markdown() throws {
    let store = try CliStore()
    let meeting = try Self.pastMeeting(store)
    let result = try store.tafel(["minutes", meeting.id])
    #expect(result.status == 0, "\(result)")
    let text = result.stdout
    #expect(text.hasPrefix("# Minutes of the youth protection table"))
    var decisions = 0
    for item in meeting.items {
      let family = try store.family(item.family)
      #expect(text.contains("## "), "\(item.family)")
      #expect(text.contains(family.name))
      for decision in family.decisions where decision.meeting == meeting.id {
        decisions += 1
        #expect(text.contains(decision.id))
        #expect(text.contains(decision.rationaleHeadline.prefix(30)))
        for agreement in decision.agreements { #expect(text.contains(agreement.what.prefix(25))) }
        if let view = decision.parentsView { #expect(text.contains(view.prefix(25))) }
      }
      for attendee in item.attendance where attendee.present {
        #expect(text.contains(attendee.name), "\(attendee.name)")
      }
    }
    #expect(decisions > 0)
    #expect(!text.contains("<"), "plain Markdown, no HTML")
  }

  @Test("html of the past meeting: one self-contained A4 file with every case")
  func html() throws {
    let store = try CliStore()
    let meeting = try Self.pastMeeting(store)
    let result = try store.tafel(["minutes", meeting.id, "--format", "html", "--lang", "nl"])
    #expect(result.status == 0, "\(result)")
    let html = result.stdout
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<html lang=\"nl\">"))
    #expect(html.contains("@page { size: A4"))
    #expect(html.contains("<style>"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("src="))
    #expect(!html.contains("<link"))
    #expect(html.contains("Verslag jeugdbeschermingstafel"))
    for item in meeting.items {
      #expect(html.contains(MinutesHTMLExpect.escape(try store.family(item.family).name)))
    }
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test("a correction is shown next to the decision it corrects; typed text is escaped")
  func correctionAndEscaping() throws {
    let store = try CliStore()
    let meeting = "JBT-\(CliRunner.today)"
    let familyID = try #require(try store.meeting(meeting).items.first?.family)
    let common = ["--child-not-heard", "Niet gevraagd.", "--meeting", meeting]
    let first = try store.tafel(
      [
        "decide", familyID, "--outcome", "no-investigation", "--rationale",
        "<b>Vet</b> & \"zo\"\n# geen kop",
      ]
        + common)
    #expect(first.status == 0, "\(first)")
    let firstID = first.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let second = try store.tafel(
      [
        "decide", familyID, "--outcome", "investigation", "--rationale", "Toch onderzoek.",
        "--supersedes", firstID,
      ]
        + common)
    #expect(second.status == 0, "\(second)")
    let secondID = second.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

    let markdown = try store.tafel(["minutes", meeting, "--family", familyID]).stdout
    #expect(markdown.contains("Corrected by decision \(secondID)"))
    #expect(markdown.contains("Corrects decision \(firstID)"))
    #expect(markdown.contains("\\<b\\>Vet\\</b\\>"))
    #expect(markdown.contains("\n\\# geen kop"))
    let html = try store.tafel(["minutes", meeting, "--family", familyID, "--format", "html"])
      .stdout
    #expect(html.contains("&lt;b&gt;Vet&lt;/b&gt; &amp; &quot;zo&quot;"))
    #expect(!html.contains("<b>Vet"))
    #expect(html.contains("Corrected by decision \(secondID)"))
  }

  @Test("a Dutch LANG gives Dutch minutes; --lang overrides it")
  func languageFromEnvironment() throws {
    let store = try CliStore()
    let meeting = try Self.pastMeeting(store)
    let dutch = try store.tafel(["minutes", meeting.id], environment: ["LANG": "nl_NL.UTF-8"])
    #expect(dutch.status == 0, "\(dutch)")
    #expect(dutch.stdout.hasPrefix("# Verslag jeugdbeschermingstafel"))
    #expect(dutch.stdout.contains("### Besluit "))
    #expect(dutch.stdout.contains("**Afspraken:**"))
    let english = try store.tafel(
      ["minutes", meeting.id, "--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"])
    #expect(english.stdout.hasPrefix("# Minutes of the youth protection table"))
  }

  @Test("--family keeps every other family out")
  func oneFamily() throws {
    let store = try CliStore()
    let meeting = try Self.pastMeeting(store)
    let chosen = try #require(meeting.items.first?.family)
    let result = try store.tafel(["minutes", meeting.id, "--family", chosen])
    #expect(result.status == 0, "\(result)")
    for item in meeting.items where item.family != chosen {
      #expect(!result.stdout.contains(item.family))
      #expect(!result.stdout.contains(try store.family(item.family).name))
    }
  }

  @Test("--output writes the same bytes atomically with mode 0600")
  func output() throws {
    let store = try CliStore()
    let meeting = try Self.pastMeeting(store)
    let target = store.scratch.file("verslag.html")
    let written = try store.tafel(["minutes", meeting.id, "--format", "html", "--output", target])
    #expect(written.status == 0, "\(written)")
    #expect(written.stdout.isEmpty)
    let printed = try store.tafel(["minutes", meeting.id, "--format", "html"])
    #expect(FileManager.default.contents(atPath: target) == printed.stdoutData)
    #expect(try cliMode(target) == 0o600)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.scratch.path)
      .filter { $0.hasPrefix(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test("unknown meeting, family not on the agenda, bad format: one line, exit 1 or 2")
  func badInput() throws {
    let store = try CliStore()
    let unknown = try store.tafel(["minutes", "JBT-1999-01-01"])
    #expect(unknown.status == 1)
    #expect(unknown.stderrLines == ["tafel: unknown meeting: JBT-1999-01-01"])
    #expect(unknown.stdout.isEmpty)
    let meeting = try Self.pastMeeting(store)
    let absent = try store.tafel(["minutes", meeting.id, "--family", DemoFamily.id(96)])
    #expect(absent.status == 1)
    #expect(absent.stderrLines.count == 1)
    #expect(absent.stderr.contains(DemoFamily.id(96)))
    let format = try store.tafel(["minutes", meeting.id, "--format", "pdf"])
    #expect(format.status == 2)
    #expect(format.stderrLines.count == 1)
    let directory = try store.tafel(["minutes", meeting.id, "--output", store.scratch.path])
    #expect(directory.status == 1)
    #expect(directory.stderr.contains(store.scratch.path))
  }
}

/// The HTML escaping the minutes must apply, written out independently of TafelCore's.
enum MinutesHTMLExpect {
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&#39;")
  }
}
