// The region coordinator's view of where the chain stalls: families per
// phase, lead times per chain step, the share with exactly one director,
// overlap between organisations, how many professionals a family meets, and
// the signals by kind. Every figure is defined in docs/report.md.

public struct RegionReport: Codable, Hashable, Sendable {
  /// A family behind a count (`--names`); the name is left out with `--private`.
  public struct FamilyName: Codable, Hashable, Sendable {
    public var id: String
    public var name: String?
    /// Behind a lead time: the family's own days for the step.
    public var days: Int?
  }

  /// Whether the report names the families behind its counts.
  public enum Naming: Sendable {
    case none
    /// Ids and initials, no names (for a screen others can see).
    case ids
    case names
  }

  public struct PhaseCount: Codable, Hashable, Sendable {
    public var phase: Phase
    public var families: Int
    /// The families counted (only with naming).
    public var named: [FamilyName]?
  }

  public struct StepStatistics: Codable, Hashable, Sendable {
    public var step: ChainStep
    /// Families that made the step (its end inside the period).
    public var count: Int
    public var median: Int?
    public var p90: Int?
    public var min: Int?
    public var max: Int?
    public var named: [FamilyName]?
  }

  public struct DirectorShare: Codable, Hashable, Sendable {
    /// Families in help (phase neither reported nor closed).
    public var families: Int
    public var exactlyOne: Int
    public var none: Int
    public var several: Int
    /// exactlyOne / families, or nil when there are none.
    public var share: Double?
    /// The families without a director and with two or more (only with naming).
    public var namedNone: [FamilyName]?
    public var namedSeveral: [FamilyName]?
  }

  public struct OverlapCount: Codable, Hashable, Sendable {
    public var function: CaseFunction
    public var organisations: [String]
    public var organisationNames: [String]
    public var families: Int
    public var named: [FamilyName]?
  }

  public struct ProfessionalsBucket: Codable, Hashable, Sendable {
    /// "0", "1-4", "5-8", "9-16", "17-40", "41+".
    public var label: String
    public var min: Int
    public var max: Int?
    public var families: Int
    public var named: [FamilyName]?
  }

  public struct ProfessionalsDistribution: Codable, Hashable, Sendable {
    public var buckets: [ProfessionalsBucket]
    public var median: Int?
    public var p90: Int?
    public var max: Int?
  }

  public struct SignalCount: Codable, Hashable, Sendable {
    public var kind: SignalKind
    public var signals: Int
    public var families: Int
    public var named: [FamilyName]?
  }

  public var today: Day
  public var from: Day?
  public var to: Day?
  /// Families in the report: all, or with a chain event inside [from, to].
  public var families: Int
  public var phases: [PhaseCount]
  public var leadTimes: [StepStatistics]
  public var direction: DirectorShare
  public var overlaps: [OverlapCount]
  public var professionals: ProfessionalsDistribution
  public var signals: [SignalCount]

  static let bucketBounds: [(min: Int, max: Int?)] = [
    (0, 0), (1, 4), (5, 8), (9, 16), (17, 40), (41, nil),
  ]

  public static func build(
    families all: [Family], directory: Directory, from: Day?, to: Day?, today: Day,
    thresholds: SignalThresholds, naming: Naming = .none
  ) -> RegionReport {
    let end = to ?? today
    let lookup = DirectoryLookup(directory)
    func inPeriod(_ day: Day) -> Bool { (from.map { day >= $0 } ?? true) && day <= end }
    // One pass over the families (a large store holds tens of thousands;
    // copying a family costs more than most rules).
    var count = 0
    var phaseCounts = [Int](repeating: 0, count: Phase.allCases.count)
    var stepDays = [[Int]](repeating: [], count: ChainStep.allCases.count)
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
    for index in all.indices {
      if from != nil || to != nil {
        guard all[index].chainSteps.contains(where: { inPeriod($0.date) }) else { continue }
      }
      let family = all[index]
      let named = FamilyName(id: family.id, name: naming == .names ? family.name : nil)
      let naming = naming != .none
      count += 1
      phaseCounts[Phase.allCases.firstIndex(of: family.phase)!] += 1
      if naming { phaseNames[Phase.allCases.firstIndex(of: family.phase)!].append(named) }

      for (position, step) in ChainStep.allCases.enumerated() {
        if let time = LeadTimes.measure(step, in: family), inPeriod(time.end) {
          stepDays[position].append(time.days)
          if naming {
            var withDays = named
            withDays.days = time.days
            stepNames[position].append(withDays)
          }
        }
      }

      if family.phase != .reported && family.phase != .closed {
        share.families += 1
        switch Directors.on(today, in: family).count {
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
        family: family, lookup: lookup, today: today, thresholds: thresholds)
      {
        found[SignalKind.allCases.firstIndex(of: signal.kind)!] += 1
      }
      for (position, number) in found.enumerated() where number > 0 {
        signalCounts[position].signals += number
        signalCounts[position].families += 1
        if naming { signalNames[position].append(named) }
      }
    }
    share.share = share.families == 0 ? nil : Double(share.exactlyOne) / Double(share.families)
    let names = naming != .none
    func sorted(_ list: [FamilyName]) -> [FamilyName]? {
      names ? list.sorted { $0.id < $1.id } : nil
    }
    share.namedNone = sorted(noneNames)
    share.namedSeveral = sorted(severalNames)

    let leadTimes = ChainStep.allCases.enumerated().map { position, step in
      let days = stepDays[position]
      return StepStatistics(
        step: step, count: days.count, median: NearestRank.median(of: days),
        p90: NearestRank.percentile(90, of: days), min: days.min(), max: days.max(),
        named: sorted(stepNames[position]))
    }
    let overlaps = overlapFamilies.map { key, entry in
      OverlapCount(
        function: entry.overlap.function, organisations: entry.overlap.organisations,
        organisationNames: entry.overlap.organisations.map(lookup.shortName(ofOrganisation:)),
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
      today: today, from: from, to: to, families: count,
      phases: Phase.allCases.enumerated().map {
        PhaseCount(phase: $1, families: phaseCounts[$0], named: sorted(phaseNames[$0]))
      },
      leadTimes: leadTimes, direction: share, overlaps: overlaps,
      professionals: ProfessionalsDistribution(
        buckets: buckets, median: NearestRank.median(of: counts),
        p90: NearestRank.percentile(90, of: counts), max: counts.max()),
      signals: SignalKind.allCases.enumerated().map {
        SignalCount(
          kind: $1, signals: signalCounts[$0].signals, families: signalCounts[$0].families,
          named: sorted(signalNames[$0]))
      })
  }
}
