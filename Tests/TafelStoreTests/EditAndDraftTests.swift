// `tafel edit`'s raw access (validated, refused when changed meanwhile) and
// the drafts of unsaved forms.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store edit and drafts")
struct EditAndDraftTests {
  @Test func replaceTakesValidEditsAndRecordsWho() throws {
    let test = try TestStore()
    defer { test.remove() }
    let relative = test.store.relativePath(family: "FV-2026-0002")
    let (data, signature) = try test.store.raw(relative)
    let edited = String(decoding: data, as: UTF8.self).replacingOccurrences(
      of: "school", with: "housing")
    try test.store.replace(relative, with: Data(edited.utf8), expecting: signature, by: "editor")
    let family = try test.store.family("FV-2026-0002")
    #expect(family.plan.concerns == ["housing"])
    #expect(family.changes.last?.by == "editor")
  }

  @Test func replaceRefusesBadContentAndConcurrentChange() throws {
    let test = try TestStore()
    defer { test.remove() }
    let relative = test.store.relativePath(family: "FV-2026-0002")
    let (data, signature) = try test.store.raw(relative)
    let text = String(decoding: data, as: UTF8.self)
    let badReference = text.replacingOccurrences(
      of: "\"director\" : \"P-1\"", with: "\"director\" : \"P-2\"")
    #expect(throws: StoreError.self) {
      try test.store.replace(relative, with: Data(badReference.utf8), expecting: signature, by: "e")
    }
    #expect(throws: StoreError.self) {
      try test.store.replace(relative, with: Data("{".utf8), expecting: signature, by: "e")
    }
    #expect(try test.bytes(relative) == data)

    try test.store.updateFamily("FV-2026-0002", by: "other", what: "meanwhile") {
      $0.plan.goals.append("g")
    }
    let edited = text.replacingOccurrences(of: "school", with: "housing")
    #expect(throws: StoreError.concurrentChange(test.file(relative))) {
      try test.store.replace(relative, with: Data(edited.utf8), expecting: signature, by: "e")
    }
    #expect(try test.store.family("FV-2026-0002").plan.goals == ["g"])
    #expect(
      test.store.validate(relative, data: Data(badReference.utf8)).map(\.message)
        == ["director P-2 is not involved in FV-2026-0002 (see `tafel involve`)"])
  }

  @Test func draftsAreSavedReadAndRemoved() throws {
    let test = try TestStore()
    defer { test.remove() }
    #expect(test.store.draft(family: "FV-2026-0001") == nil)
    let record = DraftRecord(
      family: "FV-2026-0001", savedAt: TestStore.now,
      draft: DecisionDraft(outcome: .drang, rationale: "half"))
    try test.store.saveDraft(record, user: "Linda Kamphuis")
    #expect(test.store.draft(family: "FV-2026-0001", user: "Linda Kamphuis") == record)
    // Another person's board does not offer it.
    #expect(test.store.draft(family: "FV-2026-0001", user: "Sanne Visser") == nil)
    try test.store.removeDraft(family: "FV-2026-0001", user: "Linda Kamphuis")
    #expect(test.store.draft(family: "FV-2026-0001", user: "Linda Kamphuis") == nil)

    // A bare decision draft, written by hand, is taken as a draft of its family.
    try test.store.saveDraft(
      try TafelJSON.encode(DecisionDraft(rationale: "half")), family: "FV-2026-0001")
    #expect(test.store.draft(family: "FV-2026-0001")?.draft.rationale == "half")
    #expect(test.mode("drafts/FV-2026-0001.json") == 0o600)
    try test.store.removeDraft(family: "FV-2026-0001")
    #expect(test.store.draft(family: "FV-2026-0001") == nil)
    try test.store.removeDraft(family: "FV-2026-0001")
  }

  @Test("a draft is read by the strict reader: what it would not take is no draft")
  func draftsAreReadStrictly() throws {
    let test = try TestStore()
    defer { test.remove() }
    for bytes in [
      #"{"rationale":"half","rationale":"other"}"#,  // a key twice
      #"{"rationale":"half\#u{0}"}"#,  // a control byte Foundation would take
      // another family's
      #"{"family":"FV-2026-0002","savedAt":"2026-11-29T10:00:00Z","draft":{}}"#,
      "not json",
    ] {
      try test.store.saveDraft(Data(bytes.utf8), family: "FV-2026-0001")
      #expect(test.store.draft(family: "FV-2026-0001") == nil, "\(bytes)")
    }
  }
}
