// A small store in a fresh temporary directory for each test, with a fixed
// clock, a directory of two organisations and two families that reference them.

import Foundation
import Synchronization
import TafelCore

@testable import TafelStore

struct TestStore {
  let root: String
  let store: Store

  static let now = Timestamp(day: Day("2026-11-29")!, hour: 10)

  init(families: [Family] = [TestStore.family("FV-2026-0001"), TestStore.family("FV-2026-0002")])
    throws
  {
    let base =
      FileManager.default.temporaryDirectory.path + "/tafel-store-test-" + UUID().uuidString
    root = base
    store = try Store.create(
      at: base + "/store", info: StoreInfo(region: "Foodvalley", familyPrefix: "FV"),
      directory: TestStore.directory, families: families,
      meetings: [
        Meeting(
          id: "JBT-2026-11-29", date: Day("2026-11-29")!,
          items: [AgendaItem(family: "FV-2026-0001", start: "09:00")])
      ],
      by: "tester", clock: { TestStore.now })
  }

  static let directory = Directory(
    organisations: [
      Organisation(id: "lt-ede", kind: .localTeam, name: "Lokaal team Ede"),
      Organisation(id: "vt-gm", kind: .veiligThuis, name: "Veilig Thuis Gelderland-Midden"),
    ],
    professionals: [
      Professional(id: "P-1", name: "Daniëlle de Boer", organisation: "lt-ede", role: "coach"),
      Professional(id: "P-2", name: "Zoë Öztürk", organisation: "vt-gm", role: "onderzoeker"),
    ])

  static func family(_ id: String, name: String = "Familie de Vries") -> Family {
    Family(
      id: id, name: name, municipality: "Ede",
      members: [Member(id: "M1", name: "Zoë", role: .child, birthDate: Day("2014-03-01"))],
      phase: .table,
      involvements: [
        Involvement(
          id: "I1", professional: "P-1", functions: [.direction], from: Day("2025-01-01")!)
      ],
      plan: FamilyPlan(director: "P-1", concerns: ["school"]),
      events: [
        ChainEvent(id: "E1", date: Day("2025-01-01")!, kind: .scaleUp, from: "lt-ede", to: "vt-gm")
      ],
      decisions: [
        Decision(
          id: id + "-D001", family: id, time: TestStore.now, outcome: .noInvestigation,
          rationale: "Help works.", recordedBy: "tester")
      ])
  }

  var path: String { store.path }

  func file(_ relative: String) -> String { store.absolute(relative) }

  func bytes(_ relative: String) throws -> Data {
    try Data(contentsOf: URL(fileURLWithPath: file(relative)))
  }

  /// Writes bytes directly, as another program would.
  func put(_ relative: String, _ data: Data) throws {
    try FileManager.default.createDirectory(
      atPath: (file(relative) as NSString).deletingLastPathComponent,
      withIntermediateDirectories: true)
    try data.write(to: URL(fileURLWithPath: file(relative)))
  }

  func put(_ relative: String, _ text: String) throws { try put(relative, Data(text.utf8)) }

  func mode(_ relative: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(
      atPath: relative.isEmpty ? path : file(relative))
    return (attributes?[.posixPermissions] as? Int) ?? -1
  }

  func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// Polls `condition` until it holds or `seconds` pass; true when it held.
func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
  let deadline = Date().addingTimeInterval(seconds)
  while Date() < deadline {
    if condition() { return true }
    Thread.sleep(forTimeInterval: 0.01)
  }
  return condition()
}

/// A value several threads can add to (for watcher callbacks).
final class Collected: Sendable {
  private let files = Mutex<Set<StoreFile>>([])

  func add(_ more: Set<StoreFile>) { files.withLock { $0.formUnion(more) } }

  var all: Set<StoreFile> { files.withLock { $0 } }
}
