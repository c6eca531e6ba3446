/// The built-in rule sets, as YAML in the format of `governance/policy.yaml`'s `rules:`.
///
/// They are Swift string literals so no resource bundle has to be found at run time. Both
/// sets always run, whatever the series' language: a Chinese name in an English script is
/// still found. Terms are matched after normalisation (`TextNormalizer`), so one spelling
/// covers case, width, spacing, punctuation inside words and lookalike letters; pinyin
/// spellings of Chinese terms are listed beside them.
enum BuiltInPolicyRules {
    /// English rules.
    static let english = """
        rules:
          - id: en.minors-sexual
            category: minors-sexual
            severity: block
            advice: Sexual content involving minors is never generated or published. Remove it.
            terms: [child porn, child pornography, lolicon, shotacon, jailbait, underage porn, cp video]
            all:
              - [child, children, kid, kids, minor, minors, underage, under age, schoolgirl, schoolboy, preteen,
                 pre teen, twelve year old, 12 year old, 13 year old, 14 year old, 15 year old, toddler, loli]
              - [sex, sexual, sexually, sexy, nude, naked, porn, erotic, intercourse, molest, molested, seduce,
                 seduces, make love, fondle, fondles, lingerie, undress, undresses]
          - id: en.political-figure
            category: political-figure
            severity: needs-review
            advice: Real political figures need a reviewer's approval; use an invented character instead.
            terms: [xi jinping, donald trump, joe biden, vladimir putin, kamala harris, mao zedong, kim jong un,
                    emmanuel macron, volodymyr zelensky, zelenskyy, narendra modi, barack obama, adolf hitler]
          - id: en.hate
            category: hate
            severity: block
            advice: Hate speech and slurs are never generated. Rewrite the line.
            terms: [subhuman race, ethnic cleansing, white power, heil hitler, master race, race traitor,
                    inferior race, chink, chinks, kike, kikes, spic, wetback, faggot, raghead, gook]
          - id: en.self-harm.instructions
            category: self-harm
            severity: block
            advice: Instructions or encouragement for self-harm are never generated. Remove them.
            terms: [how to kill yourself, kill yourself, go kill yourself, ways to kill yourself, how to commit suicide,
                    suicide method, suicide methods, slit your wrists, how to cut yourself, hang yourself, kys]
          - id: en.self-harm.mention
            category: self-harm
            severity: info
            advice: Self-harm is mentioned; consider a helpline card after the episode.
            terms: [suicide, self harm, kill myself, end my life]
          - id: en.copyrighted-style
            category: copyrighted-style
            severity: needs-review
            scope: [prompt, metadata]
            advice: Prompts and metadata may not imitate a studio's style or use protected characters. Describe the look in your own words.
            terms: [in the style of pixar, pixar style, disney style, in the style of disney, studio ghibli, ghibli style,
                    in the style of ghibli, marvel style, dreamworks style, mickey mouse, spider man, spiderman, batman,
                    superman, pikachu, pokemon, harry potter, hello kitty, doraemon, naruto, elsa from frozen]
          - id: en.age-rating
            category: age-rating
            severity: info
            min_age: 16
            advice: Strong language, gore or drugs; a channel rated below 16 needs a reviewer's approval.
            terms: [fuck, fucking, fck, motherfucker, gore, dismember, dismembered, bloodbath, cocaine, heroin]
        """

    /// Chinese rules, with pinyin spellings.
    static let chinese = """
        rules:
          - id: zh.minors-sexual
            category: minors-sexual
            severity: block
            advice: 涉及未成年人的性内容一律不得生成或发布。请删除。
            terms: [儿童色情, 幼女色情, 萝莉控, 正太控, ertongseqing, luolikong]
            all:
              - [未成年, 未成年人, 幼女, 幼童, 小学生, 初中生, 女童, 男童, 萝莉, 儿童, 十二岁, 十三岁, 十四岁,
                 weichengnian, younv, younu, xiaoxuesheng, chuzhongsheng]
              - [性交, 裸体, 裸照, 色情, 猥亵, 上床, 做爱, 脱光, 援交, 性感, 性侵,
                 xingjiao, luoti, luozhao, seqing, weixie, zuoai, yuanjiao, xingqin]
          - id: zh.political-figure
            category: political-figure
            severity: needs-review
            advice: 真实政治人物需经审核；请改用虚构角色。
            terms: [习近平, 毛泽东, 特朗普, 川普, 拜登, 普京, 金正恩, 蔡英文, 赖清德, 马克龙, 泽连斯基,
                    xijinping, xjp, maozedong, telangpu, chuanpu, baideng, pujing, jinzhengen, caiyingwen, laiqingde]
          - id: zh.hate
            category: hate
            severity: block
            advice: 仇恨言论和侮辱性称呼一律不得生成。请改写台词。
            terms: [支那人, 支那猪, 支那狗, 黑鬼, 种族清洗, 劣等民族, 劣等种族, zhina, heigui, zhongzuqingxi]
          - id: zh.self-harm.instructions
            category: self-harm
            severity: block
            advice: 自残或自杀的方法与教唆一律不得生成。请删除。
            terms: [自杀方法, 怎么自杀, 如何自杀, 割腕方法, 上吊方法, 烧炭自杀, 你去死吧,
                    zishafangfa, zenmezisha, ruhezisha, gewanfangfa]
          - id: zh.self-harm.mention
            category: self-harm
            severity: info
            advice: 提及自杀或自残；可考虑在片尾加求助热线。
            terms: [自杀, 轻生, 割腕, 自残]
          - id: zh.copyrighted-style
            category: copyrighted-style
            severity: needs-review
            scope: [prompt, metadata]
            advice: 提示词和元数据不得模仿特定工作室风格或使用受保护角色。请用自己的话描述画面。
            terms: [宫崎骏风格, 宫崎骏, 吉卜力, 迪士尼, 皮克斯, 漫威, 米老鼠, 蜘蛛侠, 皮卡丘, 哆啦A梦, 小猪佩奇,
                    名侦探柯南, 火影忍者, gongqijun, jibuli, dishini, pikesi, manwei, milaoshu, zhizhuxia, pikaqiu]
          - id: zh.age-rating
            category: age-rating
            severity: info
            min_age: 16
            advice: 粗口、血腥或毒品内容；年龄分级低于16岁的频道需审核。
            terms: [他妈的, 操你妈, 血腥, 肢解, 吸毒, 毒品, tamade, caonima]
        """
}
