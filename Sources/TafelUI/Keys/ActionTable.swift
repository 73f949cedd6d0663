// The one table of actions: each has an id, its default keys, where it works,
// a short footer hint and a help line in English and Dutch. The footer, the
// `?` help overlay and docs/keys.md are all made from this table (a test keeps
// docs/keys.md equal to it), so a key is documented the moment it exists.

import TafelCore
import TafelScreen

package enum ActionID: String, CaseIterable, Sendable {
  // Everywhere on the board
  case help, quit, privacy, redraw, filter, nextPane, previousPane
  // Lists: the agenda and every pane
  case up, down, left, right, pageUp, pageDown, home, end, open, back, click
  // Meeting mode, on the selected agenda item
  case nextCase, previousCase, startCase, adjourn, attendance, requestView, decide, readBack
  case rvdkDecision
  case correct, history, editPart, closeMeeting
  // The filter
  case filterChoose, filterCancel, filterUp, filterDown, filterPageUp, filterPageDown, filterClear
  // Overlays that only look (help, read-back, request, history)
  case closeOverlay, scrollDown, scrollUp, scrollPageDown, scrollPageUp, scrollTop, scrollBottom
  // Questions
  case confirmYes, confirmNo, confirmOther
  /// Settling a value a sync kept two ways (ConflictOverlay).
  case settle, settleTake, settleCancel
  /// Who is at the keyboard, asked when the demo board opens (KeyboardOverlay).
  case keyboardTake, keyboardKeep
  // A draft offered when the decision form opens
  case draftRestore, draftDiscard
  // The decision form
  case formSave, formNextField, formPreviousField, formCancel, formEditor, formAddRow
  case formRemoveRow, choiceNext, choicePrevious, choiceFirst, choiceLast, choiceNumber, choiceAdd
  // The help
  case helpClose
  // The decision read back before it is stored, and just after
  case reviewStore, reviewBack, savedReadBack, savedClose
  // Adjourning a case
  case adjournSave, adjournOtherField, adjournChooseMeeting, adjournCancel
  case rvdkSave, rvdkNextField, rvdkChooseAnswer, rvdkCancel
  // Attendance
  case attendanceUp, attendanceDown, attendanceFirst, attendanceLast, attendanceSave
  case attendanceCancel, formToggle, formRemoveEntry
  // Typing in a text field (letters and pasted text are typed as they are)
  case textNewline, textBackspace, textDelete, textLeft, textRight, textUp, textDown, textHome
  case textEnd
}

/// Where an action works; the footer shows the actions of the context with focus.
package enum ActionContext: String, CaseIterable, Sendable {
  case board
  case list
  case meeting
  case fullScreen
  case filter
  case view
  case help
  case confirm
  case draftOffer
  case form
  case choice
  case review
  case saved
  case adjourn
  case rvdk
  case attendance
  case settle
  case keyboard
  case text

  package func title(_ language: Language) -> String {
    switch self {
    case .board: language.pick("Everywhere on the board", "Overal op het bord")
    case .list: language.pick("Agenda and panes", "Agenda en vensters")
    case .meeting: language.pick("Meeting (selected case)", "Vergadering (gekozen casus)")
    case .fullScreen: language.pick("Pane full screen", "Venster schermvullend")
    case .filter: language.pick("Filter", "Filter")
    case .view:
      language.pick(
        "Help, read-back, request, history (scrolling also before storing)",
        "Help, voorlezen, verzoek, tijdlijn (scrollen ook vóór vastleggen)")
    case .confirm: language.pick("Questions", "Vragen")
    case .draftOffer:
      language.pick("A draft offered when the form opens", "Een concept aangeboden bij openen")
    case .form: language.pick("Decision form", "Besluitformulier")
    case .choice:
      language.pick(
        "Decision form: the outcome, an owner, the + row",
        "Besluitformulier: de uitkomst, een eigenaar, de +-regel")
    case .help: language.pick("The help", "De hulp")
    case .review:
      language.pick("Read back before storing", "Voorlezen vóór vastleggen")
    case .saved: language.pick("Decision stored", "Besluit vastgelegd")
    case .adjourn: language.pick("Adjourning a case", "Een casus aanhouden")
    case .rvdk: language.pick("The RvdK's decision", "Besluit van de RvdK")
    case .attendance: language.pick("Attendance", "Aanwezigheid")
    case .settle:
      language.pick(
        "Settling a value a sync kept two ways", "Een waarde na synchronisatie beslissen")
    case .keyboard:
      language.pick(
        "Who is at the keyboard (the demo board asks)",
        "Wie zit er aan het toetsenbord (het demobord vraagt het)")
    case .text:
      language.pick(
        "Typing in a field (letters and pasted text are typed as they are)",
        "Typen in een veld (letters en geplakte tekst worden getypt zoals ze zijn)")
    }
  }
}

