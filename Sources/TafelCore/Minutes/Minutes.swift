// The minutes of one meeting, gathered before they are written out: per case
// on the agenda, its attendance and every decision the table took on it, each
// correction next to the decision it corrects. The Markdown and HTML writers
// (MinutesMarkdown, MinutesHTML) only lay this out.

package struct MinutesInput: Sendable {
  package var meeting: Meeting
  /// The families on the agenda, by id; a family missing here is shown by id only.
  package var families: [String: Family]
  /// For the names behind professional ids; nil shows ids as they are.
  package var directory: Directory?
  /// The region in the title, e.g. "Foodvalley".
  package var region: String
  /// Only this family's case (minutes that go to one family hold no other family).
  package var onlyFamily: String?
  package var language: Language
  /// Times are shown as the clocks in this zone read them (where the table sits).
  package var zone: TimeZoneRule
  /// The store's people, where it lists them: who recorded and who closed
  /// are named with their role.
  package var people: People?
  /// When the document is made; said in it, so two printouts can be told apart.
  package var madeAt: Timestamp?
  /// For each family, the first later meeting (open) whose agenda holds it:
  /// a case not finished here and put there since has that as its next step.
  package var nextMeetings: [String: String] = [:]

  package init(
    meeting: Meeting, families: [String: Family], directory: Directory? = nil,
    region: String = "", onlyFamily: String? = nil, language: Language = .en,
    zone: TimeZoneRule = .amsterdam
  ) {
    self.meeting = meeting
    self.families = families
    self.directory = directory
    self.region = region
    self.onlyFamily = onlyFamily
    self.language = language
    self.zone = zone
  }
}

/// One decision as the minutes show it, with the corrections around it.
package struct MinutesDecision: Sendable, Hashable {
  package var decision: Decision
  /// The decision that corrects this one, if any.
  package var correctedBy: Decision?
  /// The kind of the case it was taken on: the outcome's words fit it.
  package var kind: AgendaKind = .first
}

/// One case of the meeting: an agenda item and what was decided on it.
package struct MinutesCase: Sendable, Hashable {
  package var number: Int
  package var item: AgendaItem
  package var familyName: String
  package var decisions: [MinutesDecision]
}

package enum Minutes {
  /// The cases of the meeting in agenda order, limited to `onlyFamily` when set.
  /// A case's decisions are those taken at this meeting plus every correction
  /// of them (wherever it was recorded), in the order they were recorded.
  package static func cases(_ input: MinutesInput) -> [MinutesCase] {
    input.meeting.items.enumerated().compactMap { index, item in
      if let only = input.onlyFamily, only != item.family { return nil }
      let family = input.families[item.family]
      var chosen: [Decision] = []
      var seen = Set<String>()
      let corrections = family?.corrections ?? [:]
      for decision in family?.decisions ?? [] where decision.meeting == input.meeting.id {
        var next: Decision? = decision
        while let current = next, !seen.contains(current.id) {
          seen.insert(current.id)
          chosen.append(current)
          next = corrections[current.id]
        }
      }
      chosen.sort { ($0.time, $0.id) < ($1.time, $1.id) }
      return MinutesCase(
        number: index + 1, item: item, familyName: family?.name ?? item.family,
        decisions: chosen.map {
          MinutesDecision(decision: $0, correctedBy: corrections[$0.id], kind: item.kind)
        })
    }
  }

  /// A professional id or a member id as a name ("Anna de Vries (Lokaal team Ede)"), else as typed.
  static func person(_ text: String, family: Family?, directory: Directory?) -> String {
    if let professional = directory?.professional(text) {
      let organisation = directory?.organisation(professional.organisation)?.name
      return organisation.map { "\(professional.name) (\($0))" } ?? professional.name
    }
    if let member = family?.member(text) { return member.name }
    return text
  }

  /// "at 09:47" ("om 09:47"), or "on 15 March 2027 at 09:15" ("op 15 maart
  /// 2027 om 09:15") when the moment is not on the meeting's day.
  static func when(_ moment: Timestamp, _ input: MinutesInput) -> String {
    let local = input.zone.local(moment)
    let at = input.language.pick("at ", "om ") + local.clock
    guard local.day != input.meeting.date else { return at }
    return input.language.pick("on ", "op ") + MinutesWords.date(local.day, input.language) + " "
      + at
  }

  /// "09:47" in the minutes' time zone, with the day when it is not the meeting's.
  static func time(_ moment: Timestamp, _ input: MinutesInput) -> String {
    let local = input.zone.local(moment)
    let clock = "\(two(local.hour)):\(two(local.minute))"
    return local.day == input.meeting.date
      ? clock : "\(MinutesWords.date(local.day, input.language)) \(clock)"
  }
}

