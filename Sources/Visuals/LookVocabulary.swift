import Foundation

/// The words (English and Chinese) the artist recognises in a bible's look spec, mapped to
/// design parts. Tables are ordered: the first matching row wins, so specific phrases
/// ("three-piece", "dragon robes") come before general ones ("suit", "robes").
enum LookVocabulary {
    static func first<T>(_ table: [([String], T)], in text: String) -> T? {
        let text = text.lowercased()
        for (words, value) in table where words.contains(where: { matches($0, in: text) }) { return value }
        return nil
    }

    /// Whether the keyword occurs; an English keyword must start a word ("red" does not
    /// match "tailored", "ring" does not match "earring").
    static func matches(_ keyword: String, in text: String) -> Bool {
        guard keyword.first?.isASCII == true else { return text.contains(keyword) }
        var searchStart = text.startIndex
        while let range = text.range(of: keyword, range: searchStart..<text.endIndex) {
            if range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }

    static let hairStyles: [([String], HairStyle)] = [
        (["ponytail", "马尾"], .highPonytail),
        (["braid", "辫"], .braid),
        (["bun", "发髻", "盘发", "丸子头", "髻"], .bun),
        (["updo", "chignon", "pinned up", "挽发", "盘起", "高髻"], .updo),
        (["bob", "波波", "齐耳", "短发齐"], .bob),
        (["wave", "curl", "卷发", "波浪", "大波浪"], .waves),
        (["topknot", "束发", "发冠"], .topknot),
        (["close crop", "crew cut", "buzz", "寸头", "板寸", "平头"], .closeCrop),
        (["swept-back", "swept back", "slicked", "背头", "大背头"], .sweptBack),
        (["side part", "side-part", "parted", "偏分", "侧分", "三七分"], .sidePart),
        (["tousled", "messy", "shaggy", "凌乱", "蓬乱", "碎发"], .tousled),
        (["neatly combed", "combed", "梳得整齐", "一丝不苟"], .combed),
        (["long", "长发", "披肩", "长直"], .longStraight),
        (["short", "crop", "短发"], .short),
    ]

    static let hairColors: [([String], RGBColor)] = [
        (["silver", "银"], RGBColor(0xc3c7d1)),
        (["white", "白发", "雪白"], RGBColor(0xe9e7e4)),
        (["grey", "gray", "花白", "灰"], RGBColor(0x9b9aa0)),
        (["blond", "golden", "金发", "金色"], RGBColor(0xd6ae62)),
        (["auburn", "red", "ginger", "红发", "酒红"], RGBColor(0x8e3a24)),
        (["chestnut", "栗"], RGBColor(0x6e3d24)),
        (["light brown", "浅棕", "茶色"], RGBColor(0x8a5c3a)),
        (["dark brown", "深棕"], RGBColor(0x3d2a22)),
        (["brown", "棕"], RGBColor(0x5a3826)),
        (["dark", "black", "raven", "ink", "黑", "乌"], RGBColor(0x211f28)),
    ]

    static let skins: [([String], RGBColor)] = [
        (["deep brown", "dark brown", "ebony", "黝黑", "深棕", "黑皮"], RGBColor(0x7c4b2e)),
        (["brown", "棕"], RGBColor(0x9d6744)),
        (["bronze", "古铜"], RGBColor(0xb07a4c)),
        (["tan", "小麦", "麦色"], RGBColor(0xc68e60)),
        (["olive", "橄榄"], RGBColor(0xd4a77a)),
        (["warm beige", "beige", "暖米", "米色", "黄"], RGBColor(0xe8bf98)),
        (["pale", "porcelain", "苍白", "瓷白", "冷白"], RGBColor(0xfae4d6)),
        (["fair", "白皙", "白净"], RGBColor(0xf8dac4)),
        (["light", "浅", "白"], RGBColor(0xf2cfb2)),
    ]

    static let skinFallbacks: [RGBColor] = [RGBColor(0xf8dac4), RGBColor(0xf2cfb2), RGBColor(0xe8bf98), RGBColor(0xd4a77a), RGBColor(0xc68e60), RGBColor(0x9d6744)]

    static let eyeColors: [([String], RGBColor)] = [
        (["amber", "琥珀"], RGBColor(0xc17f24)),
        (["hazel", "榛"], RGBColor(0x86652f)),
        (["dark brown", "深棕", "深褐"], RGBColor(0x4a2d20)),
        (["brown", "棕", "褐"], RGBColor(0x6d4428)),
        (["grey", "gray", "灰"], RGBColor(0x6b7585)),
        (["green", "绿"], RGBColor(0x4c7a47)),
        (["blue", "蓝"], RGBColor(0x3f6fae)),
        (["black", "dark", "黑", "乌"], RGBColor(0x2b2228)),
    ]

    static let eyeShapes: [([String], EyeShape)] = [
        (["narrow", "hooded", "phoenix", "丹凤", "细长", "狭长"], .narrow),
        (["almond", "peach", "桃花", "杏"], .almond),
        (["round", "big", "wide", "圆", "大眼"], .round),
    ]

    static let faceShapes: [([String], FaceShape)] = [
        (["sharp", "angular", "pointed", "v-shaped", "尖", "瓜子", "棱角"], .sharp),
        (["square", "strong jaw", "方", "国字"], .square),
        (["round", "baby", "soft", "圆", "娃娃"], .round),
        (["oval", "鹅蛋"], .oval),
    ]

    static let faceMarks: [([String], FaceMark)] = [
        (["beauty mark", "mole", "泪痣", "痣"], .beautyMark),
        (["dimple", "酒窝", "梨涡"], .dimples),
        (["scar", "疤"], .scar),
        (["freckle", "雀斑"], .freckles),
    ]

    static let builds: [([String], Build)] = [
        (["broad", "burly", "stocky", "athletic", "muscular", "heavy", "魁梧", "健壮", "壮", "宽肩", "结实"], .broad),
        (["slight", "slender", "petite", "thin", "lean", "willowy", "frail", "瘦", "纤细", "娇小", "单薄", "苗条"], .slight),
    ]

    static let outfits: [([String], OutfitStyle)] = [
        (["dragon robe", "龙袍"], .dragonRobe),
        (["qipao", "cheongsam", "旗袍"], .qipao),
        (["mourning", "素服", "孝服", "丧服"], .mourningRobe),
        (["maid", "servant", "tunic", "宫女服", "侍女", "丫鬟", "短褐"], .servantTunic),
        (["robe", "hanfu", "宫装", "宫袍", "华服", "长袍", "汉服", "朝服", "袍"], .palaceRobe),
        (["three-piece", "three piece", "三件套", "马甲"], .threePieceSuit),
        (["lab coat", "白大褂", "实验服"], .labCoat),
        (["windbreaker", "police", "警服", "冲锋衣"], .windbreaker),
        (["trench", "风衣"], .trenchCoat),
        (["overcoat", "wool coat", "大衣"], .overcoat),
        (["parka", "hood", "卫衣", "连帽", "羽绒"], .parka),
        (["denim", "jean", "牛仔"], .denimJacket),
        (["uniform", "delivery", "apron", "制服", "工服", "外卖", "快递", "围裙"], .workUniform),
        (["turtleneck", "高领"], .turtleneck),
        (["cardigan", "knit", "sweater", "开衫", "针织", "毛衣"], .cardigan),
        (["blazer", "小西装"], .blazer),
        (["suit", "tuxedo", "西装", "西服"], .suit),
        (["dress", "gown", "礼服", "连衣裙", "长裙", "裙"], .dress),
        (["blouse", "silk shirt", "衬衫", "衬衣"], .blouse),
        (["shirt", "tee", "t恤", "polo"], .shirt),
    ]

    static let outfitColors: [([String], RGBColor)] = [
        (["rain-dark", "rain dark"], RGBColor(0x4b4a3e)),
        (["pale green", "淡绿", "浅绿", "青绿"], RGBColor(0x9fc2a0)),
        (["navy", "藏青", "藏蓝", "海军蓝", "深蓝"], RGBColor(0x1e2a46)),
        (["charcoal", "炭灰", "深灰"], RGBColor(0x34373e)),
        (["crimson", "scarlet", "绯", "朱红", "大红"], RGBColor(0x9e1b2c)),
        (["burgundy", "maroon", "wine", "酒红"], RGBColor(0x6a1b2a)),
        (["plum", "purple", "violet", "紫"], RGBColor(0x6b2d5c)),
        (["golden", "gold", "yellow", "明黄", "金", "黄"], RGBColor(0xd9a21e)),
        (["cream", "ivory", "米白", "奶白", "象牙"], RGBColor(0xece0c8)),
        (["camel", "驼"], RGBColor(0xb3885a)),
        (["beige", "khaki", "卡其", "米色"], RGBColor(0xcdb48c)),
        (["white", "白"], RGBColor(0xf1f0ec)),
        (["black", "黑"], RGBColor(0x1f1e24)),
        (["grey", "gray", "灰"], RGBColor(0x7b7f88)),
        (["red", "红"], RGBColor(0xb8222c)),
        (["pink", "粉"], RGBColor(0xe59aaa)),
        (["green", "jade", "绿", "翠"], RGBColor(0x3f7a55)),
        (["blue", "蓝"], RGBColor(0x3a64a8)),
        (["brown", "棕", "褐"], RGBColor(0x6b4a32)),
        (["orange", "橙"], RGBColor(0xe07b28)),
    ]

    /// The colour an outfit has when nothing names one.
    static let outfitDefaults: [OutfitStyle: RGBColor] = [
        .labCoat: RGBColor(0xf3f4f2), .windbreaker: RGBColor(0x1f2c4a), .trenchCoat: RGBColor(0xc6a97e),
        .parka: RGBColor(0x5b6a4a), .denimJacket: RGBColor(0x4a6a98), .workUniform: RGBColor(0xe8a020),
        .mourningRobe: RGBColor(0xeeece6), .servantTunic: RGBColor(0x6f8fb8), .dragonRobe: RGBColor(0xdba521),
        .overcoat: RGBColor(0x4a4a52),
    ]

    /// Outfit colours to vary towards when two designs would look alike.
    static let distinctOutfitColors: [RGBColor] = [
        RGBColor(0x2e5e8c), RGBColor(0x8c2e3e), RGBColor(0x3f7a55), RGBColor(0x6b2d5c), RGBColor(0xc7883a),
        RGBColor(0x2f2f36), RGBColor(0x9a6a4a), RGBColor(0x4a8a8a), RGBColor(0xd8cbb4), RGBColor(0x5a4a8a),
    ]

    static let distinctHairColors: [RGBColor] = [
        RGBColor(0x211f28), RGBColor(0x5a3826), RGBColor(0x6e3d24), RGBColor(0x3d2a22), RGBColor(0x8a5c3a), RGBColor(0x2a2a3a),
    ]

    static let accessories: [([String], Accessory)] = [
        (["locket", "吊坠盒", "相片吊坠"], .silverLocket),
        (["pearl", "珍珠"], .pearlEarrings),
        (["jade pendant", "玉佩", "玉坠", "翡翠吊坠"], .jadePendant),
        (["jade bracelet", "玉镯", "翡翠手镯", "手镯"], .jadeBracelet),
        (["gold chain", "金链", "金项链"], .goldChain),
        (["glasses", "spectacles", "眼镜"], .glasses),
        (["hairpin", "hair pin", "comb", "发簪", "簪", "步摇", "发钗", "钗"], .hairpin),
        (["watch", "手表", "腕表"], .watch),
        (["red string", "红绳"], .redString),
        (["earring", "耳环", "耳坠", "耳钉"], .earrings),
        (["ring", "戒指", "扳指"], .ring),
        (["crown", "coronet", "tiara", "凤冠", "冠", "皇冠"], .crown),
        (["tie", "领带"], .tie),
        (["necklace", "pendant", "chain", "项链", "吊坠"], .necklace),
    ]
}
