import DramaModel

/// Fills a template's slots for one moment of a scene. Dialogue names people the way others
/// address them; action lines use their names. A slot that cannot be filled here (a role the
/// cast lacks, a speaker naming themself, a secret the speaker does not know) makes the
/// template ineligible, so the writer picks another.
struct SlotFiller {
    var cast: [Role: CastMember]
    var speaker: CastMember?
    var listener: CastMember?
    var other: CastMember?
    var place: String?
    var prop: String?
    var secretHint: String?
    var dialogue: Bool

    init(series: Series) { self.init(characters: series.characters, props: series.props) }

    /// A filler for a cast and props (the first prop is the signature prop `{prop}` names).
    init(characters: [CastMember], props: [Prop], dialogue: Bool = true) {
        var cast: [Role: CastMember] = [:]
        for member in characters where cast[member.role] == nil { cast[member.role] = member }
        self.cast = cast
        prop = props.first?.name
        self.dialogue = dialogue
    }

    func name(_ member: CastMember) -> String { dialogue ? member.spokenAddress : member.actionName }

    /// The template with its slots filled, fitted to the English around them (see
    /// `EnglishGrammar`): a thing after a determiner loses its own ("The real {prop}" →
    /// "The real divorce papers"), a plural thing never meets a singular verb or "it" (the
    /// template is then ineligible), a value opening a sentence is capitalised, and a title
    /// spoken of in the third person takes its article. Nil when a slot cannot be filled.
    func fill(_ template: Template) -> String? {
        // A line of one side is never said by the other (a supporting character says either).
        if let side = template.side, let role = speaker?.role, let speakerSide = Side(role), speakerSide != side { return nil }
        var out = ""
        let segments = template.segments
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .text(let text): out += text
            case .slot(let slot):
                guard var value = value(slot) else { return nil }
                if !EnglishGrammar.isEnglish(value) {
                    // "一张{prop}的照片" with "那份离婚协议": one measure word, not two.
                    value = ChineseGrammar.afterMeasureWord(out, value)
                } else {
                    if case .role = slot, EnglishGrammar.endsWithDeterminer(out) { value = EnglishGrammar.NounPhrase(value).bare }
                    if slot == .other, EnglishGrammar.endsWithDeterminer(out) { value = EnglishGrammar.NounPhrase(value).bare }
                    if slot == .prop || slot == .place {
                        let phrase = EnglishGrammar.NounPhrase(value)
                        if EnglishGrammar.endsWithDeterminer(out) { value = phrase.bare }
                        if phrase.plural {
                            var after = ""
                            if index + 1 < segments.count, case .text(let text) = segments[index + 1] { after = text }
                            let text = segments.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined(separator: " ")
                            if EnglishGrammar.startsWithSingularVerb(after) || EnglishGrammar.saysIt(text) { return nil }
                        }
                    }
                    if EnglishGrammar.opensSentence(out) { value = EnglishGrammar.capitalised(value) }
                }
                out += value
            }
        }
        return out
    }

    func value(_ slot: Template.Slot) -> String? {
        switch slot {
        case .to: return listener.map(name)
        case .me: return dialogue ? nil : speaker.map(name)
        case .other: return other.map(spokenOf)
        case .place: return place
        case .prop: return prop
        case .secret: return secretHint
        case .role(let role):
            guard let member = cast[role] else { return nil }
            if dialogue, member.id == speaker?.id { return nil }
            return spokenOf(member)
        case .surname(let role):
            return cast[role]?.surname
        }
    }

    /// A character spoken of (not to): in dialogue by the title others address them with, in
    /// the third person ("the Noble Consort"); in action lines by name.
    func spokenOf(_ member: CastMember) -> String {
        dialogue ? EnglishGrammar.thirdPerson(member, addressedAs: member.spokenAddress) : member.actionName
    }
}

extension CastMember {
    /// The name an action line uses: a Chinese name whole, an English name's first word.
    var actionName: String {
        if let parts = transcribedNameParts { return parts[0] }
        if name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) { return name }
        return name.split(separator: " ").first.map(String.init) ?? name
    }

    /// The family name: the first character of a Chinese name, the last word of an English
    /// one (the first for names written family-name first, as the palace genre does).
    var surname: String {
        if let parts = transcribedNameParts { return parts[parts.count - 1] }
        if name.unicodeScalars.contains(where: { $0.properties.isIdeographic }) { return String(name.prefix(1)) }
        let parts = name.split(separator: " ").map(String.init)
        return parts.count > 1 ? parts.last! : name
    }
}
