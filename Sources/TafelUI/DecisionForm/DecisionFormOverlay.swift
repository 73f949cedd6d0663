// The decision form over the board (`d`, and `c` for a correction): keys go
// to the fields; Ctrl-S checks the rules and asks the loop to save; "Saved"
// shows only when the loop answers `.saved`. While the chair types, a draft
// goes to the store on every field change and every few seconds, and an
// earlier draft is offered back when the form opens.

import TafelCore
import TafelScreen

package final class DecisionFormOverlay: Overlay, OverlayOpening {
  package enum Phase: Equatable {
    case editing
    /// The decision read back as it will be stored; Ctrl-S stores it, Esc edits on.
    case reviewing
    /// A draft from an earlier session was found: restore or discard.
    case offeringDraft(DraftRecord)
    /// Esc with something typed: throw it away?
    case confirmingDiscard
    /// Waiting for the loop to write and fsync.
    case saving
    case saved(String)
  }

  /// Seconds between draft writes while typing (a field change writes at once).
  package static let draftInterval = 3

  package internal(set) var form: DecisionForm
  package internal(set) var phase: Phase = .editing
  /// The line under the fields: a refusal, "Saving…", "Saved …", a hint.
  package internal(set) var message: (text: String, role: StyleRole)?
  /// The draft the form opened with; Esc asks only when the fields differ from it.
  let initialDraft: DecisionDraft
  var lastWrittenDraft: DecisionDraft
  var lastWriteTime: Timestamp?
  var draftAsked = false
  var editorField: DecisionFormField?
  /// The first body line shown (the body scrolls to keep the cursor visible).
  var scroll = 0
  /// Set when the draft was read back and the store then asked for a correction.
  var reviewed = false
  /// The decision stored for this case meanwhile (another terminal, `tafel
  /// decide`) that this form now corrects: shown whole above the fields.
  package internal(set) var meanwhile: Decision?

  package init(form: DecisionForm) {
    self.form = form
    self.initialDraft = form.draft
    self.lastWrittenDraft = form.draft
  }

  /// A new decision for `family`.
  package convenience init(family: Family, context: BoardContext) {
    let meeting = context.data.meeting.flatMap { meeting in
      meeting.items.contains { $0.family == family.id } ? meeting : nil
    }
    let present =
      meeting?.items.first { $0.family == family.id }?.attendance.filter(\.present).map(\.name)
      ?? []
    self.init(
      form: DecisionForm(
        family: family, directory: context.data.directory, today: context.data.today,
        draft: DecisionDraft(present: present, meeting: meeting?.id),
        settings: context.data.info.settings))
  }

  /// A correction of `decision`: every field prefilled, superseding it.
  package convenience init(family: Family, correcting decision: Decision, context: BoardContext) {
    self.init(
      form: DecisionForm(
        family: family, directory: context.data.directory, today: context.data.today,
        draft: DecisionDraft(correcting: decision), settings: context.data.info.settings))
  }

  package var familyID: String { form.familyID }

  package var actionContext: ActionContext {
    switch phase {
    case .editing, .saving: .form
    case .reviewing: .review
    case .offeringDraft: .draftOffer
    case .confirmingDiscard: .confirm
    case .saved: .saved
    }
  }

  package var hasUnsavedWork: Bool {
    switch phase {
    case .saved: false
    default: form.draft != initialDraft
    }
  }

  package func frame(in area: Rect) -> Rect {
    area.centred(width: min(area.width, 112), height: area.height)
  }

  package func opened(context: BoardContext) -> [Request] {
    guard !draftAsked else { return [] }
    draftAsked = true
    return [.loadDraft(familyID: familyID)]
  }

  // MARK: Keys

  package func handle(_ key: Key, context: BoardContext) -> OverlayResult {
    if key == .resize || ActionTable.action(for: key, in: [.board]) == .redraw { return .pass }
    let opening = opened(context: context)
    let result = handleInPhase(key, context: context)
    guard !opening.isEmpty else { return result }
    switch result {
    case .stay(let requests): return .stay(opening + requests)
    case .close(let requests): return .close(opening + requests)
    default: return result
    }
  }

  private func handleInPhase(_ key: Key, context: BoardContext) -> OverlayResult {
    let language = context.language
    switch phase {
    case .offeringDraft(let record):
      switch ActionTable.action(for: key, in: [.draftOffer]) {
      // Only the answers the question names: a key typed before reading it
      // (an "r" in a word) must not restore someone's draft.
      case .draftRestore:
        form.load(record.draft)
        lastWrittenDraft = form.draft
        phase = .editing
        message = (language.pick("Draft restored.", "Concept teruggezet."), .success)
        return .stay([])
      case .draftDiscard:
        phase = .editing
        message = nil
        return .stay([.removeDraft(familyID: familyID)])
      default:
        return .stay([])
      }
    case .confirmingDiscard:
      switch ActionTable.action(for: key, in: [.confirm]) {
      case .confirmYes: return .close([.removeDraft(familyID: familyID)])
      case .confirmNo:
        phase = .editing
        message = nil
        return .stay([])
      default: return .stay([])
      }
    case .reviewing:
      switch ActionTable.action(for: key, in: [.review, .view]) {
      case .reviewStore:
        phase = .saving
        message = (language.pick("Saving…", "Bewaren…"), .dim)
        return .stay([.saveDecision(familyID: familyID, draft: form.draft)])
      case .reviewBack:
        phase = .editing
        message = nil
        return .stay([])
      case .scrollUp: scroll = max(0, scroll - 1)
      case .scrollDown: scroll += 1
      case .scrollPageUp: scroll = max(0, scroll - 10)
      case .scrollPageDown: scroll += 10
      case .scrollTop: scroll = 0
      // Rendering clamps the offset to the last page.
      case .scrollBottom: scroll = Int.max / 2
      default: break
      }
      return .stay([])
    case .saving:
      return .stay([])
    case .saved(let id):
      switch ActionTable.action(for: key, in: [.saved]) {
      case .savedReadBack:
        return .replace(ReadBackOverlay(familyID: familyID, decisionID: id), [])
      case .savedClose:
        return .close([])
      default:
        return .stay([])
      }
    case .editing:
      return handleEditing(key, context: context)
    }
  }

  private func handleEditing(_ key: Key, context: BoardContext) -> OverlayResult {
    let now = context.data.now
    // Enter moves on only from a one-line field or the outcome; in a text of
    // several lines it is the field's own new line, and on the + row it adds.
    let fieldTakesEnter =
      key == .enter && ((form.focusedText?.multiline ?? false) || form.focus == .addAgreement)
    switch fieldTakesEnter ? nil : ActionTable.action(for: key, in: [.form]) {
    case .formSave:
      return .stay(save(context: context))
    case .formNextField:
      form.focusNext()
      message = nil
      return .stay(draftIfChanged(now: now))
    case .formPreviousField:
      form.focusPrevious()
      message = nil
      return .stay(draftIfChanged(now: now))
    case .formCancel:
      guard form.draft != initialDraft else { return .close([]) }
      phase = .confirmingDiscard
      return .stay(draftIfChanged(now: now))
    case .formEditor:
      guard let field = form.focusedText else { return .stay([]) }
      editorField = form.focus
      return .stay([.editText(field.text)])
    case .formAddRow:
      form.addAgreement()
      return .stay(draftIfChanged(now: now))
    case .formRemoveRow:
      form.removeAgreement()
      return .stay(draftIfChanged(now: now))
    default:
      let before = form.outcome
      if form.edit(key), form.outcome != before {
        // Choosing an outcome is a field change: it is written at once.
        return .stay(draftIfChanged(now: now))
      }
      return .stay([])
    }
  }

  /// Checks the rules; a refusal names its field and moves the cursor there.
  private func save(context: BoardContext) -> [Request] {
    let draft = form.draft
    if let family = context.data.families[familyID],
      let refusal = family.refusals(
        of: draft, today: context.data.today, settings: context.data.info.settings
      ).first
    {
      show(refusal, context: context)
      return draftIfChanged(now: context.data.now)
    }
    // Read back before it is permanent: the record is append-only, so the
    // chair sees it as it will be stored and stores it with a second Ctrl-S.
    if context.readBackBeforeSaving, !reviewed {
      phase = .reviewing
      scroll = 0
      message = (
        context.language.pick(
          "Read it back: Ctrl-S stores it as shown · Esc goes back to editing",
          "Lees het voor: Ctrl-S bewaart het zo · Esc gaat terug naar bewerken"), .warning
      )
      return draftIfChanged(now: context.data.now)
    }
    phase = .saving
    message = (context.language.pick("Saving…", "Bewaren…"), .dim)
    return [.saveDecision(familyID: familyID, draft: draft)]
  }

  private func show(_ refusal: DecisionRefusal, context: BoardContext, fromStore: Bool = false) {
    let language = context.language
    message = (language.pick(refusal.english, refusal.dutch), .error)
    form.focus = form.field(for: refusal.field)
    // Another decision for this case was stored since the form opened (in
    // another terminal or by `tafel decide`): never two in force. The form
    // says which, and a second Ctrl-S stores this one as its correction.
    if case .inForce(let standing) = refusal.field {
      // Read back already when the store refused it: the next Ctrl-S stores it.
      if fromStore { reviewed = true }
      offerCorrection(of: standing, context: context)
    }
  }

  /// Turns the form into a correction of `standing`, stored meanwhile for this
  /// case at this meeting, and says so in one line that fits.
  private func offerCorrection(of standing: String, context: BoardContext, family: Family? = nil) {
    let language = context.language
    form.supersedes = standing
    let short = Decision.shortID(standing, family: familyID)
    let found = (family ?? context.data.families[familyID])?.decision(standing)
    // Its agreements and views are kept (a correction that dropped them
    // would drop another person's work unseen), and it is shown whole.
    if let found, meanwhile?.id != found.id {
      meanwhile = found
      form.keep(from: found)
      scroll = 0
    }
    // The title says "Correct …" and the block above the fields shows the
    // decision with who and when; this line says what the keys do, short
    // enough for 80 columns.
    message = (
      language.pick(
        "\(short) stored meanwhile: Ctrl-S corrects it · Esc: nothing stored",
        "\(short) intussen bewaard: Ctrl-S verbetert het · Esc: niets bewaard"),
      .warning
    )
  }

  /// A draft write when the fields changed since the last one.
  private func draftIfChanged(now: Timestamp) -> [Request] {
    let draft = form.draft
    guard draft != lastWrittenDraft else { return [] }
    lastWrittenDraft = draft
    lastWriteTime = now
    let record = DraftRecord(family: familyID, savedAt: now, draft: draft)
    return [.saveDraft(record)]
  }

  // MARK: Events

  package func apply(_ event: Event, context: BoardContext) -> OverlayResult {
    let language = context.language
    switch event {
    case .saved(let id):
      guard phase == .saving else { return .stay([]) }
      phase = .saved(id)
      message = (
        language.pick(
          "Saved \(id). r reads it back · Esc closes", "Bewaard \(id). r leest voor · Esc sluit"),
        .success
      )
      // Saved all the same; the chair is told that the minutes will say so.
      if let item = context.data.meeting?.items.first(where: { $0.family == familyID }),
        !item.attendanceTaken
      {
        message = (
          language.pick(
            "Saved \(id); attendance not taken (A) · r read back · Esc",
            "\(id) bewaard; aanwezigheid niet vastgelegd (A) · r voorlezen · Esc"),
          .warning
        )
      }
      return .stay([.removeDraft(familyID: familyID)])
    case .decisionRefused(let refusal):
      phase = .editing
      show(refusal, context: context, fromStore: true)
      return .stay([])
    case .familyChanged(let family) where family.id == familyID:
      // Another terminal stored a decision for this case at this meeting while
      // the form is open: say so now, not only at Ctrl-S.
      if phase == .editing || phase == .reviewing, form.supersedes == nil,
        let meeting = form.meeting, let standing = family.inForce(at: meeting)
      {
        phase = .editing
        offerCorrection(of: standing.id, context: context, family: family)
      }
      return .stay([])
    case .refused(let text):
      if phase == .saving { phase = .editing }
      message = (text, .error)
      return .stay([])
    case .edited(let text):
      guard let field = editorField, var textField = form.textField(field) else { return .stay([]) }
      editorField = nil
      textField.setText(text)
      form.setTextField(field, textField)
      form.focus = field
      return .stay(draftIfChanged(now: context.data.now))
    case .draft(let id, let record):
      guard id == familyID, phase == .editing, let record,
        record.draft != form.draft, record.draft != DecisionDraft()
      else { return .stay([]) }
      phase = .offeringDraft(record)
      return .stay([])
    case .tick(let now):
      var requests = opened(context: context)
      switch phase {
      case .editing, .confirmingDiscard:
        let due = lastWriteTime.map { now.seconds - $0.seconds >= Self.draftInterval } ?? true
        if due { requests += draftIfChanged(now: now) }
      default: break
      }
      return .stay(requests)
    default:
      return .stay([])
    }
  }

  // MARK: Drawing

  package func render(into grid: inout CellGrid, area: Rect, context: BoardContext) {
    DecisionFormRendering.render(self, into: &grid, area: area, context: context)
  }
}

/// Overlays that have something to ask the loop the moment they open (the
/// decision form asks for a stored draft). BoardApp calls `opened` right
/// after pushing one; overlays also ask on their first key or tick, so
/// nothing is lost if it does not.
package protocol OverlayOpening: AnyObject {
  func opened(context: BoardContext) -> [Request]
}
