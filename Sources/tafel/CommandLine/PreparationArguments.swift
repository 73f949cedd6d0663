// What the preparation commands (meeting, family, involve, assess, event,
// request, organisation) share when they read their arguments: dates, the
// organisation a user names by id or by name, and the family they work on.
// Everything is checked before a lock is taken, so a refusal leaves the
// store exactly as it was.

import Foundation
import TafelCore
import TafelStore

enum PreparationArguments {
  /// A "YYYY-MM-DD" option; wrong usage (exit 2) when it is not a real day.
  static func day(_ text: String, _ option: String) throws -> Day {
    guard let day = Day(text.trimmed) else {
      throw CommandFailure.usage("\(option): \"\(text)\" is not a date (YYYY-MM-DD)")
    }
    return day
  }

  /// The day something happened: a real day, not after today (what has not
  /// happened yet is not a record).
  static func pastDay(_ text: String, _ option: String, today: Day = StoreOptions.today()) throws
    -> Day
  {
    let found = try day(text, option)
    if let refusal = afterToday(found, today: today) {
      throw CommandFailure.usage("\(option): \(refusal)")
    }
    return found
  }

  /// Why a day after today is not a record, or nil for a day that has come:
  /// the one wording of the commands and of `tafel edit`.
  static func afterToday(_ day: Day, today: Day) -> String? {
    day > today ? "\(day) is after today (\(today)); record what has happened" : nil
  }

  static func optionalDay(_ text: String?, _ option: String) throws -> Day? {
    guard let text else { return nil }
    return try day(text, option)
  }

  /// `--to` on or after `--from`, else wrong usage.
  static func requireOrder(from: Day, to: Day?, fromOption: String = "--from") throws {
    if let to, to < from {
      throw CommandFailure.usage("--to: \(to) is before \(fromOption) \(from)")
    }
  }

  /// An organisation by its id or its exact name (case does not matter).
  static func organisation(_ text: String, in directory: Directory, option: String) throws
    -> Organisation
  {
    let wanted = text.trimmed
    if let found = directory.organisation(wanted) { return found }
    if let found = directory.organisations.first(where: {
      $0.name.compare(wanted, options: .caseInsensitive) == .orderedSame
    }) {
      return found
    }
    throw CommandFailure.data(
      "\(option): unknown organisation \"\(text)\" (see `tafel organisation list`)")
  }

  /// A professional named on the command line, the one way every command
  /// reads a person: an id or a name only one professional has (case and
  /// diacritics do not matter). With `adding`, "name|organisation|role" adds
  /// a new one, unless that organisation already has someone of that name.
  /// Two of one name, or a name nobody has, is refused in one line that
  /// names the candidates.
  static func professional(
    _ text: String, option: String, store: Store, author: String, adding: Bool = true
  ) throws -> Professional {
    let directory = try store.directory()
    let parts = text.split(separator: "|", omittingEmptySubsequences: false).map {
      String($0).trimmed
    }
    let newForm = adding ? "; a new one as \"name|organisation|role\"" : ""
    if parts.count == 1 {
      switch directory.match(person: parts[0]) {
      case .found(let professional): return professional
      case .ambiguous(let all):
        throw CommandFailure.data(
          "\(option): \"\(parts[0])\" is \(all.count) professionals: "
            + all.map(directory.described).joined(separator: "; ") + "; give the id")
      case .unknown(let nearest):
        let hint =
          nearest.isEmpty
          ? "" : " (nearest: " + nearest.map(directory.described).joined(separator: "; ") + ")"
        throw CommandFailure.data(
          "\(option): no professional \"\(parts[0])\"\(hint); give an id or a name on file\(newForm)"
        )
      }
    }
    guard adding, parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else {
      throw CommandFailure.usage(
        "\(option): \"\(text)\" is not an id, a name\(adding ? " or \"name|organisation|role\"" : "")"
      )
    }
    let organisation = try PreparationArguments.organisation(
      parts[1], in: directory, option: option)
    if let known = directory.professionals.first(where: {
      Folding.fold($0.name) == Folding.fold(parts[0]) && $0.organisation == organisation.id
    }) {
      guard known.role == parts[2] else {
        throw CommandFailure.data(
          "\(option): \(organisation.id) already has \(directory.described(known)); give \(known.id)"
        )
      }
      return known
    }
    let added = try store.addProfessional(
      named: parts[0], organisation: organisation.id, role: parts[2], by: author)
    added.receipt.warn()
    return added.value
  }

  /// The family, read to check it exists; unknown is "the data says no".
  static func family(_ id: String, in store: Store) throws -> Family {
    do {
      return try store.family(id)
    } catch StoreError.unknownFamily {
      throw CommandFailure.data("FAMILY: unknown family \(id) (see `tafel family list`)")
    } catch StoreError.badArgument(let message) {
      throw CommandFailure.usage("FAMILY: \(message)")
    }
  }

  static func meeting(_ id: String, in store: Store) throws -> Meeting {
    do {
      return try store.meeting(id)
    } catch StoreError.unknownMeeting {
      throw CommandFailure.data("MEETING: unknown meeting \(id) (see `tafel meeting list`)")
    } catch StoreError.badArgument(let message) {
      throw CommandFailure.usage("MEETING: \(message)")
    }
  }

  /// A raw value of an enumeration, or wrong usage listing what is allowed.
  static func choice<Value: RawRepresentable & CaseIterable>(
    _ text: String, _ option: String, as type: Value.Type
  ) throws -> Value where Value.RawValue == String {
    if let value = Value(rawValue: text.trimmed.lowercased()) { return value }
    let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
    throw CommandFailure.usage("\(option): \"\(text)\" is not one of \(allowed)")
  }

  /// A non-empty text option, trimmed.
  static func text(_ text: String, _ option: String) throws -> String {
    let trimmed = text.trimmed
    guard !trimmed.isEmpty else { throw CommandFailure.usage("\(option): empty") }
    return trimmed
  }
}

extension ArgumentRefusal {
  /// Malformed input: exit 2.
  var usage: CommandFailure { CommandFailure.usage(description) }
  /// The data says no: exit 1.
  var data: CommandFailure { CommandFailure.data(description) }
}
