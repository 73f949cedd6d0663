// One width function for every column: Dutch diacritics (also decomposed),
// CJK, emoji and controls, and truncation and padding by columns.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Display width")
struct DisplayWidthTests {
  @Test("columns per character kind")
  func widths() {
    #expect(DisplayWidth.of("Familie") == 7)
    #expect(DisplayWidth.of("Zoë") == 3)
    #expect(DisplayWidth.of("Öztürk") == 6)
    #expect(DisplayWidth.of("Danie\u{0308}lle") == 8)
    #expect(DisplayWidth.of("Daniëlle") == 8)
    #expect(DisplayWidth.of("陈美玲") == 6)
    #expect(DisplayWidth.of("🌻") == 2)
    #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
    // As the terminal counts, code point by code point (wcwidth, as tmux does).
    #expect(DisplayWidth.of("❤️") == 1)
    #expect(DisplayWidth.of("शर्मा") == 4)
    #expect(DisplayWidth.of("ศรีน้ำ") == 4)
    #expect(DisplayWidth.of("👍🏽") == 4)
    #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
    #expect(DisplayWidth.of("🇳🇱") == 2)
    #expect(DisplayWidth.of("a\u{7}b") == 2)
    #expect(DisplayWidth.of("\u{0301}") == 0)
    #expect(DisplayWidth.of("ｆｕｌｌ") == 8)
    #expect(DisplayWidth.of("─━│…") == 4)
  }

  @Test("truncation is by columns and ends in an ellipsis")
  func truncation() {
    #expect(DisplayWidth.truncate("Familie Öztürk", to: 20) == "Familie Öztürk")
    #expect(DisplayWidth.truncate("Familie Öztürk", to: 10) == "Familie Ö…")
    #expect(DisplayWidth.truncate("Familie 陈美玲", to: 10) == "Familie …")
    #expect(DisplayWidth.truncate("Familie 陈美玲", to: 11) == "Familie 陈…")
    #expect(DisplayWidth.truncate("Danie\u{0308}lle de Vries", to: 8) == "Danie\u{0308}ll…")
    #expect(DisplayWidth.truncate("🌻🌻🌻", to: 4) == "🌻…")
    #expect(DisplayWidth.truncate("abc", to: 0) == "")
  }

  @Test(
    "padding gives exactly the asked columns",
    arguments: [
      "Zoë", "Danie\u{0308}lle", "陈美玲", "Familie Bos 🌻", "👨‍👩‍👧 gezin", "Öztürk", "",
    ])
  func padding(text: String) {
    for columns in 0...16 {
      #expect(DisplayWidth.of(DisplayWidth.pad(text, to: columns)) == columns)
      #expect(DisplayWidth.of(DisplayWidth.padLeft(text, to: columns)) == columns)
    }
  }

  @Test("wrapping keeps every line within the width")
  func wrapping() {
    let text = "Stem van het kind ontbreekt: Zoë Öztürk — besluit D002 van 2026-10-12 陈美玲陈美玲陈美玲"
    for columns in [6, 10, 17, 30] {
      let lines = DisplayWidth.wrap(text, to: columns)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= columns })
      #expect(lines.joined(separator: " ").filter { $0 != " " } == text.filter { $0 != " " })
    }
  }
}
