import Studio
import Foundation
import Hummingbird

/// User management for admins: `/users` (the page) and `/api/v1/users` (add, change role,
/// reset password, remove). The studio's last admin can be neither removed nor demoted.
struct UserRoutes: Sendable {
    let studio: Studio

    struct NewUser: Decodable { var name: String; var role: String; var password: String }
    struct Change: Decodable { var role: String?; var password: String? }

    func register(on router: Router<StudioContext>) {
        let api = router.group("api/v1")
        api.get("users") { _, context in
            _ = try context.requireRole(.admin, to: "managing users")
            return Responses.json(try await studio.accounts.users())
        }
        api.post("users") { request, context in
            _ = try context.requireRole(.admin, to: "managing users")
            let body = try await request.decode(NewUser.self, limit: 4096)
            let role = try Self.role(body.role)
            try await studio.accounts.add(name: body.name, role: role, password: body.password)
            return Responses.json(StudioUserBody(name: body.name, role: role.rawValue), status: .created)
        }
        api.patch("users/:name") { request, context in
            _ = try context.requireRole(.admin, to: "managing users")
            let name = try context.parameters.require("name")
            let body = try await request.decode(Change.self, limit: 4096)
            guard body.role != nil || body.password != nil else {
                throw StudioError(code: .invalidInput, message: "say what to change: {\"role\": \"producer\"} or {\"password\": \"…\"}", field: "body")
            }
            // Both checked before either changes: a refused request changes nothing.
            let role = try body.role.map(Self.role)
            if let password = body.password, password.count < 8 {
                throw StudioError(code: .invalidInput, message: "the password is too short: use at least 8 characters", field: "password")
            }
            if let role { try await studio.accounts.changeRole(of: name, to: role) }
            if let password = body.password { try await studio.accounts.resetPassword(of: name, to: password) }
            guard let user = try await studio.accounts.users().first(where: { $0.name == name }) else {
                throw StudioError(code: .notFound, message: "there is no user '\(name)'")
            }
            return Responses.json(user)
        }
        api.delete("users/:name") { _, context in
            _ = try context.requireRole(.admin, to: "managing users")
            try await studio.accounts.remove(name: try context.parameters.require("name"))
            return Response(status: .noContent)
        }
        router.get("users") { _, context in
            let user = try context.requireRole(.admin, to: "managing users")
            let users = try await studio.accounts.users()
            let admins = users.filter { $0.role == .admin }.count
            let rows = users.map { u -> [String: Any] in
                [
                    "name": u.name, "isYou": u.name == user.name, "lastAdmin": u.role == .admin && admins == 1,
                    "roles": Role.allCases.map { ["role": $0.rawValue, "selected": $0 == u.role] as [String: Any] },
                ]
            }
            return Responses.html(Pages.render("users", [
                "title": "Users", "user": PageRoutes.user(user), "users": rows,
                "roles": Role.allCases.map { ["role": $0.rawValue, "selected": $0 == .reviewer] as [String: Any] },
            ]))
        }
    }

    struct StudioUserBody: Encodable { var name: String; var role: String }

    static func role(_ text: String) throws(StudioError) -> Role {
        guard let role = Role(rawValue: text) else {
            throw StudioError(code: .invalidInput, message: "'\(text)' is not a role; use reviewer, producer or admin", field: "role")
        }
        return role
    }
}
