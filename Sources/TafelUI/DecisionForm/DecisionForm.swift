// The decision form's contents and focus: every field as a TextField (so
// nothing typed is ever thrown away), the outcome list, the agreement rows,
// Tab order, and the DecisionDraft the fields make. Saving, drafts and events
// live in DecisionFormOverlay; drawing in DecisionFormRendering.

import TafelCore
import TafelScreen

/// A place in the form the cursor can be in.
package enum DecisionFormField: Hashable, Sendable {
  case outcome
  case outcomeText
  case deadline
  case rationale
  case agreementWhat(Int)
  case agreementOwner(Int)
  case agreementDue(Int)
  /// The "add an agreement" line under the rows.
  case addAgreement
  case parentsView
  case childView
  case childNotHeard
  case dissent
  /// Why a correction is made (shown when the form corrects a decision).
  case correctionReason

  /// The agreement row this field belongs to, if any.
  package var agreementRow: Int? {
    switch self {
    case .agreementWhat(let row), .agreementOwner(let row), .agreementDue(let row): row
    default: nil
    }
  }
}

/// One agreement as three fields.
package struct AgreementFields: Hashable, Sendable {
  package var what: TextField
  package var owner: TextField
  package var due: TextField

  package init(_ draft: AgreementDraft = AgreementDraft()) {
    what = TextField(draft.what, multiline: false, wrapWidth: 40)
    owner = TextField(draft.owner, multiline: false, wrapWidth: 24)
    due = TextField(draft.due, multiline: false, wrapWidth: 10)
  }

  package var draft: AgreementDraft {
    AgreementDraft(what: what.text, owner: owner.text, due: due.text)
  }
}

