import DramaModel

/// The few fixed words the writer needs besides the phrasebooks: summaries, titles, headings,
/// transitions and continuity action lines, per language. `{P}`-style slots are filled with
/// names; `{X}` and `{Y}` with the beat's first and second character.
struct StoryText: Sendable {
    let language: Language

    var interior: String { pick("INT.", "内景", "INT.") }
    var exterior: String { pick("EXT.", "外景", "EXT.") }
    func timeOfDay(night: Bool) -> String { night ? pick("NIGHT", "夜", "NOCHE") : pick("DAY", "日", "DÍA") }
    var transition: String { pick("CUT TO:", "切至：", "CORTE A:") }
    var toBeContinued: String { pick("TO BE CONTINUED", "未完待续", "CONTINUARÁ") }
    var endOfSeason: String { pick("END OF SEASON ONE", "第一季 完", "FIN DE LA PRIMERA TEMPORADA") }
    var writerCredit: String { pick("Written by", "编剧", "Guion de") }
    var writerName: String { pick("Cliffhanger beat-sheet writer", "Cliffhanger 节拍表编剧", "guionista de escaletas de Cliffhanger") }

    func returnLine(_ name: String) -> String { pick("\(name) is back, as if \(name) never left.", "\(name)回来了，仿佛从未离开。", "\(name) ha vuelto, como si nunca se hubiera ido.") }
    func injuryLine(_ name: String, _ injury: String) -> String { pick("\(name) winces: \(injury).", "\(name)强忍着伤痛：\(injury)。", "\(name) hace una mueca de dolor: \(injury).") }
    func stillInjuredLine(_ name: String, _ injury: String) -> String { pick("\(name) moves carefully, still marked by \(injury).", "\(name)的\(injury)还没好，动作小心。", "\(name) se mueve con cuidado; aún se nota \(injury).") }
    func healLine(_ name: String) -> String { pick("\(name) moves freely again; the wound has healed.", "\(name)的伤已经好了，行动如常。", "\(name) vuelve a moverse con soltura; la herida ha sanado.") }
    func plainExitLine(_ name: String) -> String { pick("\(name) walks out without looking back.", "\(name)转身离开，没有回头。", "\(name) se marcha sin mirar atrás.") }
    func finaleExitLine(_ name: String) -> String { pick("\(name) is led away. Nobody follows.", "\(name)被带走了，没有人回头。", "Se llevan a \(name). Nadie lo sigue.") }

    var injuries: [String] {
        pick(["a bandaged wrist", "a cut above the eye", "a sprained ankle", "a bruised cheek"], ["手腕缠着绷带", "眉骨上的伤口", "扭伤的脚踝", "脸上的淤青"],
             ["la muñeca vendada", "el corte sobre el ojo", "el tobillo torcido", "el moretón en la mejilla"])
    }

    func summary(_ beat: BeatKind) -> String {
        switch (language, beat) {
        case (.en, .confrontation): "{X} confronts {Y}."
        case (.en, .humiliation): "{X} humiliates {Y}, who swallows it — for now."
        case (.en, .scheme): "{X} and {Y} plot in secret."
        case (.en, .romance): "{X} and {Y} draw closer than either planned."
        case (.en, .exposition): "{X} presses {Y} for answers."
        case (.en, .warning): "{X} warns {Y}."
        case (.en, .plea): "{X} begs {Y}, and is refused."
        case (.en, .triumph): "{X} turns the tables on {Y}."
        case (.en, .reveal): "{Y} learns {S}."
        case (.en, .hook), (.en, .cliffhanger): "{X} and {Y} collide."
        case (.zh, .confrontation): "{X}与{Y}正面交锋。"
        case (.zh, .humiliation): "{X}当众羞辱{Y}，{Y}暂且忍下。"
        case (.zh, .scheme): "{X}与{Y}暗中密谋。"
        case (.zh, .romance): "{X}与{Y}的距离悄悄拉近。"
        case (.zh, .exposition): "{X}向{Y}追问真相。"
        case (.zh, .warning): "{X}提醒{Y}小心。"
        case (.zh, .plea): "{X}哀求{Y}，却被拒绝。"
        case (.zh, .triumph): "{X}当场反击{Y}。"
        case (.zh, .reveal): "{Y}得知了{S}。"
        case (.zh, .hook), (.zh, .cliffhanger): "{X}与{Y}狭路相逢。"
        case (.es, .confrontation): "{X} se enfrenta a {Y}."
        case (.es, .humiliation): "{X} humilla a {Y}, que se lo traga — por ahora."
        case (.es, .scheme): "{X} y {Y} conspiran en secreto."
        case (.es, .romance): "{X} y {Y} se acercan más de lo que planeaban."
        case (.es, .exposition): "{X} presiona a {Y} para que responda."
        case (.es, .warning): "{X} advierte a {Y}."
        case (.es, .plea): "{X} suplica a {Y}, y recibe un no."
        case (.es, .triumph): "{X} le da la vuelta a la situación frente a {Y}."
        case (.es, .reveal): "{Y} descubre {S}."
        case (.es, .hook), (.es, .cliffhanger): "{X} y {Y} chocan."
        }
    }

