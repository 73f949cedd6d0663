// The demo's people: who may record at the fictional Foodvalley table, with
// their roles (the chair and secretary of its meetings, a local-team
// professional, Veilig Thuis, the RvdK, an administrator). They hold no
// keys: the demo store is not under git, so nothing is signed, and
// `tafel demo` records as one of them by name (the chair unless `--as`
// names another), so the demo's minutes and access log name people.

import TafelCore

package enum DemoPeople {
  package static func make(today: Day) -> People {
    let staff = DemoData.staff(today: today)
    let listed: [(String, PersonRole, String)] = [
      (DemoFamilies.chair(staff), .chair, "jbt-fv"),
      (staff.name("jbt-fv", 1), .chair, "jbt-fv"),
      (DemoFamilies.secretary(staff), .secretary, "jbt-fv"),
      (staff.name("lt-ede", 0), .localTeam, "lt-ede"),
      (staff.name("vt-gm", 0), .veiligThuis, "vt-gm"),
      (staff.name("rvdk", 0), .rvdk, "rvdk"),
      ("Sanne de Graaf", .administrator, "jbt-fv"),  // the region's administrator: no professional
    ]
    var people = People()
    for (name, role, organisation) in listed where people.person(named: name) == nil {
      people.people.append(
        Person(
          id: people.newID(for: name), name: name, role: role, organisation: organisation,
          keys: []))
    }
    people.changes = [ChangeRecord(by: "demo", at: DemoTime.at(today, hour: 7), what: "demo data")]
    return people
  }
}
