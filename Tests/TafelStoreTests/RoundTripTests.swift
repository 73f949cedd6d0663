// The store writes the one JSON style and keeps fields a newer Tafel wrote.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store round trip")
struct RoundTripTests {
  @Test func familyComesBackAsWritten() throws {
    let test = try TestStore()
    defer { test.remove() }
    var expected = TestStore.family("FV-2026-0001")
    expected.changes = [ChangeRecord(by: "tester", at: TestStore.now, what: "created the family")]
    #expect(try test.store.family("FV-2026-0001") == expected)
    let text = String(
      decoding: try test.bytes(StoreLayout.familyFile("FV-2026-0001")), as: UTF8.self)
    #expect(text.hasSuffix("}\n"))
    #expect(text.contains("\n  \"decisions\" : ["))
    #expect(try test.store.familyIDs() == ["FV-2026-0001", "FV-2026-0002"])
    #expect(try test.store.meetingIDs() == ["JBT-2026-11-29"])
  }

  @Test func unknownFieldsSurviveAnUpdate() throws {
    let test = try TestStore()
    defer { test.remove() }
    let relative = StoreLayout.familyFile("FV-2026-0001")
    var text = String(decoding: try test.bytes(relative), as: UTF8.self)
    text = text.replacingOccurrences(
      of: "\"municipality\" : \"Ede\",",
      with: "\"futureField\" : {\"kept\" : [1, 2]},\n  \"municipality\" : \"Ede\",")
    text = text.replacingOccurrences(
      of: "\"outcome\" : \"no-investigation\",",
      with: "\"outcome\" : \"no-investigation\",\n      \"signedBy\" : \"judge\",")
    try test.put(relative, text)
    try test.store.updateFamily("FV-2026-0001", by: "chair", what: "renamed") {
      $0.name = "Familie Öztürk"
    }
    let after = String(decoding: try test.bytes(relative), as: UTF8.self)
    #expect(after.contains("\"futureField\""))
    #expect(after.contains("\"kept\""))
    #expect(after.contains("\"signedBy\" : \"judge\""))
    #expect(after.contains("Familie Öztürk"))
    let family = try test.store.family("FV-2026-0001")
    #expect(family.changes.last == ChangeRecord(by: "chair", at: TestStore.now, what: "renamed"))
    // A second update, now from what this process wrote itself, keeps them too.
    try test.store.updateFamily("FV-2026-0001", by: "chair", what: "goal") { $0.plan.goals = ["g"] }
    let again = String(decoding: try test.bytes(relative), as: UTF8.self)
    #expect(again.contains("\"futureField\"") && again.contains("\"signedBy\" : \"judge\""))
  }

  @Test("unknown fields keep null and every number as written, through every write")
  func unknownNullAndNumbersAreKeptAsWritten() throws {
    let test = try TestStore()
    defer { test.remove() }
    let relative = StoreLayout.familyFile("FV-2026-0001")
    var text = String(decoding: try test.bytes(relative), as: UTF8.self)
    let fields = [
      "\"extraNull\" : null", "\"extraNumber\" : 0e1", "\"extraSmall\" : 1e-400",
      "\"extraHalf\" : 1.50", "\"extraZero\" : -0", "\"extraBig\" : 1E+2",
    ]
    text = text.replacingOccurrences(
      of: "\"municipality\" : \"Ede\",",
      with: fields.joined(separator: ",\n  ") + ",\n  \"municipality\" : \"Ede\",")
    try test.put(relative, text)
    for round in 1...2 {
      try test.store.updateFamily("FV-2026-0001", by: "chair", what: "round \(round)") {
        $0.plan.goals.append("goal \(round)")
      }
      let after = String(decoding: try test.bytes(relative), as: UTF8.self)
      for field in fields { #expect(after.contains(field), "round \(round): \(field)") }
    }
  }

  @Test func changesByOtherProgramsAreSeenAfterARead() throws {
    let test = try TestStore()
    defer { test.remove() }
    let relative = StoreLayout.familyFile("FV-2026-0001")
    _ = try test.store.family("FV-2026-0001")
    try test.store.updateFamily("FV-2026-0001", by: "x", what: "y") { $0.plan.goals = ["one"] }
    // Another program writes in place, keeping the size: the inode stays, the time moves.
    let text = String(decoding: try test.bytes(relative), as: UTF8.self)
    Thread.sleep(forTimeInterval: 0.02)
    try Data(text.replacingOccurrences(of: "\"one\"", with: "\"two\"").utf8)
      .write(to: URL(fileURLWithPath: test.file(relative)))
    #expect(try test.store.family("FV-2026-0001").plan.goals == ["two"])
    try test.store.updateFamily("FV-2026-0001", by: "x", what: "y") {
      $0.plan.goals.append("three")
    }
    #expect(try test.store.family("FV-2026-0001").plan.goals == ["two", "three"])
  }

  @Test func meetingAndDirectoryUpdatesRecordWho() throws {
    let test = try TestStore()
    defer { test.remove() }
    try test.store.updateMeeting("JBT-2026-11-29", by: "secretary", what: "started") {
      $0.items[0].status = .inProgress
    }
    let meeting = try test.store.meeting("JBT-2026-11-29")
    #expect(meeting.items[0].status == .inProgress)
    #expect(meeting.changes.last?.by == "secretary")
    try test.store.updateDirectory(by: "chair", what: "new school") {
      $0.organisations.append(Organisation(id: "school-1", kind: .school, name: "De Regenboog"))
    }
    #expect(try test.store.directory().organisation("school-1") != nil)
    #expect(try test.store.directory().changes.last?.by == "chair")
  }

  @Test func unknownIDsAreRefusedClearly() throws {
    let test = try TestStore()
    defer { test.remove() }
    #expect(throws: StoreError.unknownFamily("FV-2026-9999")) {
      try test.store.family("FV-2026-9999")
    }
    #expect(throws: StoreError.unknownMeeting("JBT-2020-01-01")) {
      try test.store.meeting("JBT-2020-01-01")
    }
    #expect(throws: StoreError.self) { try test.store.family("../store") }
    do {
      _ = try test.store.family("../store")
    } catch let error as StoreError {
      #expect(error.exitCode == 2)
    }
    #expect(throws: StoreError.self) {
      try test.store.createFamily(TestStore.family("FV-2026-0001"), by: "x")
    }
  }
}