package struct DecisionForm: Hashable, Sendable {
  package let familyID: String
  package var outcome: Outcome?
  package var outcomeText: TextField
  package var deadline: TextField
  package var rationale: TextField
  package var agreements: [AgreementFields]
  package var parentsView: TextField
  package var childView: TextField
  package var childNotHeard: TextField
  package var dissent: TextField
  package var correctionReason: TextField
  /// Carried into the draft untouched.
  package var present: [String]
  package var meeting: String?
  package var supersedes: String?
  package var focus: DecisionFormField = .outcome
  /// Whether a child of 12 or older is on the case (the child's view or a reason is required).
  package let childViewRequired: Bool
  /// Names offered for an agreement's owner: involved professionals, then family members.
  package let ownerChoices: [String]
  /// The professional id behind an offered name ("Sanne Jansen (LT)" → "P-0001"):
  /// a picked owner is stored as the id, as `tafel decide` stores it.
  package let ownerIDs: [String: String]
  /// The outcomes the region's table offers (store.json's settings), in
  /// order; follows the settings while the form is open.
  package internal(set) var outcomes: [Outcome]

  package init(
    familyID: String, draft: DecisionDraft = DecisionDraft(), childViewRequired: Bool = false,
    ownerChoices: [String] = [], ownerIDs: [String: String] = [:],
    outcomes: [Outcome] = Outcome.offered
  ) {
    self.familyID = familyID
    self.outcomes = outcomes
    self.childViewRequired = childViewRequired
    self.ownerChoices = ownerChoices
    self.ownerIDs = ownerIDs
    outcomeText = TextField(multiline: false)
    deadline = TextField(multiline: false, wrapWidth: 10)
    rationale = TextField()
    agreements = []
    parentsView = TextField()
    childView = TextField()
    childNotHeard = TextField()
    dissent = TextField()
    correctionReason = TextField()
    present = []
    load(draft)
  }

  /// A form for `family` on `today`: who may own an agreement, whether the child must be heard.
  package init(
    family: Family, directory: Directory, today: Day, draft: DecisionDraft = DecisionDraft(),
    settings: RegionSettings = RegionSettings()
  ) {
    let professionals = family.involvements.filter { $0.isActive(on: today) }.compactMap {
      directory.professional($0.professional)
    }
    var choices: [String] = []
    var ids: [String: String] = [:]
    for professional in professionals {
      let abbreviation =
        directory.organisation(professional.organisation)?.kind.abbreviation
        ?? professional.organisation
      let choice = "\(professional.name) (\(abbreviation))"
      if !choices.contains(choice) {
        choices.append(choice)
        ids[choice] = professional.id
      }
    }
    for member in family.members where member.role != .child || (member.age(on: today) ?? 0) >= 12 {
      if !choices.contains(member.name) { choices.append(member.name) }
    }
    self.init(
      familyID: family.id, draft: draft,
      childViewRequired: !family.childrenToHear(on: today).isEmpty,
      ownerChoices: choices, ownerIDs: ids, outcomes: settings.outcomes)
  }

  /// Puts a draft into the fields (restoring a draft, or prefilling a correction).
  package mutating func load(_ draft: DecisionDraft) {
    outcome = draft.outcome
    outcomeText.setText(draft.outcomeText)
    deadline.setText(draft.deadline)
    rationale.setText(draft.rationale)
    agreements = draft.agreements.map { agreement in
      var shown = agreement
      shown.owner = shownOwner(agreement.owner)
      return AgreementFields(shown)
    }
    parentsView.setText(draft.parentsView)
    childView.setText(draft.childView)
    childNotHeard.setText(draft.childNotHeard)
    dissent.setText(draft.dissent)
    correctionReason.setText(draft.correctionReason ?? "")
    present = draft.present
    meeting = draft.meeting
    supersedes = draft.supersedes
    focus = .outcome
  }

  /// The fields as a draft, every text exactly as typed.
  package var draft: DecisionDraft {
    var draft = DecisionDraft(
      outcome: outcome, outcomeText: outcomeText.text, deadline: deadline.text,
      rationale: rationale.text,
      agreements: agreements.map { fields in
        var agreement = fields.draft
        if let id = ownerIDs[agreement.owner.trimmed] { agreement.owner = id }
        return agreement
      },
      parentsView: parentsView.text, childView: childView.text,
      childNotHeard: childNotHeard.text, dissent: dissent.text, present: present,
      meeting: meeting, supersedes: supersedes)
    if supersedes != nil, !correctionReason.isEmpty {
      draft.correctionReason = correctionReason.text
    }
    return draft
  }

  // MARK: Which fields show, in Tab order

  package var showsOutcomeText: Bool { outcome == .other || !outcomeText.isEmpty }
  package var showsDeadline: Bool { outcome == .drang || !deadline.isEmpty }
  package var showsChildNotHeard: Bool { childViewRequired || !childNotHeard.isEmpty }

  package var fieldOrder: [DecisionFormField] {
    var order: [DecisionFormField] = [.outcome]
    if showsOutcomeText { order.append(.outcomeText) }
    if showsDeadline { order.append(.deadline) }
    order.append(.rationale)
    for row in agreements.indices {
      order += [.agreementWhat(row), .agreementOwner(row), .agreementDue(row)]
    }
    order += [.addAgreement, .parentsView, .childView]
    if showsChildNotHeard { order.append(.childNotHeard) }
    order.append(.dissent)
    if supersedes != nil { order.append(.correctionReason) }
    return order
  }

  package mutating func focusNext() { moveFocus(by: 1) }
  package mutating func focusPrevious() { moveFocus(by: -1) }

  private mutating func moveFocus(by step: Int) {
    let order = fieldOrder
    let index = order.firstIndex(of: focus) ?? 0
    focus = order[(index + step + order.count) % order.count]
  }

  /// The field a refusal names, so the cursor can go there.
  package func field(for refused: DecisionField) -> DecisionFormField {
    switch refused {
    case .outcome, .supersedes, .inForce, .meeting: .outcome
    case .outcomeText: .outcomeText
    case .deadline: .deadline
    case .rationale: .rationale
    case .agreements: agreements.isEmpty ? .addAgreement : .agreementWhat(0)
    case .agreementWhat(let row):
      agreements.indices.contains(row) ? .agreementWhat(row) : .addAgreement
    case .agreementDue(let row):
      agreements.indices.contains(row) ? .agreementDue(row) : .addAgreement
    case .childView: childView.isEmpty && !childNotHeard.isEmpty ? .childNotHeard : .childView
    }
  }

  // MARK: The text of the focused field

  /// The text field under the cursor; nil on the outcome list and the "add" line.
  package var focusedText: TextField? {
    get { textField(focus) }
    set { if let newValue { setTextField(focus, newValue) } }
  }

  package func textField(_ field: DecisionFormField) -> TextField? {
    switch field {
    case .outcome, .addAgreement: nil
    case .outcomeText: outcomeText
    case .deadline: deadline
    case .rationale: rationale
    case .agreementWhat(let row): agreements.indices.contains(row) ? agreements[row].what : nil
    case .agreementOwner(let row): agreements.indices.contains(row) ? agreements[row].owner : nil
    case .agreementDue(let row): agreements.indices.contains(row) ? agreements[row].due : nil
    case .parentsView: parentsView
    case .childView: childView
    case .childNotHeard: childNotHeard
    case .dissent: dissent
    case .correctionReason: correctionReason
    }
  }

  package mutating func setTextField(_ field: DecisionFormField, _ value: TextField) {
    switch field {
    case .outcome, .addAgreement: break
    case .outcomeText: outcomeText = value
    case .deadline: deadline = value
    case .rationale: rationale = value
    case .agreementWhat(let row):
      if agreements.indices.contains(row) { agreements[row].what = value }
    case .agreementOwner(let row):
      if agreements.indices.contains(row) { agreements[row].owner = value }
    case .agreementDue(let row): if agreements.indices.contains(row) { agreements[row].due = value }
    case .parentsView: parentsView = value
    case .childView: childView = value
    case .childNotHeard: childNotHeard = value
    case .dissent: dissent = value
    case .correctionReason: correctionReason = value
    }
  }

  // MARK: Editing

  /// Becoming a correction of `stored` (recorded meanwhile by someone else):
  /// its agreements and views are kept unless the chair removes them. An
  /// agreement is added when none of the form's says the same; a view the
  /// chair left empty takes the stored one. What the chair typed stays.
  package mutating func keep(from stored: Decision) {
    let typed = Set(agreements.map { $0.what.text.trimmed.lowercased() })
    for agreement in stored.agreements where !typed.contains(agreement.what.trimmed.lowercased()) {
      agreements.append(
        AgreementFields(
          AgreementDraft(
            what: agreement.what, owner: shownOwner(agreement.owner),
            due: agreement.due?.description ?? "")))
    }
    for (field, value) in [
      (\DecisionForm.parentsView, stored.parentsView), (\.childView, stored.childView),
      (\.childNotHeard, stored.childNotHeard), (\.dissent, stored.dissent),
    ] {
      if let value, self[keyPath: field].isEmpty { self[keyPath: field].setText(value) }
    }
  }

  /// An owner as the form shows it: an offered name for a professional's id.
  func shownOwner(_ owner: String) -> String {
    ownerIDs.first { $0.value == owner }?.key ?? owner
  }

  /// Picks an outcome; the fields it needs appear.
  package mutating func choose(_ chosen: Outcome) { outcome = chosen }

  /// Adds an empty agreement row and puts the cursor in it.
  package mutating func addAgreement() {
    agreements.append(AgreementFields())
    focus = .agreementWhat(agreements.count - 1)
  }

  /// Removes the agreement row under the cursor.
  package mutating func removeAgreement() {
    guard let row = focus.agreementRow, agreements.indices.contains(row) else { return }
    agreements.remove(at: row)
    focus = agreements.indices.contains(row) ? .agreementWhat(row) : .addAgreement
  }

  /// Steps the owner of an agreement through the offered names (↑/↓).
  package mutating func cycleOwner(row: Int, by step: Int) {
    guard agreements.indices.contains(row), !ownerChoices.isEmpty else { return }
    let current = ownerChoices.firstIndex(of: agreements[row].owner.text)
    let next: Int
    if let current {
      next = (current + step + ownerChoices.count) % ownerChoices.count
    } else {
      next = step > 0 ? 0 : ownerChoices.count - 1
    }
    agreements[row].owner.setText(ownerChoices[next])
  }

  /// Handles a key meant for the field under the cursor: outcome picking,
  /// owner picking, or text editing. False when the key is not for a field.
  package mutating func edit(_ key: Key) -> Bool {
    switch focus {
    case .outcome:
      let all = outcomes
      let index = outcome.flatMap { all.firstIndex(of: $0) }
      switch ActionTable.action(for: key, in: [.choice]) {
      case .choiceNext:
        choose(all[index.map { min($0 + 1, all.count - 1) } ?? 0])
      case .choicePrevious:
        choose(all[index.map { max($0 - 1, 0) } ?? 0])
      case .choiceFirst: choose(all[0])
      case .choiceLast: choose(all[all.count - 1])
      case .choiceNumber:
        guard case .character(let character) = key, let digit = character.wholeNumberValue,
          (1...all.count).contains(digit)
        else { return false }
        choose(all[digit - 1])
      default: return false
      }
      return true
    case .addAgreement:
      guard ActionTable.action(for: key, in: [.choice]) == .choiceAdd else { return false }
      addAgreement()
      return true
    case .agreementOwner(let row):
      // Up and down choose among the owners; left and right move in the text.
      if key == .up || key == .down,
        let action = ActionTable.action(for: key, in: [.choice])
      {
        cycleOwner(row: row, by: action == .choiceNext ? 1 : -1)
        return true
      }
      return editText(key)
    default:
      return editText(key)
    }
  }

  private mutating func editText(_ key: Key) -> Bool {
    guard var field = focusedText else { return false }
    let handled = field.handle(key)
    if handled { focusedText = field }
    return handled
  }
}
