// `tafel assess`: a risk assessment in its instrument's own terms. The
// outcome is checked against the instrument's scale (AssessmentInput); the
// shared values (safety now, future risk) are derived, never typed.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct AssessCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assess",
    abstract: "Record a risk assessment of a family member or the household.",
    discussion: """
      Per instrument: \
      lirik, other: --level \(SharedScale.levels(for: .lirik).joined(separator: "|")); \
      arij: --level \(SharedScale.levels(for: .arij).joined(separator: "|")); \
      delta: --level \(SharedScale.levels(for: .delta).joined(separator: "|")); \
      vt-safety: --level \(SharedScale.levels(for: .vtSafety).joined(separator: "|")); \
      zrm: --domain "name=score" (1-5) for each domain scored, domains \(SharedScale.zrmDomains.joined(separator: ", ")); \
      signs-of-safety: --safety-score "rater=N" or N (0-10), with --worry, --working, --next. \
      Safety now and future risk are derived from the outcome (docs/risk-scales.md).
      """)

  @Argument(
    help: ArgumentHelp("The family id, e.g. FV-2026-0001.", valueName: "family"),
    completion: Completions.families)
  var family: String

  @Option(
    help: ArgumentHelp(
      Instrument.allCases.map(\.rawValue).joined(separator: "|"), valueName: "instrument"))
  var instrument: String

  @Option(help: ArgumentHelp("The day it was scored.", valueName: "YYYY-MM-DD"))
  var date: String

  @Option(help: ArgumentHelp("The organisation that scored it (id or name).", valueName: "org"))
  var organisation: String

  @Option(
    help: ArgumentHelp(
      "Who scored it: a professional id or name on file, or a new one as \"name|organisation|role\".",
      valueName: "who"))
  var rater: String

  @Option(
    help: ArgumentHelp(
      "Whom it is about: a member id (M2) or name, or household.", valueName: "member"))
  var subject: String

  @Option(help: ArgumentHelp("The instrument's level.", valueName: "level"))
  var level: String?

  @Option(
    name: .customLong("domain"),
    help: ArgumentHelp("ZRM: \"name=score\"; repeatable.", valueName: "name=score"))
  var domains: [String] = []

  @Option(
    name: .customLong("safety-score"),
    help: ArgumentHelp("Three columns: \"rater=N\" or N (0-10); repeatable.", valueName: "rater=N"))
  var safetyScores: [String] = []

  @Option(
    name: .customLong("worry"),
    help: ArgumentHelp("Three columns: a worry; repeatable.", valueName: "text"))
  var worries: [String] = []

  @Option(help: ArgumentHelp("Three columns: what works; repeatable.", valueName: "text"))
  var working: [String] = []

  @Option(help: ArgumentHelp("Three columns: what must happen; repeatable.", valueName: "text"))
  var next: [String] = []

  @Option(help: ArgumentHelp("Free text in the instrument's own words.", valueName: "text"))
  var text: String?

  @Option(help: ArgumentHelp("The instrument's version.", valueName: "text"))
  var version: String?

  @Option(
    help: ArgumentHelp("The part of the instrument, if only a part was used.", valueName: "text"))
  var part: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    _ = try PreparationArguments.pastDay(date, "--date")
    _ = try PreparationArguments.text(rater, "--rater")
    _ = try PreparationArguments.text(subject, "--subject")
    _ = try outcome()
  }

  func outcome() throws -> (Instrument, InstrumentOutcome) {
    let instrument = try PreparationArguments.choice(
      self.instrument, "--instrument", as: Instrument.self)
    let input = AssessmentInput(
      instrument: instrument, level: level, domains: domains, safetyScores: safetyScores,
      worries: worries, working: working, next: next, text: text)
    do {
      return (instrument, try input.outcome(rater: rater.trimmed))
    } catch {
      throw error.usage
    }
  }

  func run() throws {
    let (instrument, outcome) = try outcome()
    let day = try PreparationArguments.pastDay(date, "--date")
    let store = try options.open()
    let current = try PreparationArguments.family(family, in: store)
    let subjectID = try resolveSubject(in: current)
    let organisationID = try PreparationArguments.organisation(
      organisation, in: try store.directory(), option: "--organisation"
    ).id
    // Who scored it is a professional on file (by id or name), or a new one.
    let scorer = try PreparationArguments.professional(
      rater, option: "--rater", store: store, author: options.author)
    let added = try store.addAssessment(
      RiskAssessment(
        id: "", instrument: instrument, version: version?.trimmed.nonEmpty,
        part: part?.trimmed.nonEmpty, date: day, organisation: organisationID, rater: scorer.id,
        subject: subjectID, outcome: outcome), family: family, by: options.author)
    added.receipt.warn()
    let assessment = added.value
    let shared =
      assessment.safetyNow.map {
        "safety now \($0.rawValue), future risk \(assessment.futureRisk!.rawValue)"
      }
      ?? "no shared value (free text only)"
    print(
      "\(assessment.id): \(instrument.displayName) \(assessment.outcomeSummary(.en)) → \(shared)")
  }

  /// "household", a member id, or a member's name (case does not matter).
  private func resolveSubject(in family: Family) throws -> String {
    let wanted = subject.trimmed
    if wanted.lowercased() == "household" { return "household" }
    if let member = family.member(wanted) { return member.id }
    let named = family.members.filter {
      $0.name.compare(wanted, options: .caseInsensitive) == .orderedSame
    }
    if named.count == 1 { return named[0].id }
    let known = family.members.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
    throw CommandFailure.data(
      "--subject: \"\(subject)\" is not a member of \(family.id) (\(known.isEmpty ? "no members" : known)) or household"
    )
  }
}
