// A read-only view of the board's state for overlays: the data, the language,
// privacy mode and which family is selected and which is under discussion.
// Overlays get one with every call, so they never hold stale copies.

import TafelCore
import TafelScreen

package struct BoardContext {
  package let data: BoardData
  package let language: Language
  package let privateMode: Bool
  /// The family selected in the agenda or family list.
  package let selectedFamilyID: String?
  /// The agenda item in progress, else the selected family: the one privacy mode names.
  package let discussedFamilyID: String?
  /// The decision selected in the decision log (what `c` corrects and `r` reads back).
  package let selectedDecisionID: String?
  package let user: String
  /// Ctrl-S first shows the decision as it will be stored (BoardOptions).
  package let readBackBeforeSaving: Bool

  package init(
    data: BoardData, language: Language, privateMode: Bool, selectedFamilyID: String?,
    discussedFamilyID: String?, selectedDecisionID: String? = nil, user: String,
    readBackBeforeSaving: Bool = true
  ) {
    self.readBackBeforeSaving = readBackBeforeSaving
    self.data = data
    self.language = language
    self.privateMode = privateMode
    self.selectedFamilyID = selectedFamilyID
    self.discussedFamilyID = discussedFamilyID
    self.selectedDecisionID = selectedDecisionID
    self.user = user
  }

  package var selectedFamily: Family? { selectedFamilyID.flatMap { data.families[$0] } }

  /// The selected family's agenda item in the meeting, if it has one.
  package var selectedAgendaItem: AgendaItem? {
    guard let id = selectedFamilyID else { return nil }
    return data.meeting?.items.first { $0.family == id }
  }

  /// Whether a family's names may be shown: always, except in privacy mode for
  /// every family other than the one under discussion.
  package func mayShowNames(of familyID: String) -> Bool {
    !privateMode || familyID == discussedFamilyID
  }

  /// The family's name as it may be shown now: its name, or its id and initials in privacy mode.
  package func familyLabel(id: String, name: String) -> String {
    mayShowNames(of: id) ? name : Privacy.label(id: id, name: name)
  }

  /// A member's name as it may be shown now (initials in privacy mode for other families).
  package func memberLabel(familyID: String, name: String) -> String {
    mayShowNames(of: familyID) ? name : Privacy.initials(of: name)
  }
}