    var paywallMark: String { pick("first paid episode", "付费起点", "primer episodio de pago") }
    var reversalMark: String { pick("reversal", "大反转", "giro") }
    var finaleMark: String { pick("finale", "大结局", "final") }

    /// Episode title patterns: `{who}` is any character's name, `{prop}` any prop, `{place}`
    /// any place; the planner tries every fill before a pattern repeats.
    var titlePatterns: [String] {
        language == .es ? Self.spanishTitles : language == .en
            ? ["The Price of {prop}", "{who} Says No", "What {who} Hid", "Night at {place}", "No Way Back", "The Last Favor",
               "{who} Makes a Choice", "Witnesses", "Behind the Door", "The First Crack", "{who} Overplays", "A Name Forgotten",
               "Ashes and Ink", "The Offer", "Lines Crossed", "{who}'s Verdict", "Trust Fall", "Cold Water", "Proof",
               "The Wrong Key", "Borrowed Time", "{who} Keeps Watch", "An Empty Chair", "Out of Turn", "Paper Walls",
               "Breaking Point", "Under Oath", "{who} Smiles", "The Long Night", "Second Chances", "Fault Lines",
               "{who} Remembers", "Glass Houses", "The Whisper", "Debts", "Fire Drill", "The Quiet Hour", "Ultimatum",
               "Loose Threads", "Morning After", "{who} Keeps a Secret", "Thin Ice", "Masks Off", "Echoes", "The Turn",
               "Small Mercies", "Burned Bridges", "Checkmate", "Aftershock", "Undertow"]
            : ["{prop}的代价", "{who}说不", "{who}藏起的东西", "{place}之夜", "没有退路", "最后一个人情", "{who}的选择", "目击者",
               "门后", "第一道裂痕", "{who}失算", "被遗忘的名字", "灰烬与墨迹", "条件", "越界", "{who}的裁决", "信任",
               "冷水", "证据", "错的钥匙", "借来的时间", "{who}守夜", "空椅子", "失序", "纸墙", "临界点", "对质",
               "{who}在笑", "漫长的夜", "第二次机会", "裂缝", "{who}想起来了", "玻璃房子", "耳语", "旧债", "火场",
               "安静的时刻", "最后通牒", "线头", "第二天清晨", "{who}的秘密", "薄冰", "摘下面具", "回声", "转折",
               "一点仁慈", "断桥", "将军", "余震", "暗流"]
    }

    /// Arc titles and descriptions: main conflict, the central relationship, the rival.
    func arcs(genre: Genre) -> [(id: String, title: String, description: String)] {
        switch language {
        case .en, .es:
            return [
                ("main-conflict", "{P} against {A}", "{A} stands between {P} and everything {P} wants; the season ends with {A} brought down."),
                ("bond", "{P} and {L}", "From distrust to the one person {P} can count on, broken once at the reversal and mended by the finale."),
                ("rival", "{R}'s game", "{R} plays every side until the game turns on {R}."),
            ]
        case .zh:
            return [
                ("main-conflict", "{P}对决{A}", "{A}挡在{P}想要的一切面前；季末{A}终被扳倒。"),
                ("bond", "{P}与{L}", "从互相提防到唯一可以依靠的人，在大反转时破裂，在大结局前修复。"),
                ("rival", "{R}的棋局", "{R}左右逢源，直到这盘棋反噬自身。"),
            ]
        }
    }

