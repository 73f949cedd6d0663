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
    if found > today {
      throw CommandFailure.usage(
        "\(option): \(found) is after today (\(today)); record what has happened")
    }
    return found
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
