/// The named migrations of one store in a PostgreSQL database, in the order they apply: the
/// same rules as `SQLiteMigrations`.
///
/// Identifiers are `namespace.name` (`jobs.v1-queue`), recorded in the table
/// `cliff_migrations` when applied, so each runs once and only once. A store looks only at its
/// own namespace; a database holding a migration of that namespace this build does not know
/// was written by a newer cliff and is refused, left as it was. Never rename or edit a
/// migration that has shipped: add a new one.
package struct PostgresMigrations: Sendable {
    /// The prefix of this store's migration identifiers (`jobs`).
    package let namespace: String
    /// What the store is called in messages ("the production queue").
    package let store: String
    /// How to fix a database this build cannot use, besides upgrading cliff.
    package let remedy: String
    /// Every migration: its identifier and its statements, run in one transaction.
    private(set) var steps: [(identifier: String, statements: [String])] = []

    /// The table that records applied migrations.
    static let table = "cliff_migrations"

    /// A store's migrations, none yet.
    package init(namespace: String, store: String, remedy: String) {
        self.namespace = namespace
        self.store = store
        self.remedy = remedy
    }

    /// Adds migration `name` (identifier `namespace.name`): `statements`, in order.
    package mutating func add(_ name: String, statements: [String]) {
        let identifier = "\(namespace).\(name)"
        precondition(!steps.contains { $0.identifier == identifier }, "migration \(identifier) is added twice")
        steps.append((identifier, statements))
    }

    /// Every identifier, in order.
    package var identifiers: [String] { steps.map(\.identifier) }

    /// Applied identifiers of this namespace that this build does not know, sorted.
    func unknown(in applied: Set<String>) -> [String] {
        let known = Set(identifiers)
        return applied.filter { $0.hasPrefix(namespace + ".") && !known.contains($0) }.sorted()
    }
}
