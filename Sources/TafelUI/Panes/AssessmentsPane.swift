// The risk assessments pane, newest first: instrument, date, organisation,
// the instrument's own outcome, and the two shared-scale values side by side.
// An assessment that differs two or more steps from another organisation's
// (within the comparison window) carries a "≠" so disagreement shows at a glance.

import TafelCore
import TafelScreen

enum AssessmentsPane {
  static func lines(_ input: PaneInput) -> [PaneLine] {
    let strings = input.strings
    let assessments = input.family.assessments.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    guard !assessments.isEmpty else { return [PaneLine(strings.noAssessments, .dim)] }
    let disagreeing = disagreements(assessments, input.thresholds)
    let wide = input.width >= 72
    var lines: [PaneLine] = []
    let instrumentWidth = 13
    let organisationWidth = 8
    if wide {
      let fixed = 1 + 10 + 1 + instrumentWidth + 1 + organisationWidth + 1 + 1 + 18 + 1 + 10
      let outcomeWidth = max(8, input.width - fixed)
      lines.append(
        PaneLine(
          "  " + DisplayWidth.pad("", to: 11) + DisplayWidth.pad("", to: instrumentWidth + 1)
            + DisplayWidth.pad("", to: organisationWidth + 1)
            + DisplayWidth.pad("", to: outcomeWidth)
            + DisplayWidth.pad(strings.safetyNow, to: 19) + strings.futureRisk, .dim, item: "header"
        ))
      for assessment in assessments {
        let differs = disagreeing.contains(assessment.id)
        lines.append(
          PaneLine(
            [
              Span(differs ? "≠ " : "  ", .marker),
              Span(assessment.date.description + " ", .dim),
              Span(DisplayWidth.pad(assessment.instrument.displayName, to: instrumentWidth) + " "),
              Span(
                DisplayWidth.pad(
                  input.directory.abbreviation(assessment.organisation), to: organisationWidth)
                  + " ", .title),
              Span(DisplayWidth.pad(assessment.outcomeSummary(strings.language), to: outcomeWidth)),
              Span(
                DisplayWidth.pad(strings.scale(assessment.safetyNow), to: 18) + " ",
                role(assessment.safetyNow?.step)),
              Span(strings.scale(assessment.futureRisk), role(assessment.futureRisk?.step)),
            ], item: assessment.id))
      }
    } else {
      for assessment in assessments {
        let differs = disagreeing.contains(assessment.id)
        lines.append(
          PaneLine(
            [
              Span(differs ? "≠ " : "  ", .marker),
              Span(assessment.date.description + " ", .dim),
              Span(assessment.instrument.displayName + " "),
              Span(input.directory.abbreviation(assessment.organisation) + " ", .title),
              Span(assessment.outcomeSummary(strings.language)),
            ], item: assessment.id))
        lines.append(
          PaneLine(
            [
              Span("    " + strings.safetyNow + " ", .dim),
              Span(strings.scale(assessment.safetyNow), role(assessment.safetyNow?.step)),
              Span(" · " + strings.futureRisk + " ", .dim),
              Span(strings.scale(assessment.futureRisk), role(assessment.futureRisk?.step)),
            ], item: assessment.id))
      }
    }
    if !disagreeing.isEmpty {
      lines.append(PaneLine(strings.disagreementLegend, .marker, item: "legend"))
    }
    return lines
  }

  /// The worst two steps of a scale are shown as warnings (bold without colour).
  private static func role(_ step: Int?) -> StyleRole {
    guard let step else { return .dim }
    return step >= 2 ? .warning : .normal
  }

  /// Ids of assessments that differ by the threshold's steps or more, on either
  /// shared scale, from an assessment by another organisation within the window.
  static func disagreements(_ assessments: [RiskAssessment], _ thresholds: SignalThresholds) -> Set<
    String
  > {
    var result = Set<String>()
    for (index, first) in assessments.enumerated() {
      for second in assessments[(index + 1)...] where first.organisation != second.organisation {
        guard abs(first.date.days(until: second.date)) <= thresholds.assessmentWindowDays else {
          continue
        }
        let safety = zip(first.safetyNow?.step, second.safetyNow?.step).map { abs($0 - $1) } ?? 0
        let risk = zip(first.futureRisk?.step, second.futureRisk?.step).map { abs($0 - $1) } ?? 0
        if max(safety, risk) >= thresholds.assessmentSteps {
          result.insert(first.id)
          result.insert(second.id)
        }
      }
    }
    return result
  }
}

private func zip(_ first: Int?, _ second: Int?) -> (Int, Int)? {
  guard let first, let second else { return nil }
  return (first, second)
}
