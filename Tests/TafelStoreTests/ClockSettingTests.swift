// The one clock seam: TAFEL_NOW moves the clock and TZ names the zone, each
// read strictly; without either the clock is the machine's and the zone is
// Europe/Amsterdam, whatever the machine's own zone.

import Testing

@testable import TafelCore
@testable import TafelStore

@Suite struct ClockSettingTests {
  let system = Timestamp("2026-12-01T10:00:00Z")!

  func setting(_ environment: [String: String]) -> ClockSetting {
    ClockSetting(environment: environment, systemNow: system)
  }

  @Test func withoutEitherTheClockIsTheMachinesAndTheZoneIsAmsterdam() {
    let plain = setting([:])
    #expect(plain.shiftSeconds == 0)
    #expect(plain.zone.name == "Europe/Amsterdam")
    #expect(plain.error == nil && plain.warning == nil)
  }

  @Test(arguments: [
    ("2027-03-28", "2027-03-28T07:00:00Z"),  // a day: 09:00 that day, summer time
    ("2026-12-02", "2026-12-02T08:00:00Z"),  // 09:00 winter time
    ("2026-12-02T13:45", "2026-12-02T12:45:00Z"),  // a wall-clock time in the zone
    ("2026-12-02T13:45:30", "2026-12-02T12:45:30Z"),
    ("2026-12-02T13:45:00Z", "2026-12-02T13:45:00Z"),  // an exact moment
    ("2026-12-02T13:45:00+05:00", "2026-12-02T08:45:00Z"),
  ])
  func tafelNowMovesTheClock(given: String, expected: String) {
    let moved = setting(["TAFEL_NOW": given])
    #expect(moved.error == nil)
    #expect(system.seconds + moved.shiftSeconds == Timestamp(expected)!.seconds)
  }

  @Test(arguments: ["tomorrow", "2026-02-30", "2026-12-02T25:00", "2026-12-02T9:00", "1", " "])
  func aTafelNowThatIsNotATimeIsAnErrorNamingIt(given: String) {
    let wrong = setting(["TAFEL_NOW": given])
    #expect(wrong.error?.hasPrefix("TAFEL_NOW: \"\(given)\" is not a time") == true)
    #expect(wrong.shiftSeconds == 0)
  }

  @Test func aControlCharacterInTafelNowIsShownNotSent() {
    let wrong = setting(["TAFEL_NOW": "\u{1B}]0;pwned\u{07}"])
    #expect(wrong.error?.contains("\u{1B}") == false)
    #expect(wrong.error?.contains("␛]0;pwned␇") == true)
  }

  @Test func tzNamesTheZone() {
    let angeles = setting(["TZ": "America/Los_Angeles"])
    #expect(angeles.zone.name == "America/Los_Angeles")
    #expect(angeles.zone.local(system).clock == "02:00")
    #expect(setting(["TZ": "UTC"]).zone.local(system).clock == "10:00")
    #expect(setting(["TZ": ":Europe/Amsterdam"]).zone.local(system).clock == "11:00")
    // The zone is read before TAFEL_NOW, so a wall-clock time is read in it.
    let moved = setting(["TZ": "America/Los_Angeles", "TAFEL_NOW": "2026-12-02T09:00"])
    #expect(system.seconds + moved.shiftSeconds == Timestamp("2026-12-02T17:00:00Z")!.seconds)
  }

  @Test func anUnknownTZIsSaidOnceAndAmsterdamIsUsed() {
    let unknown = setting(["TZ": "Mars/Olympus_Mons"])
    #expect(unknown.zone.name == "Europe/Amsterdam")
    #expect(unknown.warning?.hasPrefix("TZ: \"Mars/Olympus_Mons\" is not a time zone") == true)
  }
}
