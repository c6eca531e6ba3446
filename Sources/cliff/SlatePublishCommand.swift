import ArgumentParser
import Basics
import DramaModel
import Foundation
import Governance
import Logging
import Slate
import Studio

/// `cliff slate publish`: set each pilot's release calendar in the studio's store.
struct SlatePublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Set the release calendar of every pilot of the slate in the studio, so each pilot episode comes out once approved.",
        discussion: """
            Examples:
              cliff slate publish spring
              cliff slate publish spring --launch 2026-12-20 --time 19:30 \\
                  --time-zone Asia/Shanghai
              cliff slate publish spring --series paper-vows --launch-episodes 1
              cliff slate publish spring --dry-run

            The calendars go into the studio's store (the slate folder's studio.db,
            which cliff serve <slate> uses), as the calendar page sets them; a
            calendar's paywall and prices are kept. Only approved episodes are
            released: every pilot episode still goes through review in the studio.
            Sunset series are skipped. Each series' audit log records the publish
            (kind slate.publish) with who and the calendar. Every problem with the
            options is reported at once, and then nothing is set.
            """
    )

    @Argument(help: "The slate folder.") var directory: String
    @Option(help: "Launch day, YYYY-MM-DD in --time-zone (default: today, or tomorrow once --time has passed today).")
    var launch: String?
    @Option(help: "Release time of day, HH:MM in --time-zone.") var time: String = "20:00"
    @Option(name: .customLong("time-zone"), help: "IANA time zone of the launch day and time, e.g. Asia/Shanghai.") var timeZone: String = "UTC"
    @Option(name: .customLong("launch-episodes"), help: "Episodes released at launch (default: the pilot's episodes, so the whole pilot comes out at once).")
    var launchEpisodes: Int?
    @Option(name: .customLong("per-day"), help: "Episodes released each day after launch.") var perDay: Int = 1
    @Option(name: .customLong("series"), help: "A series' id in slate.yaml; repeat for several (default: every series not sunset).")
    var series: [String] = []
    @Option(help: "Who publishes, for the audit log and the calendar's history (default: $USER, else the OS user name).") var by: String?
    @Flag(name: .customLong("dry-run"), help: "Print what would be set; change nothing.") var dryRun = false

    /// The options the calendar's fields come from, to name them in problems.
    static let options = [
        "launchDate": "--launch", "time": "--time", "timeZone": "--time-zone", "launchEpisodes": "--launch-episodes", "perDay": "--per-day",
    ]

    func run() async throws {
        let root = URL(fileURLWithPath: directory)
        let manifestName = "\(directory)/\(SlateManifest.fileName)"
        let manifest = try SlateManifest.read(slate: root, displayName: manifestName)
        let now = Date()
        // Every problem with the options at once, before the studio's store is opened.
        var problems: [String] = []
        let ids = manifest.series.map(\.id)
        var chosen: [SlateManifest.Series] = []
        for name in series where !chosen.contains(where: { $0.id == name }) {
            guard let record = manifest.series.first(where: { $0.id == name }) else {
                problems.append("--series: '\(TextInput.excerpt(name))' is not a series of \(manifestName).\(Suggestion.didYouMean(name, in: ids)) Its series are: \(ids.joined(separator: ", ")).")
                continue
            }
            guard record.status != .sunset else {
                problems.append("--series: '\(name)' is sunset (\(manifestName)); a sunset series is not published. Leave it out, or take it up again first: remove its 'status: sunset' line.")
                continue
            }
            chosen.append(record)
        }
        if series.isEmpty {
            chosen = manifest.series.filter { $0.status != .sunset }
            if chosen.isEmpty {
                problems.append("\(manifestName): every series is sunset; there is nothing to publish. To take one up again, remove its 'status: sunset' line.")
            }
        }
        if let launchEpisodes, launchEpisodes < 1 {
            problems.append("--launch-episodes: \(launchEpisodes) is not a number of episodes; write 1 or more, or leave it out to release the whole pilot at launch.")
        }
        let zone = TimeZone(identifier: timeZone)
        let launchDate = launch ?? Self.defaultLaunch(time: time, zone: zone ?? .gmt, now: now)
        let probe = ReleaseCalendar(launchDate: launchDate, time: time, timeZone: timeZone, launchEpisodes: max(1, launchEpisodes ?? 1), perDay: perDay)
        for problem in probe.problems() { problems.append("\(Self.options[problem.field] ?? problem.field): \(problem.message)") }
        guard problems.isEmpty else { throw Self.refusal(problems) }

        var logger = Logger(label: "cliff.studio")
        logger.logLevel = .warning
        let studio = try await Studio(root: root, logger: logger)
        // The store's own checks (a launch that has passed, a kept paywall past the season), per series.
        var calendars: [(record: SlateManifest.Series, calendar: ReleaseCalendar)] = []
        for record in chosen {
            do {
                let current = try await studio.calendar(record.folder)
                let calendar = ReleaseCalendar(
                    launchDate: launchDate, time: time, timeZone: timeZone, launchEpisodes: launchEpisodes ?? record.pilotEpisodes, perDay: perDay,
                    paywallFrom: current?.paywallFrom, priceCoins: current?.priceCoins ?? 30, startingCoins: current?.startingCoins ?? 100)
                for problem in try await studio.calendarProblems(record.folder, calendar, now: now) {
                    problems.append("\(record.id): \(Self.options[problem.field] ?? problem.field): \(problem.message)")
                }
                calendars.append((record, calendar))
            } catch {
                problems.append("\(record.id): \(error.message)")
            }
        }
        guard problems.isEmpty else { throw Self.refusal(problems) }

        let actor = SlateDecideCommand.actor(by)
        let publisher = StudioUser(name: actor, role: .producer)
        for (record, calendar) in calendars {
            let id = record.folder
            var released: [Int] = []
            if !dryRun {
                try await studio.setCalendar(id, calendar, by: publisher, now: now)
                // As PUT …/schedule does: what is approved and due comes out now.
                released = try await studio.publishDue(id, now: now)
            }
            let pilot = try await studio.series(id, now: now).episodes.filter { $0.number <= record.pilotEpisodes }
            let approved = pilot.filter { [.approved, .scheduled, .published].contains($0.state) }.count
            let waiting = pilot.filter { [.inReview, .rejected].contains($0.state) }.count
            let unrendered = pilot.count - approved - waiting
            let summary = Self.summary(calendar)
            if !dryRun {
                var details = [
                    "slate": directory, "series": record.id, "calendar": summary, "calendar.launch": "\(calendar.launchDate) \(calendar.time) \(calendar.timeZone)",
                    "calendar.launch_episodes": "\(calendar.launchEpisodes)", "calendar.per_day": "\(calendar.perDay)",
                    "pilot.episodes": SlateDesk.ranges(record.pilot), "pilot.approved": "\(approved)", "pilot.waiting_for_review": "\(waiting)",
                    "pilot.not_rendered": "\(unrendered)",
                ]
                if let paywall = calendar.paywallFrom { details["calendar.paywall_from"] = "\(paywall)" }
                if !released.isEmpty { details["released"] = SlateDesk.ranges(released) }
                do {
                    _ = try AuditLog(projectRoot: root.appendingPathComponent(record.folder))
                        .append(kind: "slate.publish", actor: actor, subject: "series \(record.id)", details: details)
                } catch {
                    throw CLIError(message: "the calendar of \(record.id) is set, but its audit log could not be written: \(error.message); run the command again once \(directory)/\(record.folder)/governance is writable")
                }
            }
            var line = "\(record.id): \(dryRun ? "would set" : "set") the release calendar: \(summary). "
            line += "Pilot (episodes \(SlateDesk.ranges(record.pilot))): \(approved) approved, \(waiting) waiting for review, \(unrendered) not rendered for review yet"
            line += released.isEmpty ? "." : "; released now: \(SlateDesk.ranges(released))."
            print(line)
        }
        let skipped = manifest.series.filter { $0.status == .sunset }.map(\.id)
        if !skipped.isEmpty { print("Skipped, sunset: \(skipped.joined(separator: ", ")).") }
        print("Only approved episodes are released, each at its time: review the pilots in the studio (cliff serve \(directory), then each series' page).")
        print("The studio reviews finished episodes (out/epNNN/episode.mp4): a pilot made as previews is rendered from its page, or with cliff produce \(directory)/<series> --episodes 1-N.")
        if dryRun { print("Nothing was set (--dry-run).") }
    }

    /// Today in `zone`, or tomorrow when `time` has passed there today.
    static func defaultLaunch(time: String, zone: TimeZone, now: Date) -> String {
        let today = String(ReleaseCalendar.local(now, in: zone).prefix(10))
        if let at = ReleaseCalendar(launchDate: today, time: time, timeZone: zone.identifier).releaseDate(of: 1), at <= now {
            return String(ReleaseCalendar.local(now.addingTimeInterval(86_400), in: zone).prefix(10))
        }
        return today
    }

    /// `3 at launch on 2026-12-06 20:00 UTC, then 1 a day; no paywall`.
    static func summary(_ c: ReleaseCalendar) -> String {
        "\(c.launchEpisodes) at launch on \(c.launchDate) \(c.time) \(c.timeZone), then \(c.perDay) a day; "
            + (c.paywallFrom.map { "paywall from episode \($0) (\(c.priceCoins) coins each)" } ?? "no paywall")
    }

    static func refusal(_ problems: [String]) -> CLIError {
        CLIError(message: "cannot publish the slate; nothing was changed:\n" + problems.map { "  \($0)" }.joined(separator: "\n"))
    }
}
