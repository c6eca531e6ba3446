import Foundation
import Studio
import Synchronization

/// Every password check goes through here: a token bucket per client address, and a back-off
/// per account — after `freeFailures` wrong passwords in a row an account is locked for 1 s,
/// then 2, 4, … up to 15 minutes, whichever address the guesses come from. A right password
/// clears the account's count. State lives in memory, per server process.
final class LoginGuard: Sendable {
    /// Wrong passwords an account may take before the back-off starts.
    static let freeFailures = 5
    /// The longest lock, in seconds.
    static let longestLock = 900.0

    let perAddress: RateLimiter
    private let accounts = Mutex<[String: (failures: Int, lockedUntil: Double)]>([:])
    private let studio: Studio

    init(studio: Studio, perSecond: Double, burst: Double) {
        self.studio = studio
        perAddress = RateLimiter(perSecond: perSecond, burst: burst)
    }

    /// The user `name` with `password`, or nil when either is wrong (callers must not say which).
    /// - Throws: `StudioError` `.rateLimited` when the address or the account must wait first.
    func verify(name: String, password: String, client: String, now: Double = Date().timeIntervalSince1970) async throws(StudioError) -> StudioUser? {
        guard perAddress.allow(client, now: now) else {
            throw StudioError(code: .rateLimited, message: "too many login attempts from \(client); wait a minute")
        }
        let key = name.lowercased()
        let wait = accounts.withLock { $0[key].map { $0.lockedUntil - now } ?? 0 }
        if wait > 0 {
            throw StudioError(
                code: .rateLimited,
                message: "too many wrong passwords for this account; try again in \(Int(wait.rounded(.up))) s")
        }
        let user = try await studio.accounts.verify(name: name, password: password)
        accounts.withLock { accounts in
            guard user == nil else {
                accounts[key] = nil
                return
            }
            if accounts.count > 50_000 { accounts = accounts.filter { $0.value.lockedUntil > now } }
            var entry = accounts[key] ?? (0, 0)
            entry.failures += 1
            if entry.failures >= Self.freeFailures {
                entry.lockedUntil = now + min(Self.longestLock, pow(2, Double(entry.failures - Self.freeFailures)))
            }
            accounts[key] = entry
        }
        return user
    }
}
