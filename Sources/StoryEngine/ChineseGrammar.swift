/// What filling a Chinese template's slot needs: a thing the bible words with its own
/// demonstrative and measure word ("那份离婚协议") loses them after the template's own
/// ("一张{prop}的照片" → "一张离婚协议的照片").
enum ChineseGrammar {
    /// Demonstratives and numbers that take a measure word.
    static let determiners: Set<Character> = ["一", "这", "那", "每", "哪", "某"]
    /// Measure words.
    static let measureWords: Set<Character> = ["个", "份", "张", "块", "枚", "把", "本", "封", "条", "段", "只", "件", "串", "支", "部", "台", "瓶", "盒", "袋", "片", "幅", "面", "根", "颗", "座", "间", "辆", "双", "对", "套", "卷", "盏", "顶", "箱"]

    /// `value` fitted after `before`.
    static func afterMeasureWord(_ before: String, _ value: String) -> String {
        let tail = Array(before.suffix(2))
        guard tail.count == 2, determiners.contains(tail[0]), measureWords.contains(tail[1]) else { return value }
        let head = Array(value.prefix(2))
        guard head.count == 2, determiners.contains(head[0]), measureWords.contains(head[1]), value.count > 2 else { return value }
        return String(value.dropFirst(2))
    }
}
