// The region coordinator's view of where the chain stalls: families per
// phase, lead times per chain step against the region's norms, families
// coming back, the share with exactly one direction, overlap between
// organisations, how many professionals a family meets, and the signals by
// kind, over one store or the stores of several tables. Every figure is
// defined in docs/report.md.

package struct RegionReport: Codable, Hashable, Sendable {
  /// A family behind a count (`--names`); the name is left out with `--private`.
  package struct FamilyName: Codable, Hashable, Sendable {
    package var id: String
    package var name: String?
    /// Behind a lead time: the family's own days for the step.
    package var days: Int?
    /// With several stores: the region of the store the family is in.
    package var store: String?
  }

  /// One store a report reads: its region, its families and its directory.
  package struct Source: Sendable {
    package var region: String
    package var families: [Family]
    package var directory: Directory
    package var settings: RegionSettings

    package init(
      region: String, families: [Family], directory: Directory,
      settings: RegionSettings = RegionSettings()
    ) {
      self.region = region
      self.families = families
      self.directory = directory
      self.settings = settings
    }
  }

  /// A store in the report and how many of its families counted.
  package struct StoreCount: Codable, Hashable, Sendable {
    package var region: String
    package var families: Int
  }

  /// How a lead time stands against its norm.
  package struct NormStanding: Codable, Hashable, Sendable {
    package var figure: Int
    package var unit: NormUnit
    package var targetShare: Int?
    package var source: String
    /// Measurements within the norm (counted in the norm's unit).
    package var within: Int
    /// within ÷ count (0–1); absent without measurements.
    package var share: Double?
    /// Whether the share reaches the target; absent without a target or measurements.
    package var meetsTarget: Bool?
  }

  /// Families back at the chain within the window after an outcome that
  /// ended the table's part (no investigation, or drang).
  package struct RepeatCount: Codable, Hashable, Sendable {
    package var windowMonths: Int
    /// Families with such an outcome in the period (without a period: ever).
    package var families: Int
    /// Of those, the ones with a new report or request for discussion within the window.
    package var back: Int
    package var share: Double?
    package var named: [FamilyName]?
  }

  /// Whether the report names the families behind its counts.
  package enum Naming: Sendable {
    case none
    /// Ids and initials, no names (for a screen others can see).
    case ids
    case names
  }

  /// The RvdK's answers to the requests for investigation made in the
  /// period: a request counts as accepted when the RvdK accepted it or
  /// (recorded before its decision was a step of its own) the investigation
  /// started.
  package struct RvdKCount: Codable, Hashable, Sendable {
    package var requests: Int
    package var accepted: Int
    package var rejected: Int
    package var awaiting: Int
    /// accepted / (accepted + rejected); nil when none was answered.
    package var acceptedShare: Double?
    /// The families with a request the RvdK rejected, when the report names them.
    package var namedRejected: [FamilyName]?
    package var namedAwaiting: [FamilyName]?
  }

  package struct PhaseCount: Codable, Hashable, Sendable {
    package var phase: Phase
    package var families: Int
    /// The families counted (only with naming).
    package var named: [FamilyName]?
  }

  package struct StepStatistics: Codable, Hashable, Sendable {
    package var step: ChainStep
    /// Families that made the step (its end inside the period).
    package var count: Int
    package var median: Int?
    package var p90: Int?
    package var min: Int?
    package var max: Int?
    /// The region's norm for the step and the share within it; absent when
    /// the region holds no norm for it.
    package var norm: NormStanding?
    package var named: [FamilyName]?
  }

  /// Direction counts a duo of a local professional and a regional safety
  /// team as one (Directors.directions).
  package struct DirectorShare: Codable, Hashable, Sendable {
    /// Families in help (phase neither reported nor closed).
    package var families: Int
    package var exactlyOne: Int
    package var none: Int
    package var several: Int
    /// exactlyOne / families, or nil when there are none.
    package var share: Double?
    /// The families without a director and with two or more (only with naming).
    package var namedNone: [FamilyName]?
    package var namedSeveral: [FamilyName]?
  }

  package struct OverlapCount: Codable, Hashable, Sendable {
    package var function: CaseFunction
    package var organisations: [String]
    package var organisationNames: [String]
    package var families: Int
    package var named: [FamilyName]?
  }

  package struct ProfessionalsBucket: Codable, Hashable, Sendable {
    /// "0", "1-4", "5-8", "9-16", "17-40", "41+".
    package var label: String
    package var min: Int
    package var max: Int?
    package var families: Int
    package var named: [FamilyName]?
  }

  package struct ProfessionalsDistribution: Codable, Hashable, Sendable {
    package var buckets: [ProfessionalsBucket]
    package var median: Int?
    package var p90: Int?
    package var max: Int?
  }

  package struct SignalCount: Codable, Hashable, Sendable {
    package var kind: SignalKind
    package var signals: Int
    package var families: Int
    package var named: [FamilyName]?
  }

  package var today: Day
  package var from: Day?
  package var to: Day?
  /// The stores read, with their families counted (one for a single store).
  package var stores: [StoreCount]
  /// What the reader should know about the figures (stores holding other
  /// norms than the first, whose norms the report uses).
  package var notes: [String]?
  /// Families in the report: all, or with a chain event inside [from, to].
  package var families: Int
  package var phases: [PhaseCount]
  package var leadTimes: [StepStatistics]
  package var repeats: RepeatCount
  package var rvdk: RvdKCount
  package var direction: DirectorShare
  package var overlaps: [OverlapCount]
  package var professionals: ProfessionalsDistribution
  package var signals: [SignalCount]

  static let bucketBounds: [(min: Int, max: Int?)] = [
    (0, 0), (1, 4), (5, 8), (9, 16), (17, 40), (41, nil),
  ]

  /// The report over one store.
  package static func build(
    families all: [Family], directory: Directory, from: Day?, to: Day?, today: Day,
    thresholds: SignalThresholds, settings: RegionSettings = RegionSettings(),
    region: String = "", naming: Naming = .none
  ) -> RegionReport {
    build(
      sources: [
        Source(region: region, families: all, directory: directory, settings: settings)
      ], from: from, to: to, today: today, thresholds: thresholds, naming: naming)
  }

  /// The report over the stores of one or more tables: every family counts
  /// once in its own store, with its own directory; the norms and the repeat
  /// window are the first store's.
  package static func build(
    sources: [Source], from: Day?, to: Day?, today: Day, thresholds: SignalThresholds,
    naming: Naming = .none
  ) -> RegionReport {
    let end = to ?? today
    let settings = sources.first?.settings ?? RegionSettings()
    let several = sources.count > 1
    func inPeriod(_ day: Day) -> Bool { (from.map { day >= $0 } ?? true) && day <= end }
    // One pass over the families (a large store holds tens of thousands;
    // copying a family costs more than most rules).
    var count = 0
    var phaseCounts = [Int](repeating: 0, count: Phase.allCases.count)
    var stepTimes = [[LeadTime]](repeating: [], count: ChainStep.allCases.count)
    var storeCounts: [StoreCount] = []
    var repeats = RepeatCount(
      windowMonths: settings.repeatWindowMonths, families: 0, back: 0, share: nil)
    var repeatNames: [FamilyName] = []
    var rvdk = RvdKCount(requests: 0, accepted: 0, rejected: 0, awaiting: 0)
    var rejectedNames: [FamilyName] = []
    var awaitingNames: [FamilyName] = []
    var share = DirectorShare(families: 0, exactlyOne: 0, none: 0, several: 0, share: nil)
    var overlapFamilies: [String: (overlap: Overlap, families: Int)] = [:]
    var counts: [Int] = []
    var signalCounts = [(signals: Int, families: Int)](
      repeating: (0, 0), count: SignalKind.allCases.count)
    // Who is behind each count, kept only when the report names them.
    let naming = naming
    var phaseNames = [[FamilyName]](repeating: [], count: Phase.allCases.count)
    var stepNames = [[FamilyName]](repeating: [], count: ChainStep.allCases.count)
    var noneNames: [FamilyName] = []
    var severalNames: [FamilyName] = []
    var overlapNames: [String: [FamilyName]] = [:]
    var professionalCounts: [(count: Int, family: FamilyName)] = []
    var signalNames = [[FamilyName]](repeating: [], count: SignalKind.allCases.count)
    // Each store's directory indexed once, for its families and the names below.
    let lookups = sources.map { DirectoryLookup($0.directory) }
    for (source, lookup) in zip(sources, lookups) {
      let all = source.families
      storeCounts.append(StoreCount(region: source.region, families: 0))
      for index in all.indices {
        // Worked out once per family: every step, the period and the repeats read it.
        let chainSteps = all[index].chainSteps
        if from != nil || to != nil {
          guard chainSteps.contains(where: { inPeriod($0.date) }) else { continue }
        }
        let family = all[index]
        let named = FamilyName(
          id: family.id, name: naming == .names ? family.name : nil,
          store: several ? source.region : nil)
        let naming = naming != .none
        count += 1
        storeCounts[storeCounts.count - 1].families += 1
        phaseCounts[Phase.allCases.firstIndex(of: family.phase)!] += 1
        if naming { phaseNames[Phase.allCases.firstIndex(of: family.phase)!].append(named) }

        for (position, step) in ChainStep.allCases.enumerated() {
          if let time = LeadTimes.measure(step, events: chainSteps), inPeriod(time.end) {
            stepTimes[position].append(time)
            if naming {
              var withDays = named
              withDays.days = time.days
              stepNames[position].append(withDays)
            }
          }
        }

        if family.phase != .reported && family.phase != .closed {
          share.families += 1
          switch Directors.directions(on: today, in: family, lookup: lookup).count {
          case 0:
            share.none += 1
            if naming { noneNames.append(named) }
          case 1: share.exactlyOne += 1
          default:
            share.several += 1
            if naming { severalNames.append(named) }
          }
        }

        for overlap in Overlaps.find(in: family, lookup: lookup, from: from, to: end) {
          let key = overlap.function.rawValue + "|" + overlap.organisations.joined(separator: "|")
          overlapFamilies[key] = (overlap, (overlapFamilies[key]?.families ?? 0) + 1)
          if naming { overlapNames[key, default: []].append(named) }
        }

        var met: Set<String> = []
        for involvement in family.involvements where involvement.from <= end {
          if let from, let last = involvement.to, last < from { continue }
          met.insert(involvement.professional)
        }
        counts.append(met.count)
        if naming { professionalCounts.append((met.count, named)) }

        var found = [Int](repeating: 0, count: SignalKind.allCases.count)
        for signal in Signals.evaluate(
          family: family, lookup: lookup, today: today, thresholds: thresholds,
          settings: source.settings)
        {
          found[SignalKind.allCases.firstIndex(of: signal.kind)!] += 1
        }
        for (position, number) in found.enumerated() where number > 0 {
          signalCounts[position].signals += number
          signalCounts[position].families += 1
          if naming { signalNames[position].append(named) }
        }

        for (request, answer) in Family.rvdkAnswers(steps: chainSteps)
        where inPeriod(request.date) {
          rvdk.requests += 1
          // An answer after the period's end was still awaited at its end.
          switch answer.flatMap({ $0.date <= end ? $0.kind : nil }) {
          case nil:
            rvdk.awaiting += 1
            if naming { awaitingNames.append(named) }
          case .rvdkReject?:
            rvdk.rejected += 1
            if naming { rejectedNames.append(named) }
          default:
            rvdk.accepted += 1
          }
        }

        if RegionReport.endingOutcome(of: family, from: from, to: end) != nil {
          repeats.families += 1
          // The same rule as signal B, for the decisions in the period.
          let back = family.returns(within: settings.repeatWindowMonths, steps: chainSteps)
            .contains { found in
              (from.map { found.decision.day >= $0 } ?? true) && found.step.date <= end
            }
          if back {
            repeats.back += 1
            if naming { repeatNames.append(named) }
          }
        }
      }
    }
    let answered = rvdk.accepted + rvdk.rejected
    rvdk.acceptedShare = answered == 0 ? nil : Double(rvdk.accepted) / Double(answered)
    repeats.share = repeats.families == 0 ? nil : Double(repeats.back) / Double(repeats.families)
    share.share = share.families == 0 ? nil : Double(share.exactlyOne) / Double(share.families)
    let names = naming != .none
    func sorted(_ list: [FamilyName]) -> [FamilyName]? {
      names ? list.sorted { $0.id < $1.id } : nil
    }
    share.namedNone = sorted(noneNames)
    share.namedSeveral = sorted(severalNames)
    repeats.named = sorted(repeatNames)
    rvdk.namedRejected = sorted(rejectedNames)
    rvdk.namedAwaiting = sorted(awaitingNames)

    let leadTimes = ChainStep.allCases.enumerated().map { position, step in
      let times = stepTimes[position]
      let days = times.map(\.days)
      let standing = settings.norm(for: step).map { norm in
        let within = times.filter { norm.isMet(from: $0.start, to: $0.end) }.count
        let share = times.isEmpty ? nil : Double(within) / Double(times.count)
        return NormStanding(
          figure: norm.figure, unit: norm.unit, targetShare: norm.targetShare,
          source: norm.source, within: within, share: share,
          meetsTarget: norm.targetShare.flatMap { target in
            share.map { $0 * 100 >= Double(target) }
          })
      }
      return StepStatistics(
        step: step, count: days.count, median: NearestRank.median(of: days),
        p90: NearestRank.percentile(90, of: days), min: days.min(), max: days.max(),
        norm: standing, named: sorted(stepNames[position]))
    }
    var notes: [String] = []
    for source in sources.dropFirst() {
      let first = sources[0].region
      if source.settings.norms != settings.norms {
        notes.append(
          "\(source.region) holds other norms than \(first); the report uses \(first)'s")
      }
      if source.settings.repeatWindowMonths != settings.repeatWindowMonths {
        notes.append(
          "\(source.region) counts a repeat within \(source.settings.repeatWindowMonths) months; the report uses \(first)'s \(settings.repeatWindowMonths)"
        )
      }
    }
    // One family in two stores (two replicas of one table) would count twice: said.
    var seen: [String: String] = [:]
    var twice: [String: Set<String>] = [:]
    for source in sources {
      for family in source.families {
        if let other = seen[family.id], other != source.region {
          twice[family.id, default: [other]].insert(source.region)
        } else {
          seen[family.id] = source.region
        }
      }
    }
    if !twice.isEmpty {
      let stores = Set(twice.values.flatMap { $0 }).sorted().joined(separator: ", ")
      notes.append(
        (twice.count == 1 ? "1 family id is" : "\(twice.count) family ids are")
          + " in more than one store (\(stores)): each counts once per store; replicas of one table count twice"
      )
    }
    let overlaps = overlapFamilies.map { key, entry in
      OverlapCount(
        function: entry.overlap.function, organisations: entry.overlap.organisations,
        organisationNames: entry.overlap.organisations.map { id in
          lookups.first { $0.organisation(id) != nil }?.shortName(ofOrganisation: id) ?? id
        },
        families: entry.families, named: sorted(overlapNames[key] ?? []))
    }.sorted {
      let left = Overlaps.functions.firstIndex(of: $0.function) ?? 0
      let right = Overlaps.functions.firstIndex(of: $1.function) ?? 0
      return (left, $0.organisations.joined(separator: "|"))
        < (right, $1.organisations.joined(separator: "|"))
    }
    let buckets = bucketBounds.map { bounds in
      ProfessionalsBucket(
        label: bounds.max.map { $0 == bounds.min ? "\($0)" : "\(bounds.min)-\($0)" }
          ?? "\(bounds.min)+",
        min: bounds.min, max: bounds.max,
        families: counts.filter { count in
          count >= bounds.min && (bounds.max.map { count <= $0 } ?? true)
        }.count,
        named: sorted(
          professionalCounts.filter { entry in
            entry.count >= bounds.min && (bounds.max.map { entry.count <= $0 } ?? true)
          }.map(\.family)))
    }

    return RegionReport(
      today: today, from: from, to: to, stores: storeCounts, notes: notes.isEmpty ? nil : notes,
      families: count,
      phases: Phase.allCases.enumerated().map {
        PhaseCount(phase: $1, families: phaseCounts[$0], named: sorted(phaseNames[$0]))
      },
      leadTimes: leadTimes, repeats: repeats, rvdk: rvdk, direction: share, overlaps: overlaps,
      professionals: ProfessionalsDistribution(
        buckets: buckets, median: NearestRank.median(of: counts),
        p90: NearestRank.percentile(90, of: counts), max: counts.max()),
      signals: SignalKind.allCases.enumerated().map {
        SignalCount(
          kind: $1, signals: signalCounts[$0].signals, families: signalCounts[$0].families,
          named: sorted(signalNames[$0]))
      })
  }

  /// The last day a decision in force ended the table's part for the family
  /// (no RvdK investigation, or drang) inside [from, to], if any.
  static func endingOutcome(of family: Family, from: Day?, to: Day) -> Day? {
    let corrected = family.correctedIDs
    return family.decisions.filter { decision in
      !corrected.contains(decision.id) && decision.endsTheTablesPart
        && decision.day <= to && (from.map { decision.day >= $0 } ?? true)
    }.map(\.day).max()
  }
}
