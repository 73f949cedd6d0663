// The fictional Foodvalley demo: organisations, professionals, families whose
// histories cover every route the study describes, and meetings (past ones,
// today's, one ahead). Every date is computed from `today`, so the demo is
// always current; every person is invented.

import TafelCore

package enum DemoData {
  package static let region = "Foodvalley"
  package static let familyPrefix = "FV"

  /// The demo store's content for `today`.
  package static func make(today: Day) -> (
    info: StoreInfo, directory: Directory, families: [Family], meetings: [Meeting]
  ) {
    let directory = DemoDirectory.make(today: today)
    let staff = DemoStaff(directory: directory)
    let families = DemoFamilies.all(today: today, staff: staff)
    let meetings = DemoMeetings.all(today: today, staff: staff, families: families)
    var info = StoreInfo(
      region: region, familyPrefix: familyPrefix,
      changes: [ChangeRecord(by: "demo", at: DemoTime.at(today, hour: 7), what: "demo data")])
    info.settings = settings
    return (info, directory, families, meetings)
  }

  /// The region's own settings: the national norms, and one the region set
  /// itself for the step no national norm covers (a request at the table
  /// within four weeks). Fictional, like the rest of the demo.
  package static let settings: RegionSettings = {
    var settings = RegionSettings()
    settings.norms.insert(
      RegionNorm(
        step: .intakeToTable, figure: 28, unit: .calendarDays,
        source:
          "Foodvalley (demo): een gezin dat het lokale team aanmeldt, wordt binnen vier weken besproken"
      ),
      at: 1)
    return settings
  }()

  /// The demo's staff lookup, for tests and tools that want to name a demo professional.
  package static func staff(today: Day) -> DemoStaff {
    DemoStaff(directory: DemoDirectory.make(today: today))
  }
}
