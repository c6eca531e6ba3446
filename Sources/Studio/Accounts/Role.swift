/// What a studio user may do. Each role can do everything the roles below it can.
///
/// - `reviewer`: watch drafts, approve, reject with a note, ask for a shot or scene to be
///   regenerated.
/// - `producer`: also render, retry failed jobs and set the release calendar.
/// - `admin`: also manage users.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Curates: reviews and asks for retakes.
    case reviewer
    /// Runs production and releases.
    case producer
    /// Manages the studio.
    case admin

    var rank: Int {
        switch self {
        case .reviewer: 0
        case .producer: 1
        case .admin: 2
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}

/// A logged-in user.
public struct StudioUser: Sendable, Hashable, Codable {
    /// Login name.
    public var name: String
    /// What the user may do.
    public var role: Role

    /// A user named `name` with `role`. The studio makes them at login; a command acting on the
    /// studio's store on its machine (`cliff slate publish`) names the OS user this way.
    package init(name: String, role: Role) {
        self.name = name
        self.role = role
    }
}
