import DramaModel

/// Series bibles like the ones `cliff new` writes, built in code.
enum TestSeries {
    static func cast(_ rows: [(String, String, Role, Gender, String, LookSpec)]) -> [CastMember] {
        rows.map { CastMember(id: $0.0, name: $0.1, role: $0.2, gender: $0.3, archetype: $0.4, look: $0.5) }
    }

    /// An English romance, as `cliff new --premise "A broke waitress…"` writes it.
    static let romance = Series(
        title: "Borrowed Bride", premise: "A broke waitress signs a contract marriage with a cold CEO", genre: .romance,
        tone: "sweet and sharp", format: SeriesFormat(episodes: 3, paywallEpisode: 2, languages: [.en]),
        characters: cast([
            ("grace", "Grace Ye", .protagonist, .female, "the broke waitress",
             LookSpec(age: 23, build: "broad-shouldered", hair: "a sleek black bob", skin: "tan", eyes: "hazel", outfit: "a tailored charcoal suit", palette: ["#8c1c13", "#f4d58d"], accessories: ["a jade bracelet"])),
            ("kai", "Kai Hale", .lead, .male, "the cold CEO",
             LookSpec(age: 33, build: "slight", hair: "tousled dark hair", skin: "fair", eyes: "hazel", outfit: "a navy three-piece suit", palette: ["#1f3a5f", "#f2e8cf"], accessories: ["a signet ring"])),
            ("bella", "Bella Lin", .antagonist, .female, "the scheming stepsister",
             LookSpec(age: 37, build: "slender", hair: "a high ponytail", skin: "fair", eyes: "amber", outfit: "a red cocktail dress", palette: ["#3a5a40", "#dad7cd"], accessories: ["a silver locket"])),
            ("nora", "Nora Vance", .rival, .female, "the celebrity first love",
             LookSpec(age: 27, build: "slender", hair: "long black hair", skin: "warm beige", eyes: "dark brown", outfit: "a thrift-store blazer", palette: ["#1f3a5f", "#f2e8cf"], accessories: ["pearl earrings"])),
            ("theo", "Theo Crawford", .ally, .male, "the loyal assistant",
             LookSpec(age: 26, build: "slight", hair: "silver-streaked hair", skin: "olive", eyes: "amber", outfit: "a knit cardigan", palette: ["#5f0f40", "#fb8b24"], accessories: ["wire-rim glasses"])),
            ("mia", "Mia Hale", .elder, .female, "the matriarch grandmother",
             LookSpec(age: 71, build: "broad-shouldered", hair: "silver hair in a bun", skin: "fair", eyes: "dark brown", outfit: "a cream trench coat", palette: ["#14213d", "#fca311"], accessories: ["a silver locket"])),
        ]),
        locations: [
            Location(id: "rooftop", name: "HALE GROUP TOWER - ROOFTOP", spoken: "the rooftop", setting: .exterior, description: "Wind, a helipad and the whole skyline at night."),
            Location(id: "ceo-office", name: "HALE GROUP TOWER - CEO OFFICE", spoken: "the office", description: "A glass-walled corner office high above the city, cold as its owner, with a locked drawer in the desk."),
            Location(id: "mansion-garden", name: "HALE FAMILY MANSION - ROSE GARDEN", spoken: "the rose garden", setting: .exterior, description: "Clipped hedges and the old lady's prize roses."),
            Location(id: "mansion-dining", name: "HALE FAMILY MANSION - DINING ROOM", spoken: "the dining room", description: "A long mahogany table where the matriarch decides who sits."),
            Location(id: "car-park", name: "HALE GROUP TOWER - UNDERGROUND CAR PARK", spoken: "the car park", description: "Concrete pillars, a black Maybach, and echoes."),
            Location(id: "hospital", name: "CITY HOSPITAL - CORRIDOR", spoken: "the hospital", description: "Buzzing lights, a payment counter and the operating room door."),
            Location(id: "rainy-street", name: "STREET OUTSIDE HALE GROUP TOWER", spoken: "the street", setting: .exterior, description: "Neon on wet pavement, taxis splashing past."),
            Location(id: "registry", name: "MARRIAGE REGISTRY OFFICE", spoken: "the registry", description: "Red backdrops, a queue of happy couples."),
        ])

