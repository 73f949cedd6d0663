// `tafel settings`: the region's own rules in store.json (RegionSettings):
// shown, changed one option at a time, or replaced from a JSON file. Every
// change is checked by the same rules that read the file, and is a change
// record (and a commit) like any other.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct SettingsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "settings",
    abstract: "Show or change the region's rules: outcomes, roles, agenda kinds, terms and norms.",
    subcommands: [SettingsShowCommand.self, SettingsSetCommand.self, SettingsLoadCommand.self],
    defaultSubcommand: SettingsShowCommand.self)
}

struct SettingsShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show the region's settings (text, or json for a file to load).")

  @Option(help: "text or json.")
  var format: SettingsFormat = .text

  @OptionGroup var options: StoreOptions

  func run() throws {
    let info = try options.open().info()
    switch format {
    case .json:
      CommandOutput.writeJSON(
        String(decoding: try TafelJSON.encode(SettingsFile(info.settings)), as: UTF8.self))
    case .text: CommandOutput.write(SettingsText.lines(info).joined(separator: "\n") + "\n")
    }
  }
}

enum SettingsFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}

/// Every setting written out, defaults included, so a file made by `show
/// --format json` says all that holds and can be edited and loaded back.
struct SettingsFile: Encodable {
  let settings: RegionSettings
  init(_ settings: RegionSettings) { self.settings = settings }

  func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: RegionSettings.CodingKeys.self)
    try container.encode(settings.outcomes, forKey: .outcomes)
    try container.encode(settings.roles, forKey: .roles)
    try container.encode(settings.agendaKinds, forKey: .agendaKinds)
    try container.encode(settings.drangMaximumMonths, forKey: .drangMaximumMonths)
    try container.encode(settings.repeatWindowMonths, forKey: .repeatWindowMonths)
    try container.encode(settings.norms, forKey: .norms)
  }
}

enum SettingsText {
  static func lines(_ info: StoreInfo) -> [String] {
    let settings = info.settings
    var lines = [
      "Region \(info.region) (families \(info.familyPrefix)-…)",
      "outcomes:            " + settings.outcomes.map(\.rawValue).joined(separator: ", "),
      "roles:               " + settings.roles.map(\.rawValue).joined(separator: ", "),
      "agenda kinds:        " + settings.agendaKinds.map(\.rawValue).joined(separator: ", "),
      "drang at most:       \(settings.drangMaximumMonths) months",
      "repeat window:       \(settings.repeatWindowMonths) months",
      "handover answered:   within \(info.thresholds.handoverAnswerDays) days (thresholds)",
      "retention:           \(info.retention.years) years",
      "norms:",
    ]
    for step in ChainStep.allCases {
      if let norm = settings.norm(for: step) {
        lines.append(
          "  \(step.rawValue): \(norm.described(.en)) — \(Sanitized.line(norm.source))")
      } else {
        lines.append("  \(step.rawValue): no norm")
      }
    }
    return lines
  }
}