extension Minutes {
  /// The attendance of a case as the minutes list it: present, sent
  /// apologies, did not come, and (when some was taken) not recorded; empty
  /// when nobody's attendance was recorded.
  package static func attendanceGroups(_ item: AgendaItem, _ language: Language) -> [(
    String, [Attendee]
  )] {
    guard item.attendanceTaken else { return [] }
    return [AttendanceMark.present, .sentApologies, .didNotCome, .notRecorded].compactMap {
      mark in
      let people = item.attendance.filter { $0.mark == mark }
      guard !people.isEmpty else { return nil }
      let word = MinutesWords.mark(mark, language)
      return (word.prefix(1).uppercased() + word.dropFirst(), people)
    }
  }
}

extension Minutes {
  /// Said in the minutes' facts only when they are not in Dutch time: the
  /// clock times of decisions are in `zone`, the agenda's planned times are
  /// the table's own.
  static func zoneNote(_ input: MinutesInput) -> String? {
    guard input.zone.name != TimeZoneRule.amsterdam.name else { return nil }
    return input.language.pick(
      "Times of decisions in \(input.zone.name); planned times are the table's (Europe/Amsterdam)",
      "Tijden van besluiten in \(input.zone.name); geplande tijden zijn die van de tafel "
        + "(Europe/Amsterdam)")
  }
}

extension Minutes {
  /// " At the table 42 minutes." for a case whose time was kept (paused time
  /// left out), else nothing.
  static func timeAtTable(_ item: AgendaItem, _ language: Language) -> String {
    guard let seconds = item.spentSeconds, seconds > 0 else { return "" }
    let minutes = (seconds + 30) / 60
    if minutes == 0 {
      return language.pick(" At the table less than a minute.", " Aan tafel korter dan een minuut.")
    }
    if minutes == 1 { return language.pick(" At the table 1 minute.", " Aan tafel 1 minuut.") }
    return language.pick(" At the table \(minutes) minutes.", " Aan tafel \(minutes) minuten.")
  }

  /// "Emre Öztürk (parent)", or "Karin Oosterveld (Lokaal Team Ede; local
  /// team)" when the name carries its organisation already.
  static func attendee(_ attendee: Attendee, _ language: Language) -> String {
    let role = MinutesWords.role(attendee.role, language)
    guard attendee.name.hasSuffix(")") else { return "\(attendee.name) (\(role))" }
    return String(attendee.name.dropLast()) + "; \(role))"
  }
}

extension Minutes {
  /// "Mila Jansen (secretary)" where the store lists the person, else the name as recorded.
  package static func person(_ name: String, _ input: MinutesInput) -> String {
    guard let person = input.people?.person(named: name) else { return name }
    return person.name + " (" + person.role.words(input.language) + ")"
  }

  /// "Draft: the meeting is not closed." or "Final: the meeting was closed at
  /// 16:05 by R. Kramer." — the minutes say which they are.
  static func standing(_ input: MinutesInput) -> String {
    let language = input.language
    guard let closedAt = input.meeting.closedAt else {
      return language.pick(
        "Draft: the meeting is not closed; this record can still change.",
        "Concept: de vergadering is niet gesloten; dit verslag kan nog veranderen.")
    }
    let by =
      input.meeting.closedBy.map { name in
        let who = person(name, input)
        return language.pick(" by \(who)", " door \(who)")
      } ?? ""
    return language.pick(
      "Final: the meeting was closed \(when(closedAt, input))\(by).",
      "Definitief: de vergadering is gesloten \(when(closedAt, input))\(by).")
  }

  /// "No decision recorded yet." while the meeting is open; once it is
  /// closed there is no "yet": "No decision was recorded."
  static func noDecision(_ input: MinutesInput) -> String {
    input.meeting.isClosed
      ? input.language.pick("No decision was recorded.", "Er is geen besluit vastgelegd.")
      : MinutesWords.Labels(input.language).noDecision
  }

  /// What the minutes say of an adjourned or carried-over case, one line each.
  static func carried(_ item: AgendaItem, _ language: Language, next planned: String? = nil)
    -> [String]
  {
    var lines: [String] = []
    if item.status == .adjourned {
      var line = language.pick("Adjourned", "Aangehouden")
      if let reason = item.adjournedReason { line += ": " + reason }
      line += line.last.map { ".!?".contains($0) } == true ? " " : ". "
      line +=
        (item.carriedTo ?? planned).map {
          language.pick("Moves to \($0).", "Verschoven naar \($0).")
        }
        ?? language.pick("Not yet planned on a later agenda.", "Nog niet op een latere agenda.")
      lines.append(line)
    }
    // A case the meeting did not finish gets its next step, once closed.
    if item.status == .notReached || (item.status == .discussed && item.carriedTo != nil) {
      lines.append(
        (item.carriedTo ?? planned).map {
          language.pick("Next: on the agenda of \($0).", "Vervolg: op de agenda van \($0).")
        }
          ?? language.pick(
            "Next: not yet planned on a later agenda.", "Vervolg: nog niet op een latere agenda."))
    }
    if let source = item.carriedFrom {
      var line = language.pick("Carried over from \(source)", "Overgenomen van \(source)")
      if let reason = item.carriedReason {
        // The reasons closing writes are words of Tafel's own: said in the minutes' language.
        switch reason {
        case "not reached at \(source)":
          line += ": " + language.pick(reason, "niet aan bod gekomen in \(source)")
        case "discussed without a decision at \(source)":
          line += ": " + language.pick(reason, "besproken zonder besluit in \(source)")
        default: line += ": " + reason
        }
      }
      line += line.last.map { ".!?".contains($0) } == true ? "" : "."
      lines.append(line)
    }
    return lines
  }

