// The RvdK's own decision on a request for investigation. The table
// discusses with the family and concludes (its advice, `Decision`); the
// RvdK's investigator then decides, after the RvdK's intake test and always
// with a behavioural expert, whether the RvdK investigates. It is a chain
// step of its own (`rvdk-accept`, `rvdk-reject`) that carries who decided,
// with whom, on what conditions or why not; only a judge imposes a measure.

package struct RvdKDecision: Codable, Hashable, Sendable {
  /// The RvdK's investigator who decided.
  package var by: String
  /// The behavioural expert (gedragsdeskundige) who decided with them.
  package var expert: String
  /// For an acceptance: what the RvdK asks of the family or the chain meanwhile.
  package var conditions: String?
  /// For a rejection (required): why the RvdK does not investigate.
  package var reason: String?
  /// The chain step of the request it answers ("E4", or a decision's
  /// implied request "FV-2026-0042-D003/request").
  package var request: String?

  package init(
    by: String, expert: String, conditions: String? = nil, reason: String? = nil,
    request: String? = nil
  ) {
    self.by = by
    self.expert = expert
    self.conditions = conditions
    self.reason = reason
    self.request = request
  }
}

/// What can go wrong recording the RvdK's decision, in words for the commands.
package struct RvdKRefusal: Error, Hashable, Sendable, CustomStringConvertible {
  package var description: String
  package init(_ description: String) { self.description = description }
}

extension EventKind {
  /// The RvdK's answer to a request for investigation.
  package var isRvdKDecision: Bool { self == .rvdkAccept || self == .rvdkReject }
}

extension Family {
  /// The requests for investigation the RvdK has not answered, oldest first.
  package var requestsAwaitingRvdK: [ChainEvent] {
    Family.rvdkAnswers(steps: chainSteps).filter { $0.answer == nil }.map(\.request)
  }

  /// The request the table's decision `id` made, with the RvdK's answer to
  /// it (nil while it waits); nil when the decision made no request.
  package func rvdkRequest(of id: String) -> (request: ChainEvent, answer: ChainEvent?)? {
    Family.rvdkAnswers(steps: chainSteps).first { $0.request.decision == id }
  }

  /// Every request for investigation with the step that answered it, oldest
  /// first. A request is answered by the RvdK's decision that names it; one
  /// that names none (or a request from before the RvdK's decision was
  /// recorded apart), by the first acceptance, rejection or start of an
  /// investigation on or after its day. `steps` are the family's chain steps.
  package static func rvdkAnswers(steps: [ChainEvent]) -> [(
    request: ChainEvent, answer: ChainEvent?
  )] {
    let ordered = steps.enumerated().sorted { ($0.1.date, $0.0) < ($1.1.date, $1.0) }.map(\.1)
    var answers: [(request: ChainEvent, answer: ChainEvent?)] = ordered.filter {
      $0.kind == .investigationRequest
    }.map { ($0, nil) }
    let responses = ordered.filter {
      $0.kind == .rvdkAccept || $0.kind == .rvdkReject || $0.kind == .investigationStart
    }
    // The answers that name their request first: a request a decision
    // implies sorts after the steps recorded on its day.
    var unnamed: [ChainEvent] = []
    for response in responses {
      if let named = response.rvdk?.request,
        let index = answers.firstIndex(where: { $0.answer == nil && $0.request.id == named })
      {
        answers[index].answer = response
      } else if let named = response.rvdk?.request,
        answers.contains(where: { $0.request.id == named })
      {
        continue  // answered already by another: a second answer answers nothing
      } else {
        // No request named, or the one named is gone: a correction that kept
        // the request (same outcome, new words) implies it under its own id.
        unnamed.append(response)
      }
    }
    for response in unnamed {
      if let index = answers.firstIndex(where: {
        $0.answer == nil && $0.request.date <= response.date
      }) {
        answers[index].answer = response
      }
    }
    return answers
  }

  /// Records the RvdK's decision on `day`: it answers `request` (a step id)
  /// or, when none is named, the oldest request still waiting. Refused when
  /// no request waits, for a rejection without a reason, and without the
  /// investigator or the behavioural expert. The phase follows the step:
  /// an acceptance starts the investigation, a rejection returns the family
  /// to voluntary help.
  @discardableResult
  package mutating func recordRvdK(
    accepted: Bool, on day: Day, decision: RvdKDecision, organisation: String?,
    note: String? = nil, replica: String? = nil
  ) throws(RvdKRefusal) -> ChainEvent {
    var decision = decision
    decision.by = decision.by.trimmed
    decision.expert = decision.expert.trimmed
    decision.conditions = decision.conditions?.trimmed.nonEmpty
    decision.reason = decision.reason?.trimmed.nonEmpty
    guard !decision.by.isEmpty else { throw RvdKRefusal("the RvdK's investigator is not named") }
    guard !decision.expert.isEmpty else {
      throw RvdKRefusal("the behavioural expert who decided with the investigator is not named")
    }
    if !accepted, decision.reason == nil {
      throw RvdKRefusal("a rejection says why the RvdK does not investigate")
    }
    if accepted, decision.reason != nil {
      throw RvdKRefusal("an acceptance takes conditions, not a reason")
    }
    if !accepted, decision.conditions != nil {
      throw RvdKRefusal("a rejection takes a reason, not conditions")
    }
    let waiting = requestsAwaitingRvdK
    let answered: ChainEvent
    if let named = decision.request {
      guard let found = waiting.first(where: { $0.id == named }) else {
        let known = chainSteps.contains { $0.id == named && $0.kind == .investigationRequest }
        throw RvdKRefusal(
          known
            ? "the request \(named) is answered already"
            : "\(named) is not a request for investigation of this family")
      }
      answered = found
    } else {
      guard let oldest = waiting.first else {
        throw RvdKRefusal(
          "no request for investigation waits for the RvdK's answer (the table's request, or `tafel event --kind investigation-request`)"
        )
      }
      answered = oldest
    }
    guard answered.date <= day else {
      throw RvdKRefusal("the request \(answered.id) was made on \(answered.date), after \(day)")
    }
    decision.request = answered.id
    // The phase follows only a step that is the latest of the family's
    // route: a decision recorded late must not undo a later table's decision.
    let latest = chainSteps.allSatisfy { $0.date <= day }
    let before = phase
    let step = record(
      event: ChainEvent(
        id: "", date: day, kind: accepted ? .rvdkAccept : .rvdkReject, from: organisation,
        note: note?.trimmed.nonEmpty, rvdk: decision),
      replica: replica)
    if !latest { phase = before }
    return step
  }
}