struct SettingsSetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set", abstract: "Change one or more of the region's settings.",
    discussion: """
      Lists are comma-separated and replace the whole list. --norm STEP=FIGURE:UNIT[:TARGET] \
      sets a lead time's norm (UNIT calendar-days or working-days, TARGET a percentage) with \
      --source STEP=TEXT saying where it comes from; --source alone rewords a source; \
      --no-norm STEP removes one. \
      Steps: \(ChainStep.allCases.map(\.rawValue).joined(separator: ", ")).
      """)

  @Option(help: ArgumentHelp("The outcomes the table offers, in order.", valueName: "list"))
  var outcomes: String?

  @Option(help: ArgumentHelp("Who can sit at the table, in order.", valueName: "list"))
  var roles: String?

  @Option(help: ArgumentHelp("The agenda kinds the table holds.", valueName: "list"))
  var agendaKinds: String?

  @Option(help: ArgumentHelp("A drang deadline at most this many months ahead.", valueName: "n"))
  var drangMaximumMonths: Int?

  @Option(
    help: ArgumentHelp("A family back within this many months is a repeat.", valueName: "n"))
  var repeatWindowMonths: Int?

  @Option(help: ArgumentHelp("A norm: STEP=FIGURE:UNIT[:TARGET].", valueName: "norm"))
  var norm: [String] = []

  @Option(help: ArgumentHelp("Where a norm comes from: STEP=TEXT.", valueName: "source"))
  var source: [String] = []

  @Option(
    name: .customLong("no-norm"), help: ArgumentHelp("Remove a step's norm.", valueName: "step"))
  var noNorm: [String] = []

  @Option(
    help: ArgumentHelp("Why the region changes it (kept with the change).", valueName: "text"))
  var reason: String?

  @OptionGroup var options: StoreOptions

  func run() throws {
    let store = try options.open(repairingSettings: true)
    var settings: RegionSettings
    do {
      settings = try store.info().settings
    } catch {
      throw CommandFailure.data(
        "\(error); replace the settings whole with tafel settings load FILE (tafel settings show --format json on a store that reads gives one to start from)"
      )
    }
    var said: [String] = []
    func list<Value: RawRepresentable & CaseIterable>(_ text: String?, _ option: String)
      throws -> [Value]? where Value.RawValue == String
    {
      guard let text else { return nil }
      said.append("\(option) \(text.trimmed)")
      let items = text.split(separator: ",", omittingEmptySubsequences: false).map {
        String($0).trimmed
      }
      if items.contains(where: \.isEmpty) {
        throw CommandFailure.usage("\(option): an empty item in \"\(text)\"")
      }
      return try items.map { item in
        if Value.self == Outcome.self, item.lowercased() == Outcome.adjourned.rawValue {
          throw CommandFailure.usage(
            "\(option): adjourned is not a decision (the board's adjourn and tafel meeting adjourn record it)"
          )
        }
        if Value.self == Outcome.self, Outcome(rawValue: item.lowercased()) == nil {
          throw CommandFailure.usage(
            "\(option): \"\(item)\" is not one of "
              + Outcome.offered.map(\.rawValue).joined(separator: ", "))
        }
        return try PreparationArguments.choice(item, option, as: Value.self)
      }
    }
    if let value: [Outcome] = try list(outcomes, "--outcomes") { settings.outcomes = value }
    if let value: [AttendeeRole] = try list(roles, "--roles") { settings.roles = value }
    if let value: [AgendaKind] = try list(agendaKinds, "--agenda-kinds") {
      settings.agendaKinds = value
    }
    for (value, option, path) in [
      (drangMaximumMonths, "--drang-maximum-months", \RegionSettings.drangMaximumMonths),
      (repeatWindowMonths, "--repeat-window-months", \RegionSettings.repeatWindowMonths),
    ] {
      guard let value else { continue }
      settings[keyPath: path] = value
      said.append("\(option) \(value)")
    }
    var sources: [ChainStep: String] = [:]
    for text in source {
      let (step, value) = try Self.stepAndText(text, "--source")
      guard sources.updateValue(value, forKey: step) == nil else {
        throw CommandFailure.usage("--source: \(step.rawValue) is given twice")
      }
    }
    let removed = try noNorm.map {
      try PreparationArguments.choice($0, "--no-norm", as: ChainStep.self)
    }
    var normed: Set<ChainStep> = []
    for text in norm {
      let (step, value) = try Self.stepAndText(text, "--norm")
      guard normed.insert(step).inserted else {
        throw CommandFailure.usage("--norm: \(step.rawValue) is given twice")
      }
      if removed.contains(step) {
        throw CommandFailure.usage("--norm and --no-norm: \(step.rawValue) both set and removed")
      }
      let parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      guard (2...3).contains(parts.count), let figure = Int(parts[0].trimmed) else {
        throw CommandFailure.usage(
          "--norm: \"\(text)\" is not STEP=FIGURE:UNIT[:TARGET] (e.g. report-intake=5:working-days:90)"
        )
      }
      let unit = try PreparationArguments.choice(parts[1], "--norm", as: NormUnit.self)
      var target: Int?
      if parts.count == 3 {
        guard let share = Int(parts[2].trimmed) else {
          throw CommandFailure.usage("--norm: target \"\(parts[2])\" is not a whole percentage")
        }
        target = share
      }
      // A new figure needs its own source: the old one names the old figure.
      guard let from = sources[step] else {
        throw CommandFailure.usage(
          "--norm: say where \(step.rawValue)'s norm comes from with --source \(step.rawValue)=TEXT"
        )
      }
      let updated = RegionNorm(
        step: step, figure: figure, unit: unit, targetShare: target, source: from)
      settings.norms.removeAll { $0.step == step }
      settings.norms.append(updated)
      said.append("--norm \(step.rawValue) \(updated.described(.en))")
    }
    for (step, text) in sources where !normed.contains(step) && !removed.contains(step) {
      guard let index = settings.norms.firstIndex(where: { $0.step == step }) else {
        throw CommandFailure.usage(
          "--source: \(step.rawValue) has no norm; give one with --norm \(step.rawValue)=FIGURE:UNIT"
        )
      }
      settings.norms[index].source = text
      said.append("--source \(step.rawValue)=\(text)")
    }
    for step in removed {
      if sources[step] != nil {
        throw CommandFailure.usage("--source and --no-norm: \(step.rawValue) both")
      }
      settings.norms.removeAll { $0.step == step }
      said.append("--no-norm \(step.rawValue)")
    }
    guard !said.isEmpty else {
      throw CommandFailure.usage(
        "nothing to change: give at least one option (tafel settings set --help)")
    }
    // Kept in chain order, so the file reads like the report.
    settings.norms.sort {
      ChainStep.allCases.firstIndex(of: $0.step)! < ChainStep.allCases.firstIndex(of: $1.step)!
    }
    try SettingsChange.write(settings, said: said, reason: reason, store: store, by: options.author)
  }

  static func stepAndText(_ text: String, _ option: String) throws -> (ChainStep, String) {
    guard let equals = text.firstIndex(of: "=") else {
      throw CommandFailure.usage("\(option): \"\(text)\" is not STEP=…")
    }
    let step = try PreparationArguments.choice(String(text[..<equals]), option, as: ChainStep.self)
    let value = String(text[text.index(after: equals)...]).trimmed
    guard !value.isEmpty else {
      throw CommandFailure.usage("\(option): \(step.rawValue)= is empty")
    }
    return (step, value)
  }
}