  /// The agreements of earlier sittings the table reviews on this case,
  /// each "D001.2 what; who: owner; by due: status"; empty when there are none.
  static func reviewedAgreements(_ item: AgendaItem, input: MinutesInput) -> [String] {
    guard let family = input.families[item.family] else { return [] }
    let labels = MinutesWords.Labels(input.language)
    return family.agreementsToReview(on: input.meeting.date).map { found in
      var line = found.shortID + " " + oneLine(found.agreement.what)
      let owner =
        found.agreement.owner.isEmpty
        ? labels.nobody : person(found.agreement.owner, family: family, directory: input.directory)
      line += "; \(labels.owner): \(owner)"
      if let due = found.agreement.due {
        line += "; \(labels.due) \(MinutesWords.date(due, input.language))"
      }
      return line + " — "
        + MinutesWords.agreementStatus(found, input.language) {
          person($0, family: family, directory: input.directory)
        }
    }
  }

  /// The label above the reviewed agreements.
  static func reviewLabel(_ language: Language) -> String {
    language.pick("Agreements from earlier meetings", "Afspraken uit eerdere besprekingen")
  }

  /// Under the table's request to the RvdK (outcome `investigation`, in
  /// force): what the RvdK decided on it, or that no decision of the RvdK
  /// is recorded. The table's conclusion and the RvdK's decision are two facts.
  static func rvdk(_ entry: MinutesDecision, family: Family?, _ language: Language) -> (
    label: String, text: String
  )? {
    guard entry.correctedBy == nil, let family,
      let text = rvdkAnswer(to: entry.decision, in: family, language)
    else { return nil }
    return (language.pick("The RvdK's decision", "Besluit van de RvdK"), text)
  }

  /// What the RvdK decided on the request a decision of the table made, in
  /// words ("6 December 2026: the RvdK does not investigate, decided by …"),
  /// "none recorded yet." while it waits; nil when the decision made none.
  package static func rvdkAnswer(to decision: Decision, in family: Family, _ language: Language)
    -> String?
  {
    guard decision.outcome == .investigation, let request = family.rvdkRequest(of: decision.id)
    else { return nil }
    guard let answer = request.answer else {
      return language.pick("none recorded yet.", "nog niet vastgelegd.")
    }
    var text = MinutesWords.date(answer.date, language) + ": "
    switch answer.kind {
    case .rvdkAccept: text += language.pick("the RvdK investigates", "de Raad doet onderzoek")
    case .rvdkReject:
      text += language.pick("the RvdK does not investigate", "de Raad doet geen onderzoek")
    default: text += language.pick("the investigation started", "het onderzoek is gestart")
    }
    if let rvdk = answer.rvdk { text += ", " + ChainWords.rvdkDecision(rvdk, language) }
    if !".!?".contains(text.last ?? ".") { text += "." }
    return text
  }

  /// For a case scheduled with documents (an OTS end review): which are
  /// present and which missing, or that they were not recorded.
  static func documentsLine(_ item: AgendaItem, _ language: Language) -> String? {
    let required = item.kind.requiredDocuments
    guard !required.isEmpty else { return nil }
    guard let absent = item.missingDocuments else {
      return language.pick("Documents: not recorded.", "Stukken: niet vastgelegd.")
    }
    let present = required.filter { !absent.contains($0) }
      .map { MinutesWords.document($0, language) }
    let missing = absent.map { MinutesWords.document($0, language) }
    var line =
      language.pick("Documents present: ", "Stukken aanwezig: ")
      + (present.isEmpty ? language.pick("none", "geen") : ChainWords.list(present, language))
    if !missing.isEmpty {
      line += language.pick("; missing: ", "; ontbreekt: ") + ChainWords.list(missing, language)
    }
    return line + "."
  }

  /// Said under a decision recorded after the meeting was closed.
  static func afterClosing(_ decision: Decision, _ input: MinutesInput) -> String? {
    guard let closedAt = input.meeting.closedAt, decision.time > closedAt else { return nil }
    return input.language.pick(
      "Recorded after the meeting was closed.", "Vastgelegd nadat de vergadering was gesloten.")
  }
}
