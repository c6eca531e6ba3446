package import DramaModel

/// The kinds of place the artist can paint; a location is matched to one by keywords in
/// its id, name and description (English and Chinese), else by genre and setting.
package enum SceneKind: String, Sendable, Hashable, CaseIterable, Codable {
    case office, boardroom, diningRoom, banquet, garden, street, hospital, carPark, airport, registry
    case rentedRoom, rooftop, courtroom, policeStation, bedroom, kitchen, boutique, cafe, study, lab
    case cemetery, riverside, factory, mansionGate, livingRoom, lobby
    case throneHall, palaceChamber, coldPalace, palaceGarden, palaceLane

    /// Keywords per kind, most specific kinds first. English keywords match at word starts.
    static let keywords: [(SceneKind, [String])] = [
        (.coldPalace, ["cold palace", "cold-palace", "冷宫", "punishment", "慎刑司", "maids' quarters", "maids-quarters", "下房", "laundry", "浣衣"]),
        (.throneHall, ["throne", "hall of heavenly", "乾清宫", "太和殿", "金銮殿", "龙椅", "朝堂", "audience hall"]),
        (.palaceGarden, ["imperial garden", "御花园", "lotus", "荷花", "plum", "梅园", "倚梅"]),
        (.palaceLane, ["long lane", "长街", "palace gate", "palace-gate", "宫门", "神武门", "gate of divine"]),
        (.palaceChamber, ["palace", "pavilion", "紫禁城", "宫", "殿", "轩", "ancestral", "奉先", "physician", "太医", "府"]),
        (.registry, ["registry", "registr", "民政局", "登记处", "婚姻登记"]),
        (.airport, ["airport", "departure", "机场", "航站", "登机"]),
        (.carPark, ["car park", "car-park", "parking", "garage", "停车场", "车库"]),
        (.courtroom, ["courtroom", "court room", "law court", "法庭", "法院", "judge", "审判"]),
        (.policeStation, ["police", "interrogation", "evidence", "审讯", "公安", "警局", "派出所", "物证", "警察"]),
        (.lab, ["lab", "morgue", "forensic", "实验室", "停尸", "法医", "痕检"]),
        (.hospital, ["hospital", "ward", "clinic", "医院", "病房", "诊所", "手术"]),
        (.rooftop, ["rooftop", "roof", "天台", "楼顶", "helipad", "停机坪"]),
        (.boardroom, ["boardroom", "shareholder", "会议室", "股东", "董事会"]),
        (.office, ["ceo office", "ceo-office", "office", "办公室", "总裁", "newsroom", "编辑部", "chairman"]),
        (.banquet, ["banquet", "ballroom", "gala", "engagement party", "restaurant", "宴会", "晚宴", "订婚宴", "酒店", "餐馆", "饭店", "auction", "拍卖"]),
        (.diningRoom, ["dining", "餐厅", "family dinner", "家宴", "饭桌"]),
        (.rentedRoom, ["rented", "old flat", "cheap room", "motel", "出租屋", "旅馆", "地下室", "小屋"]),
        (.bedroom, ["bedroom", "卧室", "主卧", "寝室"]),
        (.kitchen, ["kitchen", "厨房"]),
        (.street, ["night market", "night-market", "夜市"]),
        (.cafe, ["café", "cafe", "coffee", "noodle", "teahouse", "tea house", "bar", "咖啡", "面馆", "茶馆", "酒吧", "面摊"]),
        (.boutique, ["boutique", "bridal", "jewel", "showroom", "婚纱", "珠宝", "展厅", "商店", "店"]),
        (.study, ["study", "library", "书房", "图书"]),
        (.cemetery, ["cemetery", "grave", "墓"]),
        (.riverside, ["river", "bridge", "lake", "dock", "pier", "桥", "江边", "河", "湖", "码头"]),
        (.factory, ["factory", "warehouse", "厂", "仓库"]),
        (.mansionGate, ["gate", "大门", "villa entrance", "门口"]),
        (.garden, ["garden", "rose", "hedge", "park", "花园", "玫瑰", "公园", "树篱"]),
        (.street, ["street", "night market", "alley", "neon", "街", "夜市", "巷", "霓虹"]),
        (.lobby, ["lobby", "大堂", "reception", "前台", "hall"]),
        (.livingRoom, ["living room", "apartment", "flat", "客厅", "公寓", "villa", "mansion", "别墅", "老宅"]),
    ]

    /// The kind of a location: keywords in the id and name first, then the description,
    /// then the genre's usual place for an interior or exterior.
    package init(location: Location, genre: Genre) {
        let heading = (location.id.replacingOccurrences(of: "_", with: " ") + " " + location.id + " " + location.name + " " + (location.spoken ?? "")).lowercased()
        if let kind = Self.match(heading, genre: genre) {
            self = kind
        } else if let kind = Self.match(location.description.lowercased(), genre: genre) {
            self = kind
        } else {
            switch (genre, location.setting) {
            case (.palace, .interior): self = .palaceChamber
            case (.palace, .exterior): self = .palaceLane
            case (.suspense, .interior): self = .policeStation
            case (.suspense, .exterior), (.revenge, .exterior): self = .street
            case (_, .interior): self = .livingRoom
            case (_, .exterior): self = .garden
            }
        }
    }

    static func match(_ text: String, genre: Genre) -> SceneKind? {
        guard let kind = keywords.first(where: { _, words in words.contains { LookVocabulary.matches($0, in: text) } })?.0 else { return nil }
        guard genre == .palace else { return kind }
        // In a palace drama a garden, a kitchen or a study belongs to the palace.
        switch kind {
        case .garden, .riverside: return .palaceGarden
        case .kitchen, .study, .diningRoom, .bedroom, .livingRoom, .lobby, .banquet, .hospital, .office: return .palaceChamber
        case .mansionGate, .street: return .palaceLane
        default: return kind
        }
    }

    /// Whether the kind is outdoors (sky, weather).
    var isExterior: Bool {
        [.garden, .street, .rooftop, .cemetery, .riverside, .mansionGate, .palaceGarden, .palaceLane].contains(self)
    }
}

import Foundation
