import Screenplay
import Testing

@Suite struct ChineseEpisodeTests {
    @Test func chineseEpisodeParsesEveryElement() {
        let document = FountainParser.parse(Fixtures.cjkEpisode)
        #expect(document.titlePage == [
            TitlePageField(key: "Title", values: ["总裁的秘密"]), TitlePageField(key: "Author", values: ["林晚"]),
        ])
        #expect(document.elements == [
            .section(level: 1, title: "第一幕"),
            .synopsis("林晚发现了真相。"),
            .sceneHeading(SceneHeading(text: "内景 总裁办公室 - 夜", sceneNumber: "1", forced: true)),
            .action("林晚推开门，办公室里一片漆黑。\n她打开了灯。", forced: false),
            .character(CharacterCue(name: "林晚", forced: true)),
            .parenthetical("(低声)"),
            .dialogue("你到底是谁？"),
            .character(CharacterCue(name: "顾总", forced: true, dualDialogue: true)),
            .dialogue("我是你的丈夫。"),
            .centered("全剧终"),
        ])
    }
}
