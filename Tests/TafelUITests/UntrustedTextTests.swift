// Random bytes, control characters and bidirectional overrides, fed through
// every text the program draws or writes from data: the board's cell grid at
// several sizes, the minutes in Markdown and HTML, the timeline and the
// sanitiser itself. None may let a raw control character out.

import TafelDemo
import TafelScreen
import Testing

@testable import TafelCore
@testable import TafelUI

@Suite struct UntrustedTextTests {
  /// Characters an attacker would try, and ordinary ones between them.
  static let alphabet: [Unicode.Scalar] =
    (0x00...0x1F).map { Unicode.Scalar($0)! } + [
      "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{202A}", "\u{202B}", "\u{202C}",
      "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{2028}",
      "\u{2029}", "a", "Z", " ", "|", "*", "<", "&", "#", "é", "王", "🌻", "[", "]", ";",
    ]

  static func hostile(_ random: inout SplitMix64) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 1...40, using: &random) {
      text.append(alphabet[Int.random(in: 0..<alphabet.count, using: &random)])
    }
    return String(text)
  }

  static func leaks(_ text: String, allowingLineBreaks: Bool = true) -> Unicode.Scalar? {
    text.unicodeScalars.first {
      Sanitized.isControl($0) && !(allowingLineBreaks && ($0 == "\n" || $0 == "\t"))
    }
  }

  @Test func theSanitiserLetsNoControlCharacterThrough() {
    var random = SplitMix64(seed: 12)
    for _ in 0..<2_000 {
      let text = Self.hostile(&random)
      #expect(Self.leaks(Sanitized.line(text), allowingLineBreaks: false) == nil)
      #expect(Self.leaks(Sanitized.text(text)) == nil)
      #expect(Self.leaks(Sanitized.json(text).replacingOccurrences(of: "\n", with: "")) == nil)
      #expect(!DisplayWidth.pad(text, to: 30).contains("\n"))
    }
  }

  @Test func theBoardAndTheMinutesLetNoControlCharacterThrough() {
    var random = SplitMix64(seed: 7)
    for round in 0..<40 {
      var data = BoardFixture.data()
      var family = data.families["FV-2026-0001"]!
      family.name = Self.hostile(&random)
      family.municipality = Self.hostile(&random)
      for index in family.members.indices { family.members[index].name = Self.hostile(&random) }
      for index in family.decisions.indices {
        family.decisions[index].rationale = Self.hostile(&random)
        family.decisions[index].parentsView = Self.hostile(&random)
      }
      for index in family.plan.actions.indices {
        family.plan.actions[index].what = Self.hostile(&random)
      }
      data.families[family.id] = family
      data.directory.organisations[0].name = Self.hostile(&random)
      let app = BoardApp(data: data, options: BoardOptions(user: "test"))
      for (width, height) in [(80, 24), (120, 40), (200, 60)] {
        let text = app.render(width: width, height: height).text
        #expect(Self.leaks(text) == nil, "round \(round) at \(width)×\(height)")
      }
      // The decision log, full screen, and the read-back.
      _ = app.handle(.character("4"))
      _ = app.handle(.enter)
      #expect(Self.leaks(app.render(width: 120, height: 40).text) == nil, "round \(round)")

      let input = MinutesInput(
        meeting: data.meeting!, families: data.families, directory: data.directory,
        region: Self.hostile(&random), zone: .amsterdam)
      #expect(Self.leaks(Minutes.markdown(input)) == nil, "round \(round) Markdown")
      #expect(Self.leaks(Minutes.html(input)) == nil, "round \(round) HTML")
      let timeline = Timeline.build(family: family, directory: data.directory)
      #expect(Self.leaks(timeline.markdown(language: .en)) == nil, "round \(round) timeline")
    }
  }
}
