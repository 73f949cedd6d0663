// The visudo-like editing of a store file, for `tafel edit` and the board's
// `e` key: a private copy goes to $VISUAL (else $EDITOR, else vi); what comes
// back is validated (path:line:column for each problem, then "edit again or
// discard"), and written only when it is valid and nobody changed the file
// meanwhile. A family's plan, involvements or assessments can be edited on
// their own: that part is cut out as its own JSON document and spliced back.

import Foundation
import TafelCore
import TafelStore

/// How an editing session ended; `message` is the line to show.
enum EditResult: Equatable, Sendable {
  case saved(String)
  case unchanged
  case discarded
  /// Someone else changed the file (or the part) meanwhile; the edited copy is kept.
  case concurrentChange(keptAt: String, message: String)
  /// The file could not be read or the editor failed; nothing was written.
  case failed(String)

  var message: String {
    switch self {
    case .saved(let path): "saved \(path)"
    case .unchanged: "no changes"
    case .discarded: "discarded; nothing was written"
    case .concurrentChange(_, let message): message
    case .failed(let message): message
    }
  }

  var exitCode: Int32 {
    switch self {
    case .saved, .unchanged: 0
    case .discarded, .concurrentChange, .failed: 1
    }
  }
}

enum EditorSession {
  /// Runs the whole session. `input` reads one answer line (nil at end of
  /// input, which discards); `output` shows problems and the question.
  static func run(
    store: Store, relativePath: String, part: FamilyPart? = nil, by: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    input: () -> String?, output: (String) -> Void
  ) -> EditResult {
    let original: (data: Data, signature: FileSignature)
    let document: Data
    do {
      original = try store.raw(relativePath)
      document = try part.map { try FamilyParts.extract($0, from: original.data) } ?? original.data
    } catch {
      return .failed("\(error)")
    }
    let name = (relativePath as NSString).lastPathComponent
    let fileName =
      part.map { (name as NSString).deletingPathExtension + ".\($0.rawValue).json" } ?? name
    let copy: TemporaryCopy
    do {
      copy = try TemporaryCopy(fileName: fileName, data: document)
    } catch {
      return .failed("\(error)")
    }
    while true {
      let status = Editor.run(on: copy.path, environment: environment)
      guard status == 0 else {
        copy.remove()
        return .failed("editor exited with status \(status); nothing was written")
      }
      guard let edited = FileManager.default.contents(atPath: copy.path) else {
        copy.remove()
        return .failed("\(copy.path): cannot read the edited copy; nothing was written")
      }
      if edited == document {
        copy.remove()
        return .unchanged
      }
      let outcome = save(
        edited, store: store, relativePath: relativePath, part: part, original: original,
        originalDocument: document, copyPath: copy.path, by: by)
      switch outcome {
      case .written:
        copy.remove()
        return .saved(store.absolute(relativePath))
      case .changedMeanwhile(let what):
        return .concurrentChange(
          keptAt: copy.path,
          message:
            "\(what) changed on disk by someone else while you edited; nothing was written; your copy is kept at \(copy.path)"
        )
      case .failed(let message):
        return .failed(message + "; your copy is kept at \(copy.path)")
      case .invalid(let problems):
        for problem in problems { output(problem.description) }
        output("(e)dit again or (d)iscard?")
        var again = false
        while let answer = input()?.trimmed.lowercased() {
          if answer == "e" || answer == "edit" {
            again = true
            break
          }
          if answer == "d" || answer == "discard" { break }
          output("(e)dit again or (d)iscard?")
        }
        if !again {
          copy.remove()
          return .discarded
        }
      }
    }
  }

  private enum SaveOutcome {
    case written
    case invalid([StoreProblem])
    case changedMeanwhile(String)
    case failed(String)
  }

  private static func save(
    _ edited: Data, store: Store, relativePath: String, part: FamilyPart?,
    original: (data: Data, signature: FileSignature), originalDocument: Data, copyPath: String,
    by: String
  ) -> SaveOutcome {
    do {
      guard let part else {
        let problems = EditValidation.problems(
          ofFile: edited, relativePath: relativePath, original: original.data, store: store,
          shownAs: copyPath)
        if !problems.isEmpty { return .invalid(problems) }
        let data = try EditValidation.withDerivedValues(edited, relativePath: relativePath)
        try store.replace(relativePath, with: data, expecting: original.signature, by: by)
        return .written
      }
      let context = try EditValidation.Context(store: store, relativePath: relativePath)
      let problems = EditValidation.problems(
        ofPart: part, data: edited, family: try store.family(context.familyID),
        context: context, shownAs: copyPath)
      if !problems.isEmpty { return .invalid(problems) }
      let value = try FamilyParts.derived(part, edited, by: by, at: SystemClock.now())
      // Splice into the family as it is now, unless this very part changed meanwhile.
      for _ in 0..<3 {
        let current = try store.raw(relativePath)
        guard
          try FamilyParts.extractValue(part, from: current.data)
            == (try FamilyParts.extractValue(part, from: original.data))
        else {
          return .changedMeanwhile("the \(part.rawValue) of \(store.absolute(relativePath))")
        }
        let spliced = try FamilyParts.splice(part, value, into: current.data)
        let whole = store.validate(relativePath, data: spliced)
        if let problem = whole.first {
          return .invalid([
            StoreProblem(
              path: copyPath, line: 1, column: 1,
              message:
                "the family would not be valid with this \(part.rawValue): \(problem.message)")
          ])
        }
        do {
          try store.replace(relativePath, with: spliced, expecting: current.signature, by: by)
          return .written
        } catch StoreError.concurrentChange {
          continue  // another part changed in between: splice again
        }
      }
      return .changedMeanwhile(store.absolute(relativePath))
    } catch StoreError.concurrentChange(let path) {
      return .changedMeanwhile(path)
    } catch StoreError.problem(let problem) {
      var shown = problem
      shown.path = copyPath
      return .invalid([shown])
    } catch {
      return .failed("\(error)")
    }
  }
}
