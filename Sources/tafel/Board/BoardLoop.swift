// The board's one loop, on the main thread: draw, wait for a key, a wake-up
// from the store watcher or the next second, hand keys to the board, carry
// its requests to the store and feed the answers back, draw again. The first
// frame is drawn before the index of all families is read. The terminal is
// restored on every way out: q, a signal, an error.

import ArgumentParser
import Foundation
import TafelCore
import TafelStore
import TafelTerminal
import TafelUI

enum BoardLoop {
  static func run(
    store: Store, arguments: BoardArguments, author: String, environment: [String: String],
    keyboardChoices: [KeyboardChoice] = []
  ) throws {
    let (theme, warning) = ThemeLoader.load(arguments.theme)
    if let warning { EarlierMessages.say(warning) }
    let now = SystemClock.now()
    let opening = try BoardOpening.read(
      store: store, meetingID: arguments.meeting, now: now,
      zone: SystemClock.zone)
    let app = BoardApp(
      data: opening.data,
      options: BoardOptions(
        language: arguments.resolvedLanguage(environment: environment),
        privateMode: arguments.privateMode, mouse: !arguments.noMouse, user: author,
        readBackBeforeSaving: !arguments.noReadBack,
        recordingAs: StoreOptions.recorder.withLock { $0 }.map { person in
          person.name + ", "
            + person.role.words(arguments.resolvedLanguage(environment: environment))
        }, keyboardChoices: keyboardChoices))
    let terminal: Terminal
    do {
      terminal = try Terminal(
        options: TerminalOptions(
          mouse: !arguments.noMouse, colors: (environment["NO_COLOR"] ?? "").isEmpty),
        theme: theme, environment: environment)
    } catch {
      throw CommandFailure.usage(error.description)
    }
    let session = BoardSession(
      app: app, terminal: terminal, store: store, author: author, environment: environment,
      syncEvery: arguments.syncEvery)
    let signal = session.run(problems: opening.problems, earlier: EarlierMessages.take())
    terminal.end()
    if let signal { throw ExitCode(128 + signal) }
  }
}

final class BoardSession {
  let app: BoardApp
  let terminal: Terminal
  let store: Store
  /// Who the board records as; another of the store's people only by the
  /// demo board's question who is at the keyboard.
  var author: String
  let environment: [String: String]
  let changes: BoardChanges
  let search: BoardSearch
  let sync: BoardSync
  private var watcher: StoreWatcher?
  /// Set when an answer to an event asked to quit; the loop stops after the key.
  private var quitAsked = false
  /// What the board showed, as last written to the access log.
  private var viewLog = BoardViewLog()

  init(
    app: BoardApp, terminal: Terminal, store: Store, author: String,
    environment: [String: String], syncEvery: Double = 0
  ) {
    self.app = app
    self.terminal = terminal
    self.store = store
    self.author = author
    self.environment = environment
    self.changes = BoardChanges(wakePipe: terminal.wakePipe)
    self.search = BoardSearch(
      store: store, cache: SearchCache.directory(for: store, environment: environment),
      wakePipe: terminal.wakePipe)
    self.sync = BoardSync(
      store: store, author: author, interval: syncEvery, wakePipe: terminal.wakePipe)
  }

