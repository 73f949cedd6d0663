// `S` settles a value a sync kept two ways at the table: the box names the
// field in words and each value with who wrote it and when, and `1` or `2`
// asks the store to let that one stand.

import TafelCore
import TafelScreen
import TafelUI
import Testing

@Suite("Settling a sync conflict on the board")
struct ConflictOverlayTests {
  static func conflicted() -> Family {
    var family = BoardFixture.ozturk
    family.conflicts = [
      MergeConflict(
        path: ["plan", "director"], values: [.string("P-01"), .string("P-04")],
        base: .string("P-05"),
        sides: [
          MergeSide(by: "secretaris", at: Timestamp("2026-11-30T08:10:00Z")!),
          MergeSide(by: "coach", at: Timestamp("2026-11-30T08:20:00Z")!),
        ], at: Timestamp("2026-11-30T08:30:00Z")!)
    ]
    return family
  }

  @Test("S shows the field in words and both values by name; 2 asks for the second")
  func settleTheSecond() {
    let app = BoardFixture.app()
    _ = app.apply(.familyChanged(Self.conflicted()))
    #expect(app.handle(.character("S")).isEmpty)
    let screen = app.render(width: 120, height: 40).text
    #expect(screen.contains("Two values for the director after a sync. Which stands?"), "\(screen)")
    #expect(screen.contains("1 Sanne Jansen (secretaris, 2026-11-30 09:10)"), "\(screen)")
    #expect(screen.contains("2 Tom Hoekstra (coach, 2026-11-30 09:20)"), "\(screen)")
    #expect(screen.contains("Before the sync: Fatima el Idrissi"), "\(screen)")
    #expect(screen.split(separator: "\n").last?.contains("1/2 choose  Esc later") == true)
    #expect(app.handle(.character("3")).isEmpty, "there is no third value")
    #expect(
      app.handle(.character("2")) == [
        .resolveConflict(familyID: "FV-2026-0001", field: "plan.director", take: 2)
      ])
    #expect(!app.render(width: 120, height: 40).text.contains("Which stands?"))
  }

  @Test("Esc leaves it; a family with nothing to settle says so, in Dutch too")
  func nothingToSettle() {
    let app = BoardFixture.app(language: .nl)
    _ = app.apply(.familyChanged(Self.conflicted()))
    _ = app.handle(.character("S"))
    let dutch = app.render(width: 120, height: 40).text
    #expect(dutch.contains("Twee waarden voor de regisseur"))
    #expect(
      dutch.split(separator: "\n").last?.contains("1/2 kiezen  Esc later") == true, "\(dutch)")
    #expect(app.handle(.escape).isEmpty)
    #expect(!app.render(width: 120, height: 40).text.contains("Welke geldt?"))
    _ = app.handle(.down)  // Familie de Vries: nothing kept two ways
    #expect(app.handle(.character("S")).isEmpty)
    #expect(
      app.render(width: 120, height: 40).text.contains(
        "Niets te beslissen: geen waarde van dit gezin staat twee kanten op"))
  }
}
