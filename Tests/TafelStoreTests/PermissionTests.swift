// A store readable by group or others gets one warning line naming the path;
// a store that cannot be read gets one clear error.

import Foundation
import TafelCore
import Testing

@testable import TafelStore

@Suite("Store permissions")
struct PermissionTests {
  @Test func openStoreGetsOneWarningNamingThePath() throws {
    let test = try TestStore()
    defer { test.remove() }
    chmod(test.path, 0o755)
    let warnings = try Store.open(test.path).permissionWarnings()
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains(test.path) == true)
    #expect(warnings.first?.contains("755") == true)
    chmod(test.path, 0o700)
    chmod(test.file("organisations.json"), 0o644)
    let fileWarnings = try Store.open(test.path).permissionWarnings()
    #expect(
      fileWarnings == [
        "warning: \(test.file("organisations.json")) is open to group or others (mode 644); "
          + "run: chmod -R go-rwx \(test.path)"
      ])
  }

  @Test func unreadableStoreIsAClearError() throws {
    let test = try TestStore()
    defer {
      chmod(test.file("store.json"), 0o600)
      test.remove()
    }
    if getuid() != 0 {
      // Root reads every file whatever its mode, so this part needs a normal user.
      chmod(test.file("store.json"), 0o000)
      #expect(throws: StoreError.io(path: test.file("store.json"), message: "Permission denied")) {
        try Store.open(test.path)
      }
      chmod(test.file("store.json"), 0o600)
    }
    try FileManager.default.removeItem(atPath: test.file("store.json"))
    try FileManager.default.createDirectory(
      atPath: test.file("store.json"), withIntermediateDirectories: false)
    #expect(
      throws: StoreError.io(
        path: test.file("store.json"), message: "not a regular file")
    ) {
      try Store.open(test.path)
    }
  }
}