    /// A Chinese romance, as `cliff new --language zh` writes it (looks in Chinese, as a
    /// writer editing the bible by hand would put them).
    static let romanceZH = Series(
        title: "契约新娘", premise: "契约婚姻 冷面总裁", genre: .romance, tone: "甜宠、虐心、上头",
        format: SeriesFormat(episodes: 3, paywallEpisode: 2, languages: [.zh]),
        characters: cast([
            ("protagonist", "夏知意", .protagonist, .female, "被退婚的设计师",
             LookSpec(age: 21, build: "娇小", hair: "黑色长发", skin: "白皙", eyes: "黑色杏眼", outfit: "米白色旗袍", palette: ["#5f0f40", "#fb8b24"], accessories: ["珍珠耳环"])),
            ("lead", "江辰逸", .lead, .male, "毒舌豪门少爷",
             LookSpec(age: 30, build: "宽肩", hair: "大背头", skin: "小麦色", eyes: "深棕", outfit: "藏青色西装", palette: ["#0b132b", "#5bc0be"], accessories: ["眼镜"])),
            ("antagonist", "乔梦瑶", .antagonist, .female, "心机继妹",
             LookSpec(age: 28, build: "苗条", hair: "栗色大波浪", skin: "暖米色", eyes: "琥珀色", outfit: "红色礼服", palette: ["#6b4226", "#f1dabf"], accessories: ["金项链"])),
            ("rival", "温沐晴", .rival, .female, "白月光女星",
             LookSpec(age: 29, build: "athletic", hair: "高马尾", skin: "浅色", eyes: "dark brown", outfit: "a thrift-store blazer", palette: ["#8c1c13", "#f4d58d"], accessories: ["红绳手链"])),
            ("ally", "厉君昊", .ally, .male, "忠心特助",
             LookSpec(age: 25, build: "compact", hair: "寸头", skin: "fair", eyes: "hazel", outfit: "a navy three-piece suit", palette: ["#14213d", "#fca311"], accessories: ["玉佩"])),
            ("elder", "江雨桐", .elder, .female, "深藏不露的老太君",
             LookSpec(age: 73, build: "tall and lean", hair: "银发发髻", skin: "light", eyes: "dark brown", outfit: "针织开衫", palette: ["#5f0f40", "#fb8b24"], accessories: ["银色吊坠盒"])),
        ]),
        locations: [
            Location(id: "ceo-office", name: "江氏集团 总裁办公室", spoken: "办公室", description: "高耸入云的玻璃办公室，冷得像它的主人。"),
            Location(id: "mansion-dining", name: "江家老宅 餐厅", spoken: "餐厅", description: "长长的红木餐桌。"),
            Location(id: "rainy-street", name: "江氏集团楼下 雨夜街头", spoken: "街上", setting: .exterior, description: "霓虹映在积水里。"),
        ])

    /// A palace drama with English looks.
    static let palace = Series(
        title: "The Phoenix Court", premise: "A palace maid rises to empress", genre: .palace, tone: "cold and tense",
        format: SeriesFormat(episodes: 3, paywallEpisode: 2, languages: [.en]),
        characters: cast([
            ("jinglan", "Hua Jinglan", .protagonist, .female, "the palace maid",
             LookSpec(age: 26, build: "athletic", hair: "a loose braid", skin: "light", eyes: "black", outfit: "a maid's blue tunic", palette: ["#2d3142", "#bfc0c0"], accessories: ["a silver locket"])),
            ("xuanling", "Wei Xuanling", .lead, .male, "the young emperor",
             LookSpec(age: 26, build: "athletic", hair: "short black hair", skin: "tan", eyes: "hazel", outfit: "golden dragon robes", palette: ["#1f3a5f", "#f2e8cf"], accessories: ["a jade pendant"])),
            ("meiyin", "Song Meiyin", .antagonist, .female, "the noble consort",
             LookSpec(age: 43, build: "athletic", hair: "an elegant updo", skin: "fair", eyes: "amber", outfit: "crimson embroidered robes", palette: ["#6b4226", "#f1dabf"], accessories: ["pearl earrings"])),
            ("suxin", "Nian Suxin", .rival, .female, "the two-faced sister consort",
             LookSpec(age: 26, build: "compact", hair: "a high ponytail", skin: "olive", eyes: "black", outfit: "pale green palace robes", palette: ["#2d3142", "#bfc0c0"], accessories: ["a silver locket"])),
            ("mingzhe", "Su Mingzhe", .ally, .male, "the imperial physician",
             LookSpec(age: 22, build: "athletic", hair: "silver-streaked hair", skin: "warm beige", eyes: "black", outfit: "white mourning robes", palette: ["#14213d", "#fca311"], accessories: ["a jade pendant"])),
            ("ruozhao", "Jiang Ruozhao", .elder, .female, "the devout empress dowager",
             LookSpec(age: 70, build: "broad-shouldered", hair: "silver hair in a bun", skin: "tan", eyes: "dark brown", outfit: "plum silk robes", palette: ["#3a5a40", "#dad7cd"], accessories: ["a jade bracelet"])),
        ]),
        locations: [
            Location(id: "throne-hall", name: "FORBIDDEN PALACE - HALL OF HEAVENLY PURITY", spoken: "the throne hall", description: "vast and golden, the dragon throne on its dais"),
            Location(id: "cold-palace", name: "FORBIDDEN PALACE - THE COLD PALACE", spoken: "the cold palace", description: "peeling walls, broken lattices, frost on the floor"),
            Location(id: "lotus-garden", name: "IMPERIAL GARDEN - LOTUS POND", spoken: "the lotus pond", setting: .exterior, description: "a zigzag bridge over dark water, willows"),
            Location(id: "long-lane", name: "FORBIDDEN PALACE - THE LONG LANE", spoken: "the long palace lane", setting: .exterior, description: "a narrow lane between high red walls"),
            Location(id: "noble-pavilion", name: "FORBIDDEN PALACE - PAVILION OF EMERALD SPLENDOUR", spoken: "the pavilion", description: "lavish rooms heavy with a rare incense"),
        ])
}