  /// Runs until the board asks to quit (nil) or a stop signal arrives (its number).
  func run(problems: [String], earlier: [String] = []) -> Int32? {
    // A save's signed commit is made off the key's path; every queued one
    // is made before the board ends.
    let wakePipe = terminal.wakePipe
    store.commitInBackground { wakePipe.wake() }
    defer {
      store.finishCommits()
      watcher?.stop()
      sync.stop()
    }
    draw()
    // What went wrong opening the store first; what was said before the board
    // opened beside it, on the one notice line, until the next key.
    if problems.isEmpty {
      if !earlier.isEmpty { tell(.warning(earlier.joined(separator: " · "))) }
    } else {
      for problem in problems.dropLast() { tell(.refused(problem)) }
      tell(.refused((problems.suffix(1) + earlier).joined(separator: " · ")))
    }
    startWatching()
    sync.start()
    loadSummaries()
    draw()
    var nextTick = Monotonic.milliseconds() + 1000
    while true {
      let wait = max(0, nextTick - Monotonic.milliseconds())
      switch terminal.nextInput(timeoutMilliseconds: wait) {
      case .key(let key):
        if carry(app.handle(key)) == .quit { return nil }
      case .wake:
        applyChanges()
        for answer in search.take() {
          // The filter's excerpts show what a family's file holds: logged
          // first, and not shown when that cannot be written.
          let shown = Array(Set(answer.matches.map(\.familyID))).sorted()
          do {
            try store.logAccess(shown.map { ($0, .view, "search") }, who: author)
            tell(.searchResults(query: answer.query, matches: answer.matches))
          } catch {
            tell(.searchResults(query: answer.query, matches: []))
            tell(.refused("the access log could not be written: \(error)"))
          }
        }
        // A commit made on its own thread that failed (the change is saved).
        for line in Array(Set(store.takeCommitProblems())).sorted() { tell(.warning(line)) }
        let synced = sync.take()
        if let status = synced.status { tell(.syncStatus(status)) }
        for note in synced.notes { tell(.warning(note)) }
      case .timeout:
        break
      case .stop(let signal):
        return signal
      }
      if Monotonic.milliseconds() >= nextTick {
        // The tick may answer with requests (the decision form's timed draft write).
        if carry(app.apply(.tick(SystemClock.now()))) == .quit { return nil }
        nextTick = Monotonic.milliseconds() + 1000
      }
      if quitAsked { return nil }
      draw()
    }
  }

  /// Tells the board an event and carries out what it asks in answer.
  func tell(_ event: Event) {
    if carry(app.apply(event)) == .quit { quitAsked = true }
  }

  func draw() {
    logViewing()
    let (width, height) = terminal.size
    terminal.draw(app.render(width: width, height: height))
  }

  /// Logs the family about to be shown; one that cannot be logged is not
  /// shown (its panes say why) until it can.
  private func logViewing() {
    do {
      if let family = try viewLog.note(app, store: store, author: author),
        app.data.withheld[family] != nil
      {
        tell(.withheld(family: family, reason: nil))
      }
    } catch {
      if let family = BoardViewLog.current(app), app.data.withheld[family] == nil {
        tell(.withheld(family: family, reason: "\(error)"))
        tell(.refused("the access log could not be written: \(error)"))
      }
    }
  }

  private func startWatching() {
    let changes = self.changes
    let watcher = StoreWatcher(store: store) { paths in changes.add(paths) }
    do {
      try watcher.start()
      self.watcher = watcher
    } catch {
      tell(.refused("\(store.path): cannot watch for changes: \(error)"))
    }
  }

  func loadSummaries() {
    do {
      // Archived families are off the board's lists.
      tell(.summaries(try store.summaries().filter { !$0.archived }))
    } catch {
      tell(.refused("\(error)"))
    }
  }

  /// Reloads what changed on disk and tells the board.
  private func applyChanges() {
    var summariesChanged = false
    let changed = changes.take()
    if !changed.isEmpty { sync.nudge() }
    for file in changed {
      switch file {
      case .family(let id):
        search.changed(family: id)
        if app.data.families[id] != nil || app.data.unreadable[id] != nil {
          reloadFamily(id)
        } else {
          summariesChanged = true
        }
      case .meeting(let id):
        if id != app.data.meeting?.id {
          tell(
            .laterMeetingsChanged(BoardOpening.laterMeetings(in: store, after: app.data.meeting)))
        }
        if id == app.data.meeting?.id {
          do {
            tell(.meetingChanged(try store.meeting(id)))
          } catch {
            tell(.refused("\(error)"))
          }
        }
      case .directory:
        if let directory = try? store.directory() { tell(.directoryChanged(directory)) }
      case .index:
        summariesChanged = true
      case .info:
        do {
          tell(.infoChanged(try store.info()))
        } catch {
          tell(.refused("\(error)"))
        }
      case .people, .other:
        break
      }
    }
    if summariesChanged && app.data.summaries != nil { loadSummaries() }
    if changed.contains(where: { if case .family = $0 { true } else { false } }) {
      tell(.familyFilesChanged)
    }
  }

  func reloadFamily(_ id: String) {
    do {
      tell(.familyChanged(try store.family(id)))
    } catch {
      tell(.familyUnreadable(id: id, problem: "\(error)"))
    }
  }
}
