// The one list of paths a store holds under git (issue 21): what a sync
// accepts from another replica, and in what words it refuses the rest.

import Testing

@testable import TafelStore

@Suite("What a sync accepts: the store's own paths, as plain files")
struct TrackedPathTests {
  @Test(arguments: [
    "store.json", "organisations.json", ".gitignore", ".gitattributes",
    "families/43/FV-2026-0043.json", "families/43/FV-2026-0043-b.json",
    "meetings/JBT-2026-12-01.json", "access/main/2026-12.jsonl", "access/lap2/2027-01.jsonl",
  ])
  func theLayoutIsAccepted(_ path: String) {
    #expect(TrackedPath(path) != nil)
    #expect(TrackedPath.refusal(path: path, mode: "100644") == nil)
  }

  @Test(arguments: [
    ("families/../../../.config/git/config", "a path that climbs out of the store"),
    (".git/config", "a path inside .git"),
    ("families/43/.GIT/hooks", "a path inside .git"),
    ("drafts/FV-2026-0043.json", "a draft (drafts stay on the machine they were typed on)"),
    ("families/99/FV-2026-0043.json", "not a file of the store's layout"),
    ("families/FV-2026-0043.json", "not a file of the store's layout"),
    ("index.json", "not a file of the store's layout"),
    ("access/main/2026-13.jsonl", "not a file of the store's layout"),
    ("access/../2026-12.jsonl", "a path that climbs out of the store"),
    ("hooks/post-merge", "not a file of the store's layout"),
  ])
  func otherPathsAreRefused(_ path: String, _ why: String) {
    #expect(TrackedPath.refusal(path: path, mode: "100644") == why)
  }

  @Test func onlyPlainFiles() {
    let path = "families/43/FV-2026-0043.json"
    #expect(TrackedPath.refusal(path: path, mode: "120000") == "a symbolic link, not a plain file")
    #expect(
      TrackedPath.refusal(path: path, mode: "160000") == "a gitlink (a submodule), not a plain file"
    )
    #expect(
      TrackedPath.refusal(path: path, mode: "100755") == "an executable file, not a plain file")
  }
}
