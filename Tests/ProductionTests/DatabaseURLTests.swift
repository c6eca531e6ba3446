import Basics
import Foundation
import Production
import Testing

/// The shared database's URL: read whole or refused in a sentence, from the flag, the
/// environment or cliff.yaml in that order, and its password never shown.
struct DatabaseURLTests {
    @Test func aURLIsReadWithItsDefaultsAndShownWithoutItsPassword() throws {
        let url = try DatabaseURL.parse("postgres://cliff:s3cr%40t@db.studio.lan/cliffhanger").get()
        #expect(url == DatabaseURL(user: "cliff", password: "s3cr@t", host: "db.studio.lan", port: 5432, database: "cliffhanger", tls: .prefer))
        #expect(url.description == "postgres://cliff:•••@db.studio.lan:5432/cliffhanger")
        let secure = try DatabaseURL.parse("postgresql://ops@10.0.0.5:6432/line?sslmode=require").get()
        #expect(secure.port == 6432 && secure.tls == .require && secure.password == nil)
        #expect(secure.description == "postgres://ops@10.0.0.5:6432/line?sslmode=require")
    }

    @Test func aBadURLIsRefusedInASentenceThatNeverHoldsThePassword() {
        let cases: [(String, String)] = [
            ("mysql://cliff:hunter2@db/line", "is a mysql URL"),
            ("postgres://cliff:hunter2@/line", "names no host"),
            ("postgres://cliff:hunter2@db", "names no database"),
            ("postgres://:hunter2@db/line", "names no user"),
            ("postgres://cliff:hunter2@db:70000/line", "a port is 1 to 65535"),
            ("postgres://cliff:hunter2@db/line?sslmode=always", "use disable, prefer or require"),
            ("postgres://cliff:hunter2@db/line?application=x", "does not use"),
            ("cliff:hunter2 at db", "is not a URL"),
        ]
        for (text, expected) in cases {
            guard case .failure(let problem) = DatabaseURL.parse(text) else {
                Issue.record("\(DatabaseURL.redacted(text)) was accepted")
                continue
            }
            #expect(problem.message.contains(expected), "\(problem.message)")
            #expect(!problem.message.contains("hunter2"), "the password is shown: \(problem.message)")
        }
    }

    @Test func theFlagWinsOverTheEnvironmentWhichWinsOverCliffYAML() throws {
        let environment = ["CLIFF_DATABASE_URL": "postgres://env@db/line"]
        let configured = try DatabaseURL.parse("postgres://file@db/line").get()
        #expect(try DatabaseURL.resolve(flag: "postgres://flag@db/line", environment: environment, configured: configured).get()?.user == "flag")
        #expect(try DatabaseURL.resolve(flag: nil, environment: environment, configured: configured).get()?.user == "env")
        #expect(try DatabaseURL.resolve(flag: nil, environment: [:], configured: configured).get()?.user == "file")
        #expect(try DatabaseURL.resolve(flag: nil, environment: [:], configured: nil).get() == nil)
        guard case .failure(let problem) = DatabaseURL.resolve(flag: nil, environment: ["CLIFF_DATABASE_URL": "postgres://u:pw@db"], configured: nil) else {
            Issue.record("accepted")
            return
        }
        #expect(problem.message.hasPrefix("CLIFF_DATABASE_URL: ") && !problem.message.contains("pw@"), "\(problem.message)")
    }

    @Test func cliffYAMLsDatabaseIsLocatedWhenItCannotBeRead() throws {
        let (settings, problems) = ProductionSettingsLoader.read(yaml: "workers: 2\ndatabase: postgres://cliff:hunter2@db\n")
        #expect(settings.database == nil)
        let problem = try #require(problems.first)
        #expect(problem.line == 2 && problem.fieldPath == "database" && problem.message.contains("names no database"), "\(problem)")
        #expect(!problem.description.contains("hunter2"))
        let (read, none) = ProductionSettingsLoader.read(yaml: "database: postgres://cliff@db/line\n")
        #expect(none.isEmpty && read.database?.database == "line")
    }
}
