/// How the writer read the series' premise: who it names (and which role each became), where,
/// what, and what happens. `cliff new` writes it into `series.yaml` under `reading:`; people
/// correct it there (a gender, a role, a place the reader missed) and run `cliff write` again:
/// episode 1 opens on the premise told with these people's names, and names every one of them.
public struct SeriesReading: Sendable, Hashable {
    /// One person the premise names.
    public struct Person: Sendable, Hashable {
        /// How the premise names them ("her old boss", "继妹").
        public var label: String
        /// Their gender, when the premise tells it.
        public var gender: Gender
        /// The cast role they play, when they became a character.
        public var role: Role?

        /// A person.
        public init(label: String, gender: Gender = .unspecified, role: Role? = nil) {
            self.label = label
            self.gender = gender
            self.role = role
        }
    }

    /// The people, the protagonist first.
    public var people: [Person]
    /// The places ("kindergarten", "幼儿园").
    public var places: [String]
    /// The objects ("letter", "遗嘱").
    public var objects: [String]
    /// The events ("divorce", "重生", "高考").
    public var events: [String]

    /// A reading.
    public init(people: [Person] = [], places: [String] = [], objects: [String] = [], events: [String] = []) {
        self.people = people
        self.places = places
        self.objects = objects
        self.events = events
    }
}
