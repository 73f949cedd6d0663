// docs/keys.md, written from the action table and the marker legend, so the
// document cannot drift from the keys (a test compares the two).

import Foundation
import TafelCore
import TafelScreen

package enum KeysDocument {
  package static func markdown() -> String {
    var text = """
      # Keys

      Every key of the board, from the one action table in
      `Sources/TafelUI/Keys/ActionTable.swift`; the footer and the `?` help overlay
      come from the same table. This file is generated: after changing a key, run
      `TAFEL_RECORD=1 swift test --filter KeysDocumentTests` and commit the result.

      Dutch help texts are shown on the board with `--lang nl`.

      """
    for context in ActionContext.allCases {
      let actions = ActionTable.all.filter { $0.context == context }
      guard !actions.isEmpty else { continue }
      text += "\n## \(context.title(.en))\n\n| keys | action | Dutch |\n|---|---|---|\n"
      for action in actions {
        let keys = action.keys.map { "`\(MarkdownText.inline($0.description))`" }.joined(
          separator: " ")
        text +=
          "| \(keys) | \(MarkdownText.inline(action.help(.en))) | \(MarkdownText.inline(action.help(.nl))) |\n"
      }
    }
    text += "\n## \(MarkerLegend.title(.en))\n\n"
    text += "Nothing on the board is said by colour alone; these characters carry the meaning.\n\n"
    text += "| marker | meaning | Dutch |\n|---|---|---|\n"
    let dutch = MarkerLegend.entries(.nl)
    for (index, entry) in MarkerLegend.entries(.en).enumerated() {
      let marker = entry.marker.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
      text +=
        "| \(marker) | \(MarkdownText.inline(entry.meaning)) | \(MarkdownText.inline(dutch[index].meaning)) |\n"
    }
    return text
  }

}
