// `tafel vto`: the request for investigation (verzoek tot onderzoek) to the
// RvdK, in Dutch, filled from the family's file and the table's conclusion,
// ending with what the RvdK's intake questions still lack
// (InvestigationRequest). Written to stdout, or atomically (0600) to --output.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore

struct VTOCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "vto",
    abstract: "Write the request for investigation to the RvdK (in Dutch).",
    discussion: """
      For the table's latest conclusion in force that asks the RvdK to investigate (or \
      --decision): the family, the conclusion and its rationale, the parents' and the \
      child's views, the request for discussion, the plan, the risk assessments and who is \
      involved, then what the RvdK's three intake questions (help tried, the network too; \
      trust in the parents' care; is the child unsafe) still lack in the file.
      """)

  @Argument(
    help: ArgumentHelp("The family id.", valueName: "family"), completion: Completions.families)
  var family: String

  @Option(help: ArgumentHelp("The decision it is for (default: the latest).", valueName: "id"))
  var decision: String?

  @Option(help: "markdown or html.")
  var format: MinutesFormat = .markdown

  @Option(
    help: ArgumentHelp(
      "Write to this file (atomically, mode 0600) instead of stdout.", valueName: "path"),
    completion: Completions.output)
  var output: String?

  @OptionGroup var options: StoreOptions

  func validate() throws {
    if let output, output.isEmpty { throw CommandFailure.usage("--output: empty path") }
  }

  func run() throws {
    let store = try options.open()
    let found = try PreparationArguments.family(family, in: store)
    guard let asking = InvestigationRequest.decision(in: found, id: decision) else {
      throw CommandFailure.data(
        decision.map {
          "--decision: \($0) is not a conclusion in force of \(family) that asks the RvdK to investigate"
        }
          ?? "\(family): no conclusion in force asks the RvdK to investigate (tafel decide … --outcome investigation)"
      )
    }
    try options.logAccess(store, [family], .print, part: "request for investigation")
    let now = StoreOptions.now()
    let local = SystemClock.zone.local(now)
    let (title, blocks) = InvestigationRequest.blocks(
      family: found, decision: asking, directory: try? store.directory(),
      region: (try? store.info().region) ?? "", today: StoreOptions.today(at: now),
      made: "Dit document is opgemaakt op \(MinutesWords.date(local.day, .nl)) om \(local.clock).")
    let text = Sanitized.text(
      format == .markdown
        ? DocumentText.markdown(title: title, blocks)
        : DocumentText.html(title: title, blocks, language: .nl))
    if let output {
      try MinutesCommand.writeAtomically(Data(text.utf8), to: output)
    } else {
      CommandOutput.write(text, endingLine: false)
    }
  }
}