    /// Series title words: a first part and a second part, combined.
    func titleParts(genre: Genre) -> ([String], [String]) {
        switch (language == .es ? .en : language, genre) {
        case (.es, _): ([], [])
        case (.en, .romance): (["Midnight", "Borrowed", "Secret", "Golden", "Silent", "Sweet", "Signed"], ["Contract", "Vows", "Bride", "Promise", "Heart", "Ring"])
        case (.en, .revenge): (["The Return of", "Kneel Before", "The Rise of", "Ashes of", "The Fall of"], ["the Son-in-Law", "the Heir", "the Forgotten", "the Betrayed", "the Nobody"])
        case (.en, .suspense): (["Silent", "Midnight", "Cold", "Hidden", "Last"], ["Witness", "Alibi", "River", "Confession", "Evidence"])
        case (.en, .palace): (["The Jade", "Crimson", "The Cold", "Silk", "The Phoenix"], ["Palace", "Hairpin", "Edict", "Throne", "Court"])
        case (.zh, .romance): (["契约", "闪婚", "隐婚", "心动", "替嫁"], ["娇妻", "总裁", "新娘", "甜婚", "合约"])
        case (.zh, .revenge): (["逆袭", "归来", "重生", "战神", "王者"], ["赘婿", "千金", "之路", "归来", "复仇"])
        case (.zh, .suspense): (["无声", "午夜", "沉默的", "暗夜", "最后的"], ["证人", "凶案", "真相", "密码", "嫌疑人"])
        case (.zh, .palace): (["凤鸣", "深宫", "玉簪", "锦绣", "冷宫"], ["宫阙", "谋", "传", "令", "权"])
        }
    }

    var defaultTone: [Genre: String] {
        language == .es
            ? [.romance: "dulce, afilado y adictivo", .revenge: "tenso, liberador, de revancha", .suspense: "frío, tenso, paranoico", .palace: "elegante, venenoso, paciente"]
            : language == .en
            ? [.romance: "sweet, sharp and addictive", .revenge: "tense, cathartic, face-slapping", .suspense: "cold, tense, paranoid", .palace: "elegant, poisonous, patient"]
            : [.romance: "甜宠、虐心、上头", .revenge: "压抑后爆发的爽感", .suspense: "冷峻、紧张、步步惊心", .palace: "华美、阴狠、隐忍"]
    }

    /// The English, Chinese or Spanish of a fixed phrase, as the language asks.
    func pick<Text>(_ en: Text, _ zh: Text, _ es: Text) -> Text {
        switch language {
        case .en: en
        case .zh: zh
        case .es: es
        }
    }

    /// Episode title patterns in Spanish (for Spanish editions, whose season a model translates).
    static let spanishTitles = [
        "El precio de {prop}", "{who} dice que no", "Lo que {who} escondía", "Noche en {place}", "Sin vuelta atrás", "El último favor",
        "{who} elige", "Testigos", "Detrás de la puerta", "La primera grieta", "{who} se pasa de la raya", "Un nombre olvidado",
        "Cenizas y tinta", "La oferta", "Límites cruzados", "El veredicto de {who}", "Caída de confianza", "Agua fría", "La prueba",
        "La llave equivocada", "Tiempo prestado", "{who} vigila", "Una silla vacía", "Fuera de turno", "Paredes de papel",
        "Punto de quiebre", "Bajo juramento", "{who} sonríe", "La noche larga", "Segundas oportunidades", "Fallas",
        "{who} recuerda", "Casas de cristal", "El susurro", "Deudas", "Simulacro de incendio", "La hora callada", "Ultimátum",
        "Cabos sueltos", "La mañana siguiente", "El secreto de {who}", "Hielo fino", "Sin máscaras", "Ecos", "El giro",
        "Pequeñas piedades", "Puentes quemados", "Jaque mate", "Réplica", "Resaca",
    ]
}
