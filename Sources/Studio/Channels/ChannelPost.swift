import Channels
package import Foundation

/// Where an episode stands on one external channel.
package enum ChannelPostState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Released on the built-in channel; goes out here at `dueAt`.
    case scheduled
    /// Bytes are going to the platform (`confirmedBytes` of `totalBytes`).
    case uploading
    /// The platform has the whole video and is processing it.
    case processing
    /// Watchable on the platform (`platformID`, `url`).
    case live
    /// Waiting to try again: the platform was busy or down, the quota day is spent, the
    /// compliance gate holds the episode, or the channel's credentials need renewing
    /// (`failure` says which; `nextAttemptAt` when).
    case waiting
    /// The platform refused it for good; `failure` says why and how to fix it.
    case failed
}

/// One episode on one external channel, as the studio and `cliff publish status` show it.
package struct ChannelPost: Sendable, Hashable, Codable {
    /// The series id.
    package var series: String
    /// The episode number.
    package var episode: Int
    /// The channel's name in `cliff.yaml`.
    package var channel: String
    /// Where it stands.
    package var state: ChannelPostState
    /// When it goes (or went) out here: the built-in release plus the channel's offset.
    package var dueAt: Date
    /// Bytes the platform confirmed it holds.
    package var confirmedBytes: Int64
    /// The file's size.
    package var totalBytes: Int64
    /// The platform's id of the video, once it has one.
    package var platformID: String?
    /// Where viewers find it (or the package folder, relative to the project).
    package var url: String?
    /// The last failure, in the words of the platform and how to fix it.
    package var failure: String?
    /// Tries that failed so far.
    package var attempts: Int
    /// When the publisher tries again.
    package var nextAttemptAt: Date?
    /// When the row last changed.
    package var updatedAt: Date

    /// `uploading 42 %`, `live`, `waiting (…)`: one word or a few, for tables.
    package var summary: String {
        switch state {
        case .uploading where totalBytes > 0:
            "uploading \(Int((Double(confirmedBytes) / Double(totalBytes) * 100).rounded(.down))) %"
        default: state.rawValue
        }
    }
}

/// The external channels of a series and what went out on each.
package struct ChannelsOverview: Sendable, Hashable, Codable {
    /// One configured channel.
    package struct Entry: Sendable, Hashable, Codable {
        /// Its name in `cliff.yaml`.
        package var name: String
        /// `youtube`, `tiktok`, `package`.
        package var kind: String
        /// Minutes after the built-in release.
        package var offsetMinutes: Int
        /// Why the channel is stopped (credentials refused), nil while it runs.
        package var stopped: String?
    }

    /// The series id.
    package var series: String
    /// The channels `cliff.yaml` configures, in its order.
    package var channels: [Entry]
    /// Every episode on every channel, by episode then channel order.
    package var posts: [ChannelPost]
    /// Why the channels cannot be read (a problem in `cliff.yaml`), nil when they can.
    package var settingsProblem: String?
}
