// The one table of actions: each has an id, its default keys, where it works,
// a short footer hint and a help line in English and Dutch. The footer, the
// `?` help overlay and docs/keys.md are all made from this table (a test keeps
// docs/keys.md equal to it), so a key is documented the moment it exists.

import TafelCore
import TafelScreen

public enum ActionID: String, CaseIterable, Sendable {
  // Everywhere on the board
  case help, quit, privacy, redraw, filter, nextPane, previousPane
  // Lists: the agenda and every pane
  case up, down, left, right, pageUp, pageDown, home, end, open, back, click
  // Meeting mode, on the selected agenda item
  case nextCase, previousCase, startCase, adjourn, attendance, requestView, decide, readBack
  case correct, history, editPart, closeMeeting
  // The filter
  case filterChoose, filterCancel, filterMove
  // Overlays that only look (help, read-back, request, history)
  case closeOverlay, scrollDown, scrollUp, scrollPageDown, scrollPageUp, scrollTop, scrollBottom
  // Questions
  case confirmYes, confirmNo, confirmOther
  // Forms (decision form, attendance)
  case formSave, formNextField, formPreviousField, formCancel, formEditor, formAddRow
  case formRemoveRow, formToggle, formRemoveEntry
}

/// Where an action works; the footer shows the actions of the context with focus.
public enum ActionContext: String, CaseIterable, Sendable {
  case board
  case list
  case meeting
  case fullScreen
  case filter
  case view
  case confirm
  case form
  case attendance

  public func title(_ language: Language) -> String {
    switch self {
    case .board: language.pick("Everywhere on the board", "Overal op het bord")
    case .list: language.pick("Agenda and panes", "Agenda en vensters")
    case .meeting: language.pick("Meeting (selected case)", "Vergadering (gekozen casus)")
    case .fullScreen: language.pick("Pane full screen", "Venster schermvullend")
    case .filter: language.pick("Filter", "Filter")
    case .view:
      language.pick("Help, read-back, request, history", "Help, voorlezen, verzoek, tijdlijn")
    case .confirm: language.pick("Questions", "Vragen")
    case .form: language.pick("Decision form", "Besluitformulier")
    case .attendance: language.pick("Attendance", "Aanwezigheid")
    }
  }
}

public struct Action: Sendable {
  public let id: ActionID
  public let keys: [Key]
  public let context: ActionContext
  /// A word or two for the footer; empty when the action stays out of the footer.
  public let hintEnglish: String
  public let hintDutch: String
  /// One line for the help overlay and docs/keys.md.
  public let helpEnglish: String
  public let helpDutch: String

  public func hint(_ language: Language) -> String { language.pick(hintEnglish, hintDutch) }
  public func help(_ language: Language) -> String { language.pick(helpEnglish, helpDutch) }

  /// The keys as written in the help: "↑ k".
  public var keyNames: String { keys.map(\.description).joined(separator: " ") }
}

public enum ActionTable {
  public static let all: [Action] = [
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
      "Filter families by name or id as you type",
      "Filter gezinnen op naam of nummer terwijl je typt"),
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
      .editPart, [.character("e")], .list, "", "",
      "Edit this pane (plan, professionals, assessments) in $EDITOR, checked on save",
      "Dit venster (plan, betrokkenen, taxaties) bewerken in $EDITOR, gecontroleerd"),
    a(
      .back, [.escape], .fullScreen, "back", "terug",
      "Back to the board", "Terug naar het bord"),
    a(
      .nextCase, [.character("n")], .meeting, "", "",
      "Next case on the agenda", "Volgende casus op de agenda"),
    a(
      .previousCase, [.character("N")], .meeting, "", "",
      "Previous case on the agenda", "Vorige casus op de agenda"),
    a(
      .startCase, [.character("s")], .meeting, "start", "start",
      "Start the selected case (the timer runs)", "De gekozen casus starten (de tijd loopt)"),
    a(
      .adjourn, [.character("a")], .meeting, "", "",
      "Adjourn the selected case: why, and the meeting it moves to",
      "De gekozen casus aanhouden: waarom, en naar welke vergadering"),
    a(
      .closeMeeting, [.character("X")], .meeting, "", "",
      "Close the meeting: cases not reached are marked, the minutes become final",
      "De vergadering sluiten: niet behandelde casussen worden gemarkeerd, de notulen definitief"),
    a(
      .attendance, [.character("A")], .meeting, "", "",
      "Who is present for the selected case", "Wie er bij de gekozen casus aanwezig is"),
    a(
      .requestView, [.character("v")], .meeting, "", "",
      "Show the request for discussion", "Het verzoek tot bespreking tonen"),
    a(
      .decide, [.character("d")], .meeting, "decide", "besluit",
      "Record a decision for the selected family", "Een besluit vastleggen voor het gekozen gezin"),
    a(
      .readBack, [.character("r")], .meeting, "", "",
      "Show the latest decision large, to read it back",
      "Het laatste besluit groot tonen om voor te lezen"),
    a(
      .correct, [.character("c")], .meeting, "", "",
      "Correct the selected decision with a new one that supersedes it",
      "Het gekozen besluit corrigeren met een nieuw besluit dat het vervangt"),
    a(
      .history, [.character("t")], .meeting, "timeline", "tijdlijn",
      "The family's history timeline in the chain", "De tijdlijn van het gezin in de keten"),
    a(
      .filterMove, [.up, .down], .filter, "", "",
      "Move through the matches", "Door de treffers bewegen"),
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
      .confirmOther, [.character("f"), .character("a")], .confirm, "", "",
      "The other answer a question offers (f: finish the running case)",
      "Het andere antwoord dat een vraag biedt (a: de lopende casus afronden)"),
    a(
      .formSave, [.control("s")], .form, "save", "bewaren",
      "Save the decision", "Het besluit bewaren"),
    a(
      .formNextField, [.tab], .form, "next field", "volgend veld",
      "Next field", "Volgend veld"),
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
      .formToggle, [.character(" ")], .attendance, "mark", "markeer",
      "Move the mark on: present, sent apologies, did not come, not recorded",
      "De markering verder: aanwezig, afgemeld, niet verschenen, niet vastgelegd"),
    a(
      .formRemoveEntry, [.delete], .attendance, "remove", "verwijder",
      "Remove a name typed on a + row (for the invited: back to not recorded)",
      "Een op een +-regel getypte naam verwijderen (bij genodigden: terug naar niet vastgelegd)"),
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

  public static func action(_ id: ActionID) -> Action { byID[id]! }

  /// The action a key means in the given contexts, searched in order.
  public static func action(for key: Key, in contexts: [ActionContext]) -> ActionID? {
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
  public static func actions(in contexts: [ActionContext]) -> [Action] {
    contexts.flatMap { context in all.filter { $0.context == context } }
  }
}