package struct Action: Sendable {
  package let id: ActionID
  package let keys: [Key]
  package let context: ActionContext
  /// A word or two for the footer; empty when the action stays out of the footer.
  package let hintEnglish: String
  package let hintDutch: String
  /// One line for the help overlay and docs/keys.md.
  package let helpEnglish: String
  package let helpDutch: String

  package func hint(_ language: Language) -> String { language.pick(hintEnglish, hintDutch) }
  package func help(_ language: Language) -> String { language.pick(helpEnglish, helpDutch) }

  /// The keys as written in the help: "↑ k".
  package var keyNames: String {
    // A run of digits (1 to 9) is written as its range.
    let names = keys.map(\.description)
    if names.count > 3, names.allSatisfy({ $0.count == 1 && $0.first!.isNumber }) {
      return names.first! + "–" + names.last!
    }
    return names.joined(separator: " ")
  }
}

package enum ActionTable {
  package static let all: [Action] = [
    a(
      .help, [.character("?"), .function(1)], .board, "help", "help",
      "Show every key (this list)", "Toon alle toetsen (deze lijst)"),
    a(
      .quit, [.character("q")], .board, "quit", "stop",
      "Quit; asks first when something is not saved",
      "Stoppen; vraagt eerst als er iets niet is bewaard"),
    a(
      .privacy, [.character("p")], .board, "privacy", "privacy",
      "Privacy mode: only the family under discussion by name, others as id and initials",
      "Privacymodus: alleen het besproken gezin bij naam, andere als nummer en initialen"),
    a(
      .filter, [.character("/")], .board, "filter", "filter",
      "Find families by name or id as you type; from three letters also by people and words in their files",
      "Zoek gezinnen op naam of nummer terwijl je typt; vanaf drie letters ook op personen en woorden in hun dossier"
    ),
    a(
      .nextPane, [.tab], .board, "next pane", "volgend venster",
      "Focus the next pane", "Focus naar het volgende venster"),
    a(
      .previousPane, [.backTab], .board, "", "",
      "Focus the previous pane", "Focus naar het vorige venster"),
    a(
      .redraw, [.control("l")], .board, "", "",
      "Redraw the whole screen", "Het hele scherm opnieuw tekenen"),
    a(
      .up, [.up, .character("k")], .list, "", "",
      "Previous row", "Vorige regel"),
    a(
      .down, [.down, .character("j")], .list, "", "",
      "Next row", "Volgende regel"),
    a(
      .left, [.left, .character("h")], .list, "", "",
      "Pane to the left", "Venster links"),
    a(
      .right, [.right, .character("l")], .list, "", "",
      "Pane to the right", "Venster rechts"),
    a(
      .pageUp, [.pageUp], .list, "", "",
      "One page up", "Een pagina omhoog"),
    a(
      .pageDown, [.pageDown], .list, "", "",
      "One page down", "Een pagina omlaag"),
    a(
      .home, [.home, .character("g")], .list, "", "",
      "First row", "Eerste regel"),
    a(
      .end, [.end, .character("G")], .list, "", "",
      "Last row", "Laatste regel"),
    a(
      .open, [.enter], .list, "full screen", "schermvullend",
      "Open the focused pane full screen", "Het venster met focus schermvullend openen"),
    a(
      .click, [.mouse(x: 0, y: 0)], .list, "", "",
      "Select the pane and row under the mouse (off with --no-mouse)",
      "Venster en regel onder de muis kiezen (uit met --no-mouse)"),
    a(
      .editPart, [.character("e")], .list, "edit", "bewerk",
      "Edit this pane (plan, professionals, assessments) in $EDITOR, checked on save",
      "Dit venster (plan, betrokkenen, taxaties) bewerken in $EDITOR, gecontroleerd"),
    a(
      .rvdkDecision, [.character("K")], .list, "", "",
      "Record the RvdK's decision on the request waiting for it (as tafel rvdk)",
      "Het besluit van de Raad op het wachtende verzoek vastleggen (als tafel rvdk)"),
    a(
      .settle, [.character("S")], .list, "", "",
      "Settle a value a sync kept two ways for the selected family (signal X): which one stands",
      "Een waarde die na synchronisatie twee kanten op staat beslissen (signaal X): welke geldt"),
    a(
      .back, [.escape], .fullScreen, "back", "terug",
      "Back to the board", "Terug naar het bord"),
    a(
      .nextCase, [.character("n")], .meeting, "next", "volgende",
      "Next case on the agenda", "Volgende casus op de agenda"),
    a(
      .previousCase, [.character("N")], .meeting, "", "",
      "Previous case on the agenda", "Vorige casus op de agenda"),
    a(
      .startCase, [.character("s")], .meeting, "start", "start",
      "Start the selected case (the timer runs)", "De gekozen casus starten (de tijd loopt)"),
    a(
      .adjourn, [.character("a")], .meeting, "adjourn", "aanhouden",
      "Adjourn the selected case: why, and the meeting it moves to",
      "De gekozen casus aanhouden: waarom, en naar welke vergadering"),
    a(
      .closeMeeting, [.character("X")], .meeting, "close", "sluiten",
      "Close the meeting: cases not reached are marked, the minutes become final",
      "De vergadering sluiten: niet behandelde casussen worden gemarkeerd, de notulen definitief"),
    a(
      .attendance, [.character("A")], .meeting, "present", "aanwezig",
      "Who is present for the selected case", "Wie er bij de gekozen casus aanwezig is"),
    a(
      .requestView, [.character("v")], .meeting, "request", "verzoek",
      "Show the request for discussion", "Het verzoek tot bespreking tonen"),
    a(
      .decide, [.character("d")], .meeting, "decide", "besluit",
      "Record a decision for the selected family", "Een besluit vastleggen voor het gekozen gezin"),
    a(
      .readBack, [.character("r")], .meeting, "read back", "voorlezen",
      "Show the latest decision large, to read it back",
      "Het laatste besluit groot tonen om voor te lezen"),
    a(
      .correct, [.character("c")], .meeting, "correct", "verbeter",
      "Correct the selected decision with a new one that supersedes it",
      "Het gekozen besluit corrigeren met een nieuw besluit dat het vervangt"),
    a(
      .history, [.character("t")], .meeting, "timeline", "tijdlijn",
      "The family's history timeline in the chain", "De tijdlijn van het gezin in de keten"),
    a(
      .filterUp, [.up], .filter, "", "",
      "Previous match", "Vorige treffer"),
    a(
      .filterDown, [.down], .filter, "", "",
      "Next match", "Volgende treffer"),
    a(
      .filterPageUp, [.pageUp], .filter, "", "",
      "One page of matches up", "Een pagina treffers omhoog"),
    a(
      .filterPageDown, [.pageDown], .filter, "", "",
      "One page of matches down", "Een pagina treffers omlaag"),
    a(
      .filterClear, [.control("u")], .filter, "", "",
      "Clear what was typed", "Het getypte wissen"),
    a(
      .filterChoose, [.enter], .filter, "choose", "kiezen",
      "Select the family", "Het gezin kiezen"),
    a(
      .filterCancel, [.escape], .filter, "cancel", "annuleren",
      "Close the filter", "Het filter sluiten"),
    a(
      .closeOverlay, [.escape, .character("q")], .view, "close", "sluiten",
      "Close", "Sluiten"),
    a(
      .scrollDown, [.down, .character("j")], .view, "scroll", "scrollen",
      "One line down", "Een regel omlaag"),
    a(
      .scrollUp, [.up, .character("k")], .view, "", "",
      "One line up", "Een regel omhoog"),
    a(
      .scrollPageDown, [.pageDown, .character(" ")], .view, "", "",
      "One page down", "Een pagina omlaag"),
    a(
      .scrollPageUp, [.pageUp], .view, "", "",
      "One page up", "Een pagina omhoog"),
    a(
      .scrollTop, [.home, .character("g")], .view, "", "",
      "To the top", "Naar het begin"),
    a(
      .scrollBottom, [.end, .character("G")], .view, "", "",
      "To the end", "Naar het eind"),
    a(
      .confirmYes, [.character("y"), .character("j")], .confirm, "yes", "ja",
      "Yes", "Ja"),
    a(
      .confirmNo, [.character("n"), .escape], .confirm, "no", "nee",
      "No", "Nee"),
    a(
      .confirmOther, [.character("f"), .character("a"), .character("c"), .character("m")],
      .confirm, "", "",
      "The other answer a question offers (f: finish the running case; c: close and carry the unfinished cases)",
      "Het andere antwoord dat een vraag biedt (a: de lopende casus afronden; m: sluiten en meenemen)"
    ),
    a(
      .settleTake, [.character("1"), .character("2")], .settle, "choose", "kiezen",
      "That value stands; recorded with your name and the time",
      "Die waarde geldt; vastgelegd met je naam en de tijd"),
    a(
      .settleCancel, [.escape], .settle, "later", "later",
      "Leave it unsettled for now (the family stays marked X)",
      "Voorlopig zo laten (het gezin blijft gemarkeerd met X)"),
    a(
      .keyboardTake, (1...9).map { .character(Character(String($0))) }, .keyboard, "", "",
      "That person is at the keyboard: what the board records names them",
      "Die persoon zit aan het toetsenbord: wat het bord vastlegt noemt hen"),
    a(
      .keyboardKeep, [.enter, .escape], .keyboard, "the chair", "de voorzitter",
      "The person named first (the chair) is at the keyboard",
      "De eerstgenoemde (de voorzitter) zit aan het toetsenbord"),
    a(
      .draftRestore, [.character("y"), .character("j")], .draftOffer, "restore", "terugzetten",
      "Restore the draft typed earlier", "Het eerder getypte concept terugzetten"),
    a(
      .draftDiscard, [.character("n"), .escape], .draftOffer, "discard", "weggooien",
      "Start empty; the draft is thrown away", "Leeg beginnen; het concept wordt weggegooid"),
    a(
      .formSave, [.control("s")], .form, "save", "bewaren",
      "Check the decision and read it back before it is stored",
      "Het besluit controleren en voorlezen voordat het wordt vastgelegd"),
    a(
      .formNextField, [.tab, .enter], .form, "next field", "volgend veld",
      "Next field (Enter: in a one-line field and on the outcome)",
      "Volgend veld (Enter: in een veld van één regel en bij de uitkomst)"),
    a(
      .formPreviousField, [.backTab], .form, "", "",
      "Previous field", "Vorig veld"),
    a(
      .formEditor, [.control("e")], .form, "editor", "editor",
      "Edit this text in $VISUAL or $EDITOR", "Deze tekst bewerken in $VISUAL of $EDITOR"),
    a(
      .formAddRow, [.control("n")], .form, "", "",
      "Add an agreement", "Een afspraak toevoegen"),
    a(
      .formRemoveRow, [.control("d")], .form, "", "",
      "Remove this agreement", "Deze afspraak verwijderen"),
    a(
      .formCancel, [.escape], .form, "close", "sluiten",
      "Close the form; asks before throwing anything away",
      "Het formulier sluiten; vraagt eerst voordat iets verloren gaat"),
    a(
      .choiceNext, [.down, .right], .choice, "", "",
      "Next outcome (in an owner field ↓ only: the next owner)",
      "Volgende uitkomst (in een eigenaarveld alleen ↓: de volgende eigenaar)"),
    a(
      .choicePrevious, [.up, .left], .choice, "", "",
      "Previous outcome (in an owner field ↑ only: the previous owner)",
      "Vorige uitkomst (in een eigenaarveld alleen ↑: de vorige eigenaar)"),
    a(
      .choiceFirst, [.home], .choice, "", "",
      "First outcome", "Eerste uitkomst"),
    a(
      .choiceLast, [.end], .choice, "", "",
      "Last outcome", "Laatste uitkomst"),
    a(
      .choiceNumber, (1...9).map { .character(Character(String($0))) }, .choice, "", "",
      "The outcome with that number", "De uitkomst met dat nummer"),
    a(
      .choiceAdd, [.enter, .character(" "), .character("+")], .choice, "", "",
      "On the + row: add an agreement", "Op de +-regel: een afspraak toevoegen"),
    a(
      .helpClose, [.character("?"), .function(1), .enter], .help, "", "",
      "Close the help (Esc and q too)", "De hulp sluiten (ook Esc en q)"),
    a(
      .reviewStore, [.control("s")], .review, "store", "vastleggen",
      "Store the decision as read back", "Het besluit vastleggen zoals voorgelezen"),
    a(
      .reviewBack, [.escape], .review, "back to the form", "terug naar formulier",
      "Back to the form to change it", "Terug naar het formulier om te wijzigen"),
    a(
      .savedReadBack, [.character("r")], .saved, "read back", "voorlezen",
      "Show the stored decision large, to read it back",
      "Het vastgelegde besluit groot tonen om voor te lezen"),
    a(
      .savedClose, [.escape, .enter, .character("q")], .saved, "close", "sluiten",
      "Close the form", "Het formulier sluiten"),
    a(
      .adjournSave, [.enter, .control("s")], .adjourn, "adjourn", "aanhouden",
      "Adjourn the case (a reason is needed)", "De casus aanhouden (een reden is nodig)"),
    a(
      .adjournOtherField, [.tab, .backTab], .adjourn, "other field", "ander veld",
      "The other field: the reason or the meeting it moves to",
      "Het andere veld: de reden of de vergadering waarheen"),
    a(
      .adjournChooseMeeting, [.down, .up], .adjourn, "choose meeting", "kies vergadering",
      "The next or previous later meeting that exists (from the reason: to the meeting field)",
      "De volgende of vorige latere vergadering die er is (vanuit de reden: naar het vergaderveld)"),
    a(
      .adjournCancel, [.escape], .adjourn, "cancel", "annuleren",
      "Close without adjourning", "Sluiten zonder aan te houden"),
    a(
      .rvdkSave, [.enter, .control("s")], .rvdk, "record", "vastleggen",
      "Record the RvdK's decision (investigator, expert; a rejection says why)",
      "Het besluit van de Raad vastleggen (onderzoeker, deskundige; een afwijzing zegt waarom)"),
    a(
      .rvdkNextField, [.tab, .backTab], .rvdk, "next field", "volgend veld",
      "The next (Shift-Tab: previous) field", "Het volgende (Shift-Tab: vorige) veld"),
    a(
      .rvdkChooseAnswer, [.left, .right], .rvdk, "investigates or not", "wel of niet",
      "On the first field: the RvdK investigates, or does not",
      "In het eerste veld: de Raad doet onderzoek, of niet"),
    a(
      .rvdkCancel, [.escape], .rvdk, "cancel", "annuleren",
      "Close without recording", "Sluiten zonder vast te leggen"),
    a(
      .attendanceUp, [.up, .backTab], .attendance, "", "",
      "Previous row", "Vorige regel"),
    a(
      .attendanceDown, [.down, .tab], .attendance, "", "",
      "Next row", "Volgende regel"),
    a(
      .attendanceFirst, [.home], .attendance, "", "",
      "First row", "Eerste regel"),
    a(
      .attendanceLast, [.end], .attendance, "", "",
      "Last row", "Laatste regel"),
    a(
      .attendanceSave, [.enter], .attendance, "save", "bewaren",
      "Save the attendance (on a + row: add the name typed there first)",
      "De aanwezigheid bewaren (op een +-regel: eerst de getypte naam toevoegen)"),
    a(
      .attendanceCancel, [.escape], .attendance, "close", "sluiten",
      "Close; asks before throwing changes away",
      "Sluiten; vraagt eerst voordat wijzigingen verloren gaan"),
    a(
      .formToggle, [.character(" ")], .attendance, "mark", "markeer",
      "Move the mark on: present, sent apologies, did not come, not recorded",
      "De markering verder: aanwezig, afgemeld, niet verschenen, niet vastgelegd"),
    a(
      .formRemoveEntry, [.delete], .attendance, "remove", "verwijder",
      "Remove a name typed on a + row (for the invited: back to not recorded)",
      "Een op een +-regel getypte naam verwijderen (bij genodigden: terug naar niet vastgelegd)"),
    a(
      .textNewline, [.enter], .text, "", "",
      "A new line (in a text of several lines)", "Een nieuwe regel (in een tekst van meer regels)"),
    a(
      .textBackspace, [.backspace], .text, "", "",
      "Delete the character before the cursor", "Het teken vóór de cursor wissen"),
    a(
      .textDelete, [.delete], .text, "", "",
      "Delete the character under the cursor", "Het teken onder de cursor wissen"),
    a(
      .textLeft, [.left], .text, "", "",
      "Cursor left", "Cursor naar links"),
    a(
      .textRight, [.right], .text, "", "",
      "Cursor right", "Cursor naar rechts"),
    a(
      .textUp, [.up], .text, "", "",
      "Cursor up a row (in a text of several rows)",
      "Cursor een regel omhoog (in een tekst van meer regels)"),
    a(
      .textDown, [.down], .text, "", "",
      "Cursor down a row (in a text of several rows)",
      "Cursor een regel omlaag (in een tekst van meer regels)"),
    a(
      .textHome, [.home, .control("a")], .text, "", "",
      "To the start of the row", "Naar het begin van de regel"),
    a(
      .textEnd, [.end], .text, "", "",
      "To the end of the row", "Naar het eind van de regel"),
  ]

  private static func a(
    _ id: ActionID, _ keys: [Key], _ context: ActionContext, _ hintEnglish: String,
    _ hintDutch: String, _ helpEnglish: String, _ helpDutch: String
  ) -> Action {
    Action(
      id: id, keys: keys, context: context, hintEnglish: hintEnglish, hintDutch: hintDutch,
      helpEnglish: helpEnglish, helpDutch: helpDutch)
  }

  private static let byID: [ActionID: Action] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.id, $0) })

  package static func action(_ id: ActionID) -> Action { byID[id]! }

  /// The action a key means in the given contexts, searched in order.
  package static func action(for key: Key, in contexts: [ActionContext]) -> ActionID? {
    let probe: Key
    if case .mouse = key { probe = .mouse(x: 0, y: 0) } else { probe = key }
    for context in contexts {
      if let hit = all.first(where: { $0.context == context && $0.keys.contains(probe) }) {
        return hit.id
      }
    }
    return nil
  }

  /// The actions of some contexts, context by context in the order given.
  package static func actions(in contexts: [ActionContext]) -> [Action] {
    contexts.flatMap { context in all.filter { $0.context == context } }
  }
}