struct SettingsLoadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "load",
    abstract:
      "Replace the region's settings with a JSON file (as `settings show --format json` writes).")

  @Argument(help: ArgumentHelp("The JSON file.", valueName: "file"))
  var file: String

  @Option(
    help: ArgumentHelp("Why the region changes them (kept with the change).", valueName: "text"))
  var reason: String?

  @OptionGroup var options: StoreOptions

  func run() throws {
    // Settings that break a rule are what this command repairs.
    let store = try options.open(repairingSettings: true)
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure.usage("\(file): cannot be read")
    }
    let settings = try FragmentDecoding.decode(RegionSettings.self, from: data, path: file)
    // A key this Tafel does not know is a typo here, not a newer field: refused.
    if let problem = SettingsLoadCommand.unknownKey(in: data, path: file) {
      throw CommandFailure.data(problem.description)
    }
    try SettingsChange.write(
      settings, said: ["loaded from \((file as NSString).lastPathComponent)"], reason: reason,
      store: store, by: options.author)
  }
}

extension SettingsLoadCommand {
  /// The first key of the file that is no setting (or no field of a norm), at its place.
  static func unknownKey(in data: Data, path: String) -> StoreProblem? {
    guard case .object(let top) = try? JSONDecoder().decode(JSONValue.self, from: data) else {
      return nil
    }
    let known = Set(RegionSettings.CodingKeys.allCases.map(\.rawValue))
    for key in top.keys.sorted() where !known.contains(key) {
      return FragmentDecoding.problem(
        at: [.key(key)], in: data, path: path,
        "\"\(key)\" is no setting (\(known.sorted().joined(separator: ", ")))")
    }
    guard case .array(let norms)? = top["norms"] else { return nil }
    let fields = Set(RegionNorm.CodingKeys.allCases.map(\.rawValue))
    for (index, norm) in norms.enumerated() {
      guard case .object(let object) = norm else { continue }
      for key in object.keys.sorted() where !fields.contains(key) {
        return FragmentDecoding.problem(
          at: [.key("norms"), .index(index), .key(key)], in: data, path: path,
          "\"\(key)\" is no field of a norm (\(fields.sorted().joined(separator: ", ")))")
      }
    }
    return nil
  }
}

enum SettingsChange {
  /// Writes the settings under store.json's lock with a change record, after
  /// the same rules the reader keeps; an unchanged value writes nothing.
  static func write(
    _ settings: RegionSettings, said: [String], reason: String?, store: Store, by: String
  ) throws {
    if let problem = settings.problems.first {
      throw CommandFailure.usage(
        JSONPathElement.describe([.key("settings")] + problem.path) + ": " + problem.message)
    }
    // Settings that do not read (edited by hand) are replaced, not compared.
    if let current = try? store.info().settings, current == settings {
      print("settings unchanged")
      return
    }
    let what =
      "changed the region's settings: " + said.joined(separator: ", ")
      + (reason.map { " (\(Sanitized.line($0.trimmed)))" } ?? "")
    try store.replaceSettings(settings, by: by, what: what)
    print(what)
  }
}
