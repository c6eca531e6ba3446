/// Reads screenplay action text for what the camera must answer.
enum ActionText {
    /// English words for a blow (any inflection listed).
    private static let englishBlows: Set<String> = [
        "slap", "slaps", "slapped", "slapping", "hit", "hits", "hitting", "punch", "punches", "punched", "punching",
        "shove", "shoves", "shoved", "shoving",
    ]
    /// Chinese marks of a blow: a slap across the face (耳光, 扇), a hit (打), a shove (推).
    private static let chineseBlows = ["耳光", "扇", "打", "推"]
    /// Common Chinese words that contain those characters without anyone being struck.
    private static let chineseNonBlows = [
        "打开", "打电话", "打算", "打扰", "打扮", "打听", "打量", "打印", "打字", "打招呼", "打工", "推荐", "推测",
        "推迟", "推理", "推门", "推开门", "扇子", "电扇", "扇门", "一扇",
    ]

    /// True when `action` describes a slap, hit, punch or shove (`She slaps him.`,
    /// `他一拳打在桌上`, `她扇了他一耳光。`), so the shot shakes.
    static func describesBlow(_ action: String) -> Bool {
        let words = action.lowercased().split { !$0.isLetter }
        if words.contains(where: { englishBlows.contains(String($0)) }) { return true }
        var text = action
        for word in chineseNonBlows { text = text.replacing(word, with: "") }
        return chineseBlows.contains { text.contains($0) }
    }
}
