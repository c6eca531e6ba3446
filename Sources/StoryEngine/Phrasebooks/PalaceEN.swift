// Built-in phrasebook: palace intrigue, English.

extension PhrasebookSource {
    static let palaceEN = #"""
    # Palace intrigue (宫斗), English. Lead and elder addresses are titles;
    # use "the {A}" / "the {E}" for third-person mentions, "{L}," only as a vocative,
    # and "His Majesty" for the emperor in the third person.
    [cast]
    protagonist | f | the overlooked low-rank consort | | a seventh-rank Answering Beauty with a scholar's mind, ignored by the court for three years, who reads every smile for the knife behind it
    protagonist | f | the maid raised to concubine | | a tea maid the emperor noticed over a spilled cup; the harem sneers at her birth, and she remembers every slight
    protagonist | f | the disgraced general's daughter | | entered the selection under a borrowed name to clear her exiled father, and trusts no one with the truth
    lead | m | the cold emperor | Your Majesty | a guarded sovereign who trusts no consort, weighs every smile against the army, and hides a heart he cannot afford
    lead | m | the young emperor | Your Majesty | crowned too young, hemmed in by the Empress Dowager and the noble clans, hungry for one person who will tell him the truth
    antagonist | f | the noble consort who rules the harem | Noble Consort | proud and beautiful, her brother commands the northern army; she holds the harem in her fist and removes whoever rises
    antagonist | f | the imperial noble consort | Imperial Noble Consort | keeper of the phoenix seal in all but name, gentle in speech and merciless in deed, with three dead rivals behind her
    rival | f | the two-faced sister consort | | entered the palace alongside the heroine and calls her sister, while carrying every secret to the noble consort
    rival | f | the sweet-voiced singing consort | | won favour with a song and lives in terror of losing it; loyal to whoever seems strongest that day
    ally | f | the loyal maid | | came with the heroine from home, quick-fingered and sharp-eared, would take a beating before she would take a bribe
    ally | m | the imperial physician | | a quiet physician who grew up beside the heroine, reads poisons as others read poems, and loves her hopelessly
    elder | f | the empress dowager | Empress Dowager | the true power behind the throne, devout in public and ruthless in private, who values order above any consort's life
    elder | f | the devout empress dowager | Empress Dowager | withdrew to her Buddhist hall years ago yet still hears every whisper, and has buried a secret of her own

    [name.f]
    Meiyin
    Jinglan
    Ruozhao
    Huanxi
    Yuqing
    Lingrong
    Qingyi
    Wanyin
    Xiuzhu
    Yunxi
    Shuyao
    Zhiruo
    Lianxin
    Mingyue
    Yanwan
    Suxin
    Qiuyun
    Linglong
    Baozhu
    Huairou
    Yinxue
    Ruolan
    Jinxiu
    Wanqing
    Xinyue
    Caiwei

    [name.m]
    Yuanche
    Jingyan
    Chengyu
    Yunli
    Xuanling
    Zhaoyang
    Mingzhe
    Qianyu
    Tingzhou
    Huaijin
    Yunqi
    Shaoyi
    Jingxuan
    Chenghuan
    Weiyang
    Zhiyuan
    Haolin
    Xiuyuan
    Lanting
    Junyi
    Muchen
    Qingyan
    Yichen
    Zhanfeng
    Shichu

    [surname]
    Shen
    Hua
    Xiao
    Zhen
    Nian
    Gu
    Wen
    Lu
    Su
    Qin
    An
    Fang
    Jiang
    Ye
    Yan
    Pei
    Cao
    Rong
    Wei
    Ning
    Lin
    Song
    Tang
    Mu
    Xu
    Guo

    [place]
    throne-hall | FORBIDDEN PALACE - HALL OF HEAVENLY PURITY | the throne hall | int | vast and golden, the dragon throne on its dais, ministers and eunuchs kneeling in rows on cold stone
    study | FORBIDDEN PALACE - HALL OF MENTAL CULTIVATION | His Majesty's study | int | the emperor's private study, memorials stacked high, a brazier, a screen painted with mountains
    dowager-palace | FORBIDDEN PALACE - PALACE OF BENEVOLENT PEACE | the Empress Dowager's palace | int | incense and prayer beads, a jade Buddha, the Empress Dowager on a carved couch, consorts kneeling to pay respects
    noble-pavilion | FORBIDDEN PALACE - PAVILION OF EMERALD SPLENDOUR | the Noble Consort's pavilion | int | lavish rooms heavy with a rare incense, a white cat on silk cushions, maids who never raise their eyes
    side-hall | FORBIDDEN PALACE - WESTERN SIDE HALL | the west side hall | int | the heroine's small quarters: a worn writing table, a single brazier, a window onto the bamboo
    lotus-garden | IMPERIAL GARDEN - LOTUS POND | the lotus pond in the imperial garden | ext | a zigzag bridge over dark water, willows, rockeries where anyone might be listening
    plum-grove | IMPERIAL GARDEN - PLUM GROVE | the plum grove | ext | red plum blossoms in snow, lanterns on branches, where the emperor walks alone on winter nights
    cold-palace | FORBIDDEN PALACE - THE COLD PALACE | the cold palace | int | peeling walls, broken lattices, a mad former consort singing in the dark, frost on the floor
    kitchen | FORBIDDEN PALACE - IMPERIAL KITCHEN | the imperial kitchen | int | steam and fire, rows of covered dishes, tasters and cooks, a back door onto a narrow lane
    physician-bureau | FORBIDDEN PALACE - IMPERIAL PHYSICIANS' BUREAU | the physicians' bureau | int | drawers of herbs, pulse records in lacquered boxes, a lamp burning late
    maids-quarters | FORBIDDEN PALACE - MAIDS' QUARTERS | the maids' quarters | int | a crowded room of narrow beds, whispers after lights-out, the laundry steaming next door
    palace-gate | FORBIDDEN PALACE - GATE OF DIVINE PROWESS - NIGHT | the palace gate | ext | towering red doors, torches, guards in armour, the night drum above
    ancestral-temple | FORBIDDEN PALACE - HALL OF ANCESTRAL WORSHIP | the ancestral temple | int | tablets of dead emperors, candles, the imperial genealogy kept in a sealed chest
    punishment-office | FORBIDDEN PALACE - OFFICE OF PUNISHMENTS | the Office of Punishments | int | a bare stone room, boards and rods, a clerk recording confessions
    long-lane | FORBIDDEN PALACE - THE LONG LANE | the long palace lane | ext | a narrow lane between high red walls, snow heaped in the corners, palanquins passing in silence
    clan-mansion | {AS} MANSION - RECEPTION HALL | the Noble Consort's family mansion | int | the powerful clan's home beyond the palace walls, generals' armour on stands, letters sealed with wax

    [prop]
    the jade hairpin
    the imperial edict
    the poisoned tea
    the sachet of musk
    the dragon pendant
    the phoenix seal
    the forged letter
    the embroidered handkerchief
    the bowl of medicine
    the birth register

    [secret]
    general-daughter | major | protagonist | lead | a disgraced general's daughter hidden among the consorts | {to}, I am the daughter of General {PS}, the man who died in exile on a forged letter.
    late-consort-poisoned | major | antagonist | protagonist | what truly killed the late consort | Yes, I poisoned the late consort. I steeped her tea with my own hands and watched her drink.
    swapped-infant | major | ally | lead | the infant in the second cradle | {to}, the prince in the east nursery is not the child I delivered. They were switched before dawn.
    rival-spy | major | rival | protagonist | whose ears listen at this pavilion's door | Every word you ever whispered to me, sister, I carried straight to the {A}.
    dowager-not-mother | major | elder | lead | the woman who truly bore the emperor | I did not bear you, {to}. Your mother was a laundry maid, and I took you from her arms.
    false-pregnancy | major | antagonist | lead | the pulse the physician was paid to write | There was never any child, {to}. The physician wrote the pulse I paid him to write.
    forged-treason | major | antagonist | protagonist | who wrote the letters that damned the {PS} family | Your father's treason letters were forged, {to}. My brother's secretary wrote every line.
    rebel-plot | major | antagonist | lead | what the {AS} clan plans at the gate | The {AS} clan will open the palace gate at the full moon, {to}, and you will not live to stop it.
    musk-sachet | minor | rival | protagonist | what is sewn inside that sachet | The sachet I gave you is stuffed with musk, {to}. You were never meant to carry a child.
    barren-incense | minor | lead | antagonist | why the Noble Consort has never conceived | The incense I gave you held musk, {to}. I could never let the {AS} clan bear my heir.
    cold-palace-shelter | minor | lead | protagonist | why a favourite was sent to the cold palace | I sent you to the cold palace to keep you out of her reach, {to}. It was the only safe place.
    maid-at-kitchen | minor | ally | protagonist | who stood at the kitchen door that night | I saw the {A}'s maid at the kitchen door the night the late consort died.
    dowager-chose | minor | elder | protagonist | who added a low-born girl to the selection | It was I who put your name on the selection list, child. I needed a pair of sharp eyes.
    ally-betrayal | minor | ally | protagonist | why the letters were found so quickly | Forgive me, {to}. They held my brother, and I told them where you hid the letters.
    feigned-fainting | minor | rival | protagonist | the illness that strikes on every summoning night | My fainting spells were feigned, {to}. Every one of them fell on your nights with His Majesty.
    hairpin-likeness | minor | lead | protagonist | whose face the emperor sees in yours | That hairpin was hers, {to}. The first time I saw you, I thought the late consort had come back.
    poison-reader | minor | protagonist | antagonist | how a low-born girl knows poisons | I can smell a poison in a cup before it cools, {to}. My mother was a physician's daughter.

    [hook]
    The {A}'s cat is dead, and the tea in its bowl came from your hands.
    Kneel, {to}. The Empress Dowager has not yet decided whether you live.
    An infant cried in the cold palace last night, and no woman there is with child.
    This concubine did not poison the tea. But I know who did.
    His Majesty has not summoned you in ninety days, {to}. Do you know why?
    They pulled a drowned maid from the lotus pond, and {prop} was in her fist.
    The edict is sealed. By dawn, one of us leaves this palace in a coffin.
    Someone in {place} has been writing letters in your hand, {to}.
    A consort of the seventh rank does not stand in my presence. Kneel.
    The {A} is with child, and the physician who says so is lying.
    Three maids have died in {place} this month. Tonight it was meant to be four.
    You were dragged out of the cold palace this morning. Why are you smiling?
    {L}, this concubine has come to confess a crime I did not commit.
    The birth register has been torn, and only one page is missing.
    At midnight, soldiers of the {AS} clan marched past the palace gate.
    Today the harem learns whose favour is real and whose was only borrowed.
    Whoever sewed musk into that sachet meant to kill a child before it was born.
    You wear a dead woman's face, {to}, and the whole palace knows it but you.
    Drink the tea, {to}. If there is no poison, you have nothing to fear.
    A year ago I scrubbed linen in the laundry. Today I kneel before the throne.
    The Empress Dowager has summoned every consort. No one is to bring a maid.
    One name was struck from tonight's list of consorts, {to}, and it was yours.
    The late consort did not die of fever. I have her last bowl of medicine.
    My lacquer box was opened in the night, and {prop} is gone.
    His Majesty collapsed at the banquet, and every eye turned to my wine cup.
    The palace gates are sealed. No one leaves until the phoenix seal is found.
    Yesterday {R} called me sister. Tonight I learned what that word costs.
    Stand up, {to}. A consort who kneels that readily has something to hide.
    There is blood on the snow outside {place}, and it leads to your door.
    You have one night to prove your innocence, or the cold palace is yours for life.
    The emperor's dragon pendant was found beneath your pillow, {to}.
    A eunuch swore before the Empress Dowager that he saw you at the well.
    The little prince in the east nursery does not have the emperor's eyes.
    His Majesty's favourite hairpin was pulled from the well at {place}, {to}.
    A eunuch was found dead at dawn with your name pinned to his sleeve.
    The Empress Dowager has fallen ill, and the physician says it began with your soup.
    There are four cradles in the nursery tonight, {to}, and only three princes were born.
    Someone lit incense at the late consort's shrine. That hall has been sealed for years.
    His Majesty slept in the cold palace last night. Alone.
    Your maid has confessed. To what, she will only say in front of you.
    The phoenix seal has been found. Under your bed.
    A new consort arrived at dawn, {to}, and she wears your dead sister's face.
    Every lantern in {place} went dark at once. When they were relit, the {A} lay fainted on the floor.
    The court astrologer swears an ill-omened star sleeps in your pavilion.
    Your letter home was opened, {to}, and it is lying on His Majesty's desk.
    The cold palace gate was left unlocked last night. Someone walked out.

    [accuse]
    You poured that tea yourself, {to}. I watched your sleeve brush the cup.
    It was your maid at the kitchen door the night the late consort died.
    You sewed musk into the sachet you gave me, {to}, and called it a blessing.
    This letter is forged, and the seal pressed on it came from your pavilion.
    You swapped the infants, {to}. The midwife has already named you.
    You smiled at me in the garden, {to}, and wrote to the {A} that same night.
    You bribed the physician to record a pulse that never was.
    You pushed her into the lotus pond, {to}. The mud is still on your hem.
    You took {prop} from the Empress Dowager's palace to make me look a thief.
    Your clan hoards grain and steel, {to}. That is not loyalty; it is rebellion.
    You told His Majesty I cursed him, yet the doll was sewn by your own maid.
    Every word I whispered to you went straight to the {A}, {to}.
    You had my maid beaten half to death until she agreed to lie.
    The incense in your hall is laced, {to}. Three consorts have miscarried beside it.
    You lit the incense that cost her the child, {to}, then wept loudest at her bedside.
    The thread on the cursed doll is the very silk you used for the {E}'s birthday screen.
    You paid the eunuch in gold leaf, {to}. Only your pavilion uses gold leaf.
    You struck my maid and called it teaching her manners.
    You traced the imperial seal onto that order, {to}.
    There is one line of footprints in the snow by the well. Your slippers.
    You told His Majesty I was ill, so he would not visit me.
    You stole my verses, {to}, and sang them at the banquet as your own.
    You had someone wail outside her window every night until she was too frightened to speak.
    The physician's tea money came out of your household purse.
    You let the brazier in the cold palace go out. On purpose.
    You wore red during mourning, {to}, then blamed me for the insult.
    You whispered to the {A} that I was with child. Now the whole harem wants me dead.
    Your maid carried {prop} out beneath a tray of pastries.
    You changed the medicine, {to}. This bowl smells of bitter almonds.
    You swore we were sisters, {to}, and sold me for a jade comb.
    The gate eunuch saw your palanquin pass at the fourth watch.
    You knew the prince was switched, {to}, and kept quiet for seven years.
    Those are your footprints in the flour of the imperial kitchen.
    You burned my family's letters before they ever reached me, {to}.

    [deny]
    This concubine has never set foot in the imperial kitchen. Ask anyone.
    I would sooner cut off my hand than harm a child of the dragon.
    That sachet left my hands clean. What happened to it afterwards is not my doing.
    {L}, this concubine is wronged. Let the physician test the tea again.
    I have never seen that letter before, {to}, nor that seal.
    My maid was with me all night. We were copying sutras for the Empress Dowager.
    A consort of my rank has no need to steal, {to}.
    Whoever says I was by the pond that night is lying, and I can prove it.
    This hand did not write those words. Compare the strokes yourself.
    If I had wanted her dead, {to}, would I have used my own teacup?
    Heaven is my witness: I have never touched the infant's cradle.
    Search my chambers down to the floorboards, {to}. You will find nothing.
    The musk did not come from my pavilion. Smell my sleeves if you doubt me.
    On my father's grave, {to}, I never spoke a word against His Majesty.
    This concubine knelt in the Buddhist hall all night. The nuns will swear to it.
    Gold leaf? Half the consorts of rank keep gold leaf, {to}.
    I would not crush an ant, let alone harm a consort.
    My slippers were drying by the brazier all night. Ask my maid.
    That is common silk. The whole palace draws it from the stores.
    I have not written one word to the {A} since the spring selection.
    Why would I steal verses, {to}? I write my own.
    The seal on that order was pressed by someone else's hand.
    My maid was punished for breaking a vase. Nothing more.
    I did not know the child was switched, {to}. I swear it on my mother's grave.
    I never said she was ill. I said she was weary.
    This concubine wore pale blue that day. The court ladies will remember.
    Examine my accounts, {to}. There has been no gold in them since winter.
    The footprints are a size larger than mine. Measure them.
    I do not even know which way the kitchen door opens.
    I burned nothing but incense. The ashes are still in the burner, {to}.
    Had I wished her harm, {to}, would I have sent her my own physician?
    A clever forgery. My brush never presses so heavily.
    I was at the {E}'s side the whole evening, {to}.
    This servant knows nothing of musk. I cannot tell it from sandalwood.

    [threaten]
    Whisper {secret} to anyone, {to}, and you will scrub floors in the cold palace.
    I can have you sent to the Office of Punishments before this incense burns out.
    Cross me again, {to}, and your whole family will be exiled beyond the Great Wall.
    A maid who talks too much is usually found at the bottom of a well.
    Keep your eyes lowered, {to}. Eyes that wander are easily put out.
    The {AS} clan holds the northern army. Remember that before you open your mouth.
    If {secret} reaches His Majesty, I will know exactly whose lips moved.
    One word from me, {to}, and your name is never placed on the tray again.
    Your father is still in prison, {to}. How long he lives depends on you.
    Drink it, or I will have your maid drink it in your place.
    I have buried brighter girls than you beneath these palace walls.
    The next cup of tea you are served may not be so gentle, {to}.
    Breathe a word of {secret}, and the child will pay for your loose tongue.
    Test me, {to}, and I will make the cold palace seem a kindness.
    Your mother still lives outside the west gate. Such a thin door she has.
    Speak the words {secret} once more, and your tongue will pay for it.
    Another sachet for you, {to}. I wonder what is sewn inside this one.
    One memorial from my brother, and your family loses its titles.
    The Office of Punishments is very cold this time of year.
    If His Majesty hears of {secret}, your maid hangs first.
    I can arrange for you to be forgotten, {to}. It is easier than you think.
    Keep singing for His Majesty. See how long that voice lasts.
    My maids are so clumsy with hot tea. Mind your face.
    There is a room in the cold palace with no window. I shall reserve it for you.
    Do not make me remind the {E} who your father was.
    Cross me, {to}, and your son will grow up calling another woman mother.
    One whisper in the right ear, {to}, and your family's estate is confiscated by spring.
    If {secret} leaves this room, {to}, so does your rank.
    The lotus pond is deep this year. The rains were generous.
    I know where your physician sleeps, {to}. So do my eunuchs.
    Speak against me at the banquet, and it will be the last speech you make.
    I once had a maid's hands bound for a year, {to}. She never held a needle again.
    Seven consorts would pay me handsomely for your ruin.
    Try my patience once more, {to}, and learn what disgrace truly means.

    [defy]
    Send me to the cold palace, then. I shall walk there with my head high.
    I kneel to His Majesty and to Heaven, {to}. Not to you.
    You may take my rank. You cannot take what I know.
    Do your worst, {to}. Dead women make very loud ghosts in this palace.
    My father died with his honour. I will not live without mine.
    Strike me again, {to}, and let the whole court see the marks.
    I have survived one winter in the cold palace. A second will not kill me.
    Threaten my maid again, and I go straight to the Empress Dowager.
    This concubine is small, {to}, but even a needle draws blood.
    You rule the harem, {to}. You do not rule my tongue.
    Your clan's soldiers guard the gate, {to}. They do not guard the truth.
    If I must drink, I will drink. But the whole palace will know who poured.
    I did not climb out of the maids' quarters to be pushed back into them by you.
    Rank can be given and taken away, {to}. Wit cannot.
    I have knelt in the snow before. I got up again.
    Tie my hands if you like. I can still speak before the {E}.
    Your brother's army cannot follow you into the inner court.
    Send the eunuchs, {to}. They bow to rank, and rank can change by morning.
    A girl from the laundry is hard to drown. We learn to swim early.
    I will not beg you, {to}. Not today, not on the execution ground.
    Your threats are loud. Your evidence is silent.
    Strip my title. My name will outlast it.
    I have nothing left to lose, {to}. That makes me very dangerous.
    If the cold palace is the price of the truth, I will pay it gladly.
    I am not afraid of your tea, {to}. I brought my own cup.
    The {E} judges by evidence. Shall we go before her together?
    Burn my letters. I have every one of them by heart.
    A fallen plum blossom still perfumes the ground.
    My father never bowed to a traitor, {to}, and neither will I.
    Slap me again. His Majesty visits this evening.
    I owe you nothing, {to}. Not even fear.
    Bring your seal. I will bring my witnesses.
    You cannot silence every maid in the palace, {to}.
    You hold the harem. I hold the truth. We shall see which weighs more.

    [mock]
    A washing maid in silk is still a washing maid, {to}.
    Were you summoned tonight? Oh, I forget. You never are.
    Seventh rank, and you dare to wear that shade of red?
    Your hairpin is charming, {to}. The maids wore that style last spring.
    Such a humble little pavilion. I keep my cats in larger rooms.
    You were favoured for one night, {to}. Do not mistake it for a lifetime.
    Look how gracefully she kneels. She has had so much practice.
    Poor {to}, still waiting by the gate for a palanquin that never comes.
    Your father was a traitor, {to}. It seems the blood runs true.
    Write His Majesty another poem, {to}. He finds them useful for lighting lamps.
    They say the cold palace is quiet this season. You would fit in so well.
    Is that rouge on your cheeks, {to}, or shame?
    Her tea is as weak as her family's name.
    Even the eunuchs snigger when your name is read out, {to}.
    Still embroidering for His Majesty, {to}? He never wears embroidery.
    The laundry maids ask after you, dear. They miss your scrubbing.
    No child and no favour. What do you do all day, {to}?
    Your pavilion is so quiet. Even the sparrows have found better patrons.
    Look, she has learned to bow properly. It only took three years.
    Your father's sword is in the treasury now, {to}. The maids use it to cut ribbon.
    Such a brave little speech. The eunuchs will repeat it for weeks.
    Is that perfume, {to}, or the damp of the cold palace still clinging to you?
    You sing so prettily. Like a bird that has not noticed the cage.
    His Majesty spoke your name today. He was trying to remember it.
    Your maid carries herself better than you. Perhaps she should wear your rank.
    Do sit, {to}. At the end of the bench, where the draught is.
    A consort who reads, how touching. Does it keep you company at night?
    Another poem? His Majesty's brazier thanks you.
    Your hairpin is crooked. Then again, so is your lineage.
    You were favoured once, {to}. I believe it was raining that day.
    She calls herself a consort. The kitchen still calls her the tea girl.
    You wear a sachet to my banquet, {to}? How very rustic.
    Poor thing. She still thinks His Majesty's smile means something.
    Even your shadow walks a step behind mine, {to}.

    [endure]
    The {A} is right to instruct me. This concubine will remember every word.
    I will kneel as long as you wish, {to}. The stones are patient, and so am I.
    Thank you for the lesson, {to}. I shall repay it in full.
    Let them laugh. The palace has a long memory, and so do I.
    This concubine accepts the punishment. The snow will not last forever.
    A slap fades by morning, {to}. What I learned from it will not.
    I am only a lowly concubine. Lowly things grow where no one looks.
    As you say, {to}. The seventh rank has much to learn from the first.
    I will bear the cold palace. Winters end, even here.
    My cheek stings, {to}. My memory stings more.
    Yes, this concubine will copy the sutras a hundred times. Every stroke will be patient.
    Humility costs me nothing today, {to}. It will cost you a great deal later.
    The maid you beat will heal, {to}. Your debt to her will not.
    I lower my eyes, {to}, but I have not closed them.
    This concubine hears you. This concubine also remembers.
    I will wear the plain robe. Plain cloth hides a great deal.
    The wind is cold tonight. Winds change direction, {to}.
    Let them laugh at the laundry girl. The laundry girl is still here.
    Take the better seat, {to}. I prefer to watch the door.
    A bowed head sees where everyone's feet are going.
    Yes, {to}. I will copy the harem rules again. I know them better each time.
    The bruise will fade by the lantern festival. My patience will not.
    I accept the demotion. The lower rank is closer to the ground, and the ground is solid.
    Your words sting, {to}. Stings teach caution.
    Let the eunuchs snigger. Eunuchs also carry messages.
    I will eat the cold rice. It is still rice.
    I have swallowed worse than insults in this palace.
    Snow melts, mud dries, and I will stand again.
    Thank you for reminding me of my place. I will remember yours.
    I kneel gladly, {to}. It gives me time to think.
    Humility is a cloak. I can take it off whenever I choose.
    Mock my father as you please, {to}. His name is not yours to stain.
    Today the {A} speaks and I listen. Tomorrow, who can say?
    Every slight is a stitch. I am embroidering something very large.

    [question]
    Who carried the tea tray from the kitchen that night, {to}?
    Why would a physician burn his own pulse records?
    What does {R} know about {secret}?
    How long have you known about {secret}, {to}?
    Whose maid was seen at the well before the drowning?
    Tell me, {to}: why does your sachet smell of musk?
    If you are innocent, why did your hand shake when the cup was lifted?
    Who held the infant between the birth and the first bath?
    Why did His Majesty leave the banquet before the wine was poured?
    What were you doing by the cold palace at the third watch, {to}?
    Who taught you to copy the {A}'s hand?
    Where did you find {prop}, {to}, and who saw you take it?
    Does the Empress Dowager know about {secret}?
    Which eunuch carried the letter out through {place}?
    Why did the physician change the prescription the morning after the banquet?
    Who opened the cold palace gate at the fourth watch, {to}?
    How does a laundry maid come to own a jade comb?
    Which of you ordered the brazier taken from her room?
    Why wear gloves to a summer banquet, {to}?
    What did the midwife whisper before she died?
    Who told the {A} that I was with child?
    Why are there two seals on this edict?
    When did you last see {prop}, and in whose hands?
    How does a eunuch afford a house outside the city walls, {to}?
    Why was the late consort buried in such haste?
    Which of the maids can write, {to}?
    What did His Majesty say to you in the garden?
    Has {R} been whispering about {secret}?
    Who brewed the medicine, and who carried it across the courtyard?
    Why does the {E} still keep the late consort's portrait?
    Is {secret} the reason you never sleep, {to}?
    What were you burning in the brazier when I came in?
    Why did your brother's soldiers change the guard an hour early?
    Whose idea was it to seat me beside the {A}, {to}?

    [explain]
    Musk does not kill at once. It works season after season, until the womb is barren.
    My father guarded the north for twenty years. One forged letter undid him in a night.
    The physicians record every pulse. Change a single line and a pregnancy appears.
    In this palace, favour is a ladder, {to}. Whoever falls takes the rungs below.
    The {AS} clan commands the northern army. That is why His Majesty cannot touch her.
    The late consort was carrying a son. Within a week of the news, she was dead.
    Every dish from the imperial kitchen is tasted twice. Poison must come after the tasting.
    The Empress Dowager chose this emperor, and she reminds the court of it whenever she likes.
    I was sold into the palace at nine, {to}. I learned to read by watching the ledgers.
    Two infants were born that night: one to a consort, one to a maid.
    A consort in the cold palace is not dead, {to}. Only forgotten, until someone remembers.
    The imperial seal is kept in the throne hall, and only three people hold a key.
    What you hold is {prop}, {to}. His Majesty gave it to the late consort.
    The poison was in the cup, not the pot. That is why the taster lived.
    The tray of name tablets decides who is summoned. Whoever carries the tray carries the emperor's nights.
    Oleander is lovely in a vase, {to}, and deadly when steeped.
    Every maid has a family outside the walls. That is how they are held.
    The late consort was the {E}'s niece. Her death was a message to the throne.
    Rank decides everything here: how many maids, how much charcoal, even how warm the tea is.
    Saffron soothes in small doses. In large ones, it ends a pregnancy.
    My father refused to marry me into the {AS} clan. Within a year he was in exile.
    A tablet turned face down on the tray is never chosen. Never.
    Eunuchs have no heirs, {to}. So they save, and when saving fails, they sell what they hear.
    Southern ink dries grey. Capital ink dries black. This letter is grey.
    The {E} raised the emperor but never bore a child. The whole court pretends otherwise.
    The cold palace has no kitchen. Its women eat whatever someone remembers to send.
    A true pregnancy pulse rolls like a pearl beneath the finger, {to}. This one does not.
    The imperial kitchen records every dish, except those ordered after midnight.
    Each consort's sachets are blended in her own pavilion. No two smell alike.
    My grandmother taught me poisons. She served in this palace forty years ago.
    Favour breeds envy, and envy sends gifts. It is the gifts that kill.
    The {AS} clan appoints the palace guard. Every gate answers to them.
    Consorts may not write home without the seal. That is why you heard nothing.
    The infant was marked behind the ear at birth. The prince in the nursery has no mark.

    [evade]
    The incense is burning low, {to}. Shall I have another stick brought?
    This concubine is only a woman of the inner palace. Such matters are beyond me.
    The plum blossoms are early this year. Have you seen them, {to}?
    You ask about {secret}? I could not say, {to}. Truly.
    Forgive me, {to}. My head aches; I must have caught a chill by the pond.
    Some questions are better asked after the banquet, {to}.
    I was copying sutras all evening. I saw nothing and heard less.
    You are weary, {to}. Let us speak of this when the lanterns are lit.
    The walls of this palace have ears. I would rather mine stayed attached.
    The tea has gone cold, I think. Shall I call for a fresh pot?
    Whatever you heard about {secret} was idle gossip from the maids' quarters.
    It is not my place to speak of His Majesty's affairs, {to}.
    A servant remembers only what she is told to remember.
    Why dwell on the past, {to}? The spring selection is almost upon us.
    This concubine's memory is poor, {to}. Forgive me.
    Such talk belongs in the maids' quarters, not at your table.
    Have you tried the new lychees from the south, {to}? They are very sweet.
    {secret}? I only know what the birds in the garden tell me.
    The {E} forbids gossip, {to}. I would never dare.
    I was embroidering. My eyes were on my needle, not the door.
    Perhaps you should ask the eunuchs. They see everything.
    This question wearies me. Shall we play chess instead?
    I only followed His Majesty's wishes, as we all do.
    Why speak of the dead on such a lovely morning?
    I have heard of {secret}, {to}, but only in storybooks.
    My maid must have misunderstood. She is from the countryside.
    That was before I entered the palace. I was a child, {to}.
    The incense smoke makes my eyes water. What were you asking?
    Whatever happened that night, Heaven has already judged it.
    Ask me again after the festival, {to}. My mind will be clearer.
    I could not possibly speak of another consort's affairs.
    The lamp is guttering. Shall we go inside, {to}?
    I know only what the {E} has chosen to tell me.
    Some doors in this palace are better left closed.

    [tease]
    You hide behind that fan, {to}, but your eyes give you away.
    Are you reading poetry, or only pretending to while I watch you?
    Every consort sends me a sachet. Yours is the only one I keep, {to}.
    You have beaten me at chess again, {to}. Shall I issue an edict against it?
    If you keep staring, {to}, the whole harem will hate me by morning.
    I ordered the plum trees to bloom early, {to}. Do not tell the gardeners.
    You blush like a bride, {to}, and you have been mine for a year.
    Is this concubine's tea so sweet that you must come every evening?
    A wise sovereign would not be so easily distracted, {to}.
    Sing for me, {to}. I shall pretend I never heard you practising.
    You stole my brush, {to}. Your punishment is one poem, written here, beside me.
    Careful, {to}. The court historians write down everything you say to me.
    Did you come to see the moon tonight, or the consort standing beneath it?
    Your hand is cold, {to}. Someone ought to warm it, and I outrank them all.
    {L}, you cheat at chess. I saw you move the horse twice.
    You read my poem aloud, {to}. Now I must write you a worse one.
    You came to inspect the garden, {to}? The garden is behind you.
    I have hidden your brush again. Come and find it.
    If I win this game, {to}, you must peel my lychees for a week.
    The maids say you smiled today. I told them it must have been at me.
    You wear the sachet I made, {to}. Under your sleeve, where you think I cannot see.
    A sovereign who sighs over his memorials needs a consort who makes tea.
    You sent three eunuchs to ask whether I was well, {to}. You could have come yourself.
    Careful. Stare at my hairpin much longer and I shall have to give it to you.
    Is that an imperial command, {to}, or merely a wish?
    You remembered that I hate ginger. The whole palace will think you fond of me.
    Admit it. You lost that game on purpose.
    Your hand is warm tonight. Were you waiting long outside my door?
    A poem for each night of the lantern festival, {to}? That is fifteen poems.
    The court historian looks so shocked. Shall we give him something to write?
    You said you came for the plum blossoms, {to}. You have not looked at one.
    Sing with me, {to}. No one will hear but the koi.
    Keep bringing me pastries, {to}, and I shall grow too round to dance.
    You fell asleep on my sleeve. I did not dare move all afternoon.

    [fluster]
    I... this concubine was only admiring the lotus, {to}. Truly.
    You should not say such things where the maids can hear.
    {to}, please, the eunuchs are watching.
    That is not... I did not embroider it for you. It was meant for the Empress Dowager.
    {to}, my hair is undone. Give this concubine a moment, I beg you.
    I am not blushing, {to}. The brazier is simply too hot.
    The poem was a practice piece. You were never meant to read it.
    I forgot every word of the song the moment you walked in.
    You cannot simply stand there smiling, {to}. It is against protocol.
    This concubine has spilled the tea. Forgive me, I am not usually so clumsy.
    If you keep holding my hand, {to}, I shall forget how to bow.
    I... yes. No. I mean, as you wish, {to}.
    Do not laugh, {to}. I have never ridden in the imperial palanquin before.
    My cheeks are only cold. It is winter, after all.
    I... this concubine did not mean... the pastries were for the maids.
    {L}, you must not look at me like that where the {E} can see.
    My hand is warm because of the brazier, {to}. Only the brazier.
    I lost the game on purpose. No, I mean, I did not.
    You heard me singing? How long were you standing there, {to}?
    The sachet is not for you. It simply happens to smell of your favourite incense.
    {to}, the maids are giggling. Please, let go of my sleeve.
    That poem is not about you. It is about the moon. Some moon.
    Forgive me, I forgot to bow. I forgot how, for a moment.
    You mustn't say such things, {to}. I shall drop the teapot.
    My hairpin? Take it, take it, only stop smiling at me like that.
    This concubine is not shy. This concubine is merely cautious.
    Yes. No. I mean... whatever pleases you.
    The tea is too hot. That is why my face is red.
    I was not waiting for you. I was counting the lanterns.
    Stop it, {to}. The court historian is writing again.
    I meant to embroider a carp. Somehow it became a dragon.
    Do not read that letter aloud, {to}. I beg you, not aloud.
    I tripped on my hem, that is all. Not because you were watching.
    Laugh again, {to}, and I shall hide behind this screen until spring.

    [tender]
    Rest now, {to}. I will sit here until the physician comes.
    In all this palace, yours is the only face that does not lie to me.
    When the lanterns go out, {to}, I still know your footsteps.
    I have no jewels worth giving, {to}. Only my loyalty, and all of it is yours.
    Stay tonight. Let the harem whisper what it likes.
    You kept {prop} all these years, {to}? I thought it was lost.
    When this is over, let us walk by the lotus pond like ordinary people.
    Your hands are rough from the cold palace. Let me warm them.
    I would give up the phoenix seal for one quiet morning with you.
    Call me by my childhood name, {to}. No one has in years.
    You were the first to see me when I was only a maid, {to}.
    Whatever edict comes tomorrow, tonight I am only yours, {to}.
    Sleep, {to}. I will keep watch; I always have.
    The throne is cold, {to}. Only beside you do I feel warm.
    Let me loosen your hair. You have worn that crown all day.
    When the palace sleeps, I am no consort. Only someone who waits for you.
    You came to the cold palace for me, {to}. Through the snow.
    I counted the days you were gone. Forty-one.
    Take my cloak, {to}. I have known worse winters than this.
    In my home village we would simply have married. No edicts.
    Your hands smell of ink and medicine. I love both.
    I will wait by the gate as long as it takes. I always have.
    Lay your head here, {to}. The memorials can wait until dawn.
    You remembered my mother's name. No one in this palace ever has.
    If they take my rank, {to}, I will still have had this night.
    I kept the petal you gave me, pressed inside my sutra.
    Let me taste your medicine first, {to}. Humour me.
    You are the only person here I have never had to lie to.
    Stay until the candle burns down. Only that long.
    Every poem I write, whoever it is addressed to, is for you.
    Your frown has deepened, {to}. Let me smooth it away.
    I would rather be a maid at your side than an empress alone.
    I have warmed your side of the bed, {to}. Come.
    When I am frightened, I listen for your footsteps. They always come.

    [scheme]
    Slip the powder into the {A}'s incense, and let the burner do the rest.
    Let her rise high, {to}. The higher she climbs, the harder she falls.
    Send word to my brother. The palace gate must stand open by the third watch.
    We need one page from the physicians' records, and a maid who cannot read.
    Praise her at the banquet, {to}. Praise her until His Majesty tires of her name.
    Copy the hand on this letter. Not one stroke may differ.
    Have the kitchen brew her tea with the well water from {place}.
    If the infant cries tonight, make sure the right ears hear it.
    Hide {prop} in her chamber before the search at dawn.
    The Empress Dowager prizes piety, {to}. So we shall give her a very pious consort.
    Bribe the eunuch at the gate. Silver first, threats only if he refuses.
    Let {R} believe she is my confidante. Tell her only what I want repeated.
    When she faints at the banquet, make certain the physician who comes is ours.
    We wait for the plum blossoms. His Majesty always walks there alone.
    A rumour planted in the maids' quarters, {to}, travels faster than any edict.
    Burn the original. The copy is the only truth this palace will remember.
    Swap her sachet during the lantern festival. No one watches hands in the dark.
    Let {P} win His Majesty's favour. Favour is the surest road to the cold palace.
    Have the tray bearer turn her tablet face down. Every night this month.
    Send a landscape painting to the {E} from her pavilion, {to}, with a rebel's seal hidden in the rocks.
    The midwife must be silenced before the birth register is opened.
    Tell {R} that His Majesty asked after her. Let her boast until the {A} hears.
    Hang the late consort's portrait in her chamber. Let the {E} find it there.
    Have the gate eunuch lose her summons. Just once. Just tonight.
    Buy up every stick of southern ink in the capital. Then see who still has some.
    Have the physician say the child is a girl, {to}, and watch whom she runs to.
    Have my brother call for her father's file. Loudly, before the whole court.
    When she kneels in the snow, see that no one brings her a cushion.
    Put {F} on night watch at the cold palace, {to}. No one hears anything out there.
    A letter to the border in her hand, and a rider ready to intercept it.
    Make the maids believe the well is haunted. No one goes near a haunted well.
    Give {P} the dance at the banquet, {to}, and loosen one board of the stage.
    Send her a gift in His Majesty's name. His Majesty need not know of it.
    Swap the incense at the {E}'s shrine. The blame will fall wherever we please.

    [agree]
    As you command, {to}. It will be done before the third watch.
    I understand, {to}. Not a word will leave this room.
    This servant will go at once, {to}.
    Very well. If it must be poison, let it be a slow one.
    Then we move at the lantern festival, {to}, not a day sooner.
    Leave the physician to me. He owes my family a debt.
    Yes, {to}. I will keep my smile and my silence.
    It is a dangerous plan, {to}. That is why it will work.
    I will start the whisper in the maids' quarters. By morning the palace will know.
    Agreed. But if it fails, I was never here.
    Your servant obeys. The letter will be in the right hands by dusk.
    I am with you, {to}, to the cold palace and back if need be.
    Then the Empress Dowager will hear only what we wish her to hear.
    So be it, {to}. I have waited long enough.
    The tablet will lie face down every night, {to}. The tray bearer owes me.
    Leave the midwife to me. Quietly.
    Yes. When the ink runs out, we will know whose letter it was.
    Leave the portrait to me. I can find her chamber in the dark.
    The summons will go astray. Eunuchs are so forgetful.
    Understood, {to}. I will be at the cold palace by the second watch.
    It shall be done before the {E} wakes.
    I will start the ghost story myself. The maids adore a ghost.
    As you wish. I will wear gloves, {to}, and an old robe.
    The board will be loose by evening, and the carpenter back in his village.
    I will smile at her all through the banquet, {to}. She will suspect nothing.
    Very well. But if the {E} asks, I was at prayer.
    The rider leaves at dawn. He knows which road.
    My cousin guards the west gate. That night he will study the stars.
    Yes, {to}. I will not ask why. I learned long ago not to.
    Consider the letter written. My brush has copied harder hands.
    I understand. One gift, with His Majesty's name and none of His Majesty's knowledge.
    I will fetch the incense myself, {to}. No one questions a maid with a basket.
    So be it. Let her dance.
    This servant will see to it, {to}, and forget it by morning.

    [plead]
    {L}, this concubine begs you: look at the seal before you sign.
    Spare my maid, {to}. Punish me in her place.
    {E}, grant this concubine one day, only one, to prove my innocence.
    Please, {to}, the child is innocent, whatever you think of me.
    Do not send me to the cold palace, {to}. Not before I see my son.
    I have served you ten years, {to}. Let that buy me one hearing.
    Let the physician examine the tea. That is all this concubine asks.
    {to}, I am on my knees. Do not make me beg on my face.
    My father is old, {to}. Exile will kill him before the first snow.
    If you ever cared for me, {to}, read the letter once more.
    Let me hold the infant once, only once, before they take it away.
    Have mercy, {to}. She is only a girl who spoke out of turn.
    Heaven sees my heart, {to}. I ask only that you see it too.
    Summon the midwife, {to}, I beg you. She will tell you everything.
    {L}, look at the child's face before you judge his mother.
    Let me see my father before the exile cart leaves. Only to bow.
    Do not send my maid to the Office of Punishments, {to}. She knows nothing.
    {E}, the letters were forged. Grant me three days and a scribe.
    I beg you, {to}, do not make me drink it in front of my son.
    Let the midwife speak. If she lies, punish me twice over.
    {to}, I have knelt here since the morning bell. Grant me one word.
    Spare the physician, {to}. He only did what I asked of him.
    If I must go to the cold palace, let my maid go free.
    Take my rank. Take my jewels. But leave me the child.
    Please, {to}, read my father's last memorial. It is a single page.
    Have pity on a woman with no family left in this world.
    Let this concubine die with her name cleared, {to}. That is all.
    Do not believe {R}, {to}. I beg you, not without proof.
    I will copy sutras for a thousand days. Only let me stay.
    My sister is only fifteen, {to}. Do not bring her into the palace.
    I ask for nothing but a hearing before the {E}.
    Open the coffin, {to}, I beg you. Then you will see.
    One night. Give me one night to find the proof.
    If you ever loved the late consort, {to}, hear what her maid saw.

    [refuse]
    No, {to}. I will not put my name to a lie.
    This concubine cannot accept such a gift. It is far above my rank.
    Take the tea away. I find I am not thirsty tonight.
    You ask me to betray my own maid? Never, {to}.
    I will not attend the {A}'s banquet. My illness is most convenient.
    The edict stands, {to}. I will not withdraw it.
    Your request is denied. Do not kneel again; it wearies me.
    I will not swear on the ancestors, {to}. They would know.
    No amount of silver buys my silence, {to}.
    I decline the honour. Favour given in public is taken back in private.
    Keep your sachet, {to}. I have learned to be careful of gifts.
    No. I will not stand aside while they bury another girl.
    I will not leave this palace, {to}. Not while the truth is still inside it.
    Forgive me, {to}. Some orders even a servant cannot obey.
    I will not kneel to a forged edict, {to}.
    Take back your jade, {to}. I do not wear bribes.
    This concubine cannot dance at the {A}'s banquet. My ankle, alas, is sprained.
    No. I will not hand over my maid to save my own skin.
    I cannot sign this, {to}. My father's name is on the line above.
    The taster drinks first. Then perhaps I will.
    Your alliance is generous. I decline it all the same.
    No. The child stays with his mother.
    An oath I cannot keep? Not even before Heaven.
    This servant refuses, {to}. Beat me if you must.
    I will not move into the {A}'s pavilion. A lamb does not lodge with a wolf.
    Forget my father to please you, {to}? Never.
    The {E} asked for my silence. I will not give it.
    Keep the title. It still smells of the woman who held it before.
    No, {to}. I have written my last letter at your command.
    I cannot accept the physician's report. Not with that pulse.
    Not for the phoenix seal. Not for anything.
    I refuse to leave her side, {to}. Drag me if you must.
    No song from me tonight. Let the {A} find another songbird.
    No edict can make me lie.

    [command]
    Seal the gates. No one leaves {place} until I say so.
    Summon the imperial physician. Now.
    Take her to the Office of Punishments and find out whom she serves.
    Search every chamber in {place}. Start with the maids' beds.
    Bring the tea here. Every drop. I will have it tested.
    Rise, {to}. From today, you will serve at my side.
    Strip her of her rank and send her to the cold palace.
    No one speaks of this beyond these walls, on pain of death.
    Fetch the birth register from the ancestral temple. Bring it unopened.
    Kneel and answer, {to}. Every lie adds a year to your sentence.
    Bring me the eunuch who carried the letter. Alive.
    Light every lantern in {place}. I want to see every face.
    Hand over {prop}, {to}. Slowly.
    Read the edict aloud, so that no one may claim not to have heard it.
    Bring the midwife before me. Carry her if she cannot walk.
    Search the {A}'s pavilion. Every sachet, every drawer.
    Test every dish from tonight's banquet, {to}. Twice.
    Fetch the birth register and the physicians' records. Together.
    Bar the cold palace gate and double the guard.
    Open the late consort's coffin. I will see with my own eyes.
    Send for {F}. Tell no one why.
    Have every maid in {place} kneel in the courtyard until someone speaks.
    Release her maid, {to}. At once.
    Bring me the tray of name tablets. Every one of them.
    No one touches the body until the physician arrives.
    Nothing is to be burned in this palace tonight. Not a scrap.
    Summon {R}, {to}. Tell her to bring her sachet.
    Take the brazier from her room, and the cushion from under her knees.
    Escort the {E} back to her hall, and guard the door.
    Speak. The truth now, or the rod.

    [warn]
    Drink nothing from the {A}'s pavilion, {to}. Not even water.
    {R} smiles too sweetly, {to}. Sweet things rot the teeth.
    Someone has been asking the maids about {secret}. Be careful.
    The Empress Dowager is watching you, {to}. Her favour is a leash.
    The physician was seen leaving the {A}'s pavilion at midnight.
    If {secret} comes out now, {to}, not even His Majesty can protect you.
    Burn that letter, {to}. Paper outlives the people who write it.
    The sachet smells wrong. Do not wear it anywhere near your belly.
    Take the long lane tonight, {to}. The garden path is being watched.
    The {AS} clan has men in the palace guard. Trust no soldier.
    Favour rises like the tide, {to}, and leaves the sand bare when it goes.
    Do not kneel too quickly before her. She takes it as a sign of guilt.
    The eunuch at your door is new. I do not know whose man he is.
    They will come for {prop} tonight, {to}. Hide it where no one would look.
    The {A} has asked for your birth date, {to}. She is consulting an astrologer.
    Do not dance tonight. Someone took a carpenter into the banquet hall.
    Your letter home never left the palace, {to}. I saw it in the wrong hands.
    The physician is frightened. Frightened men sell secrets.
    Do not wear the new hairpin. Its tip has been dipped in something.
    Mention {secret} before the {E}, and she will ask how you know.
    The midwife's son was arrested this morning. She will say whatever they want.
    Watch {R}'s sleeves, {to}. She hides things in them.
    The tray bearer has been paid. Your tablet will never be turned.
    Do not go to the well alone, {to}. The last girl who did was never found.
    The {E} smiled at you today. She only smiles before a punishment.
    Someone has put a second lock on the cold palace gate.
    The {AS} clan is sending gifts. Refuse every one.
    A new maid asked which cup is yours. I pointed to the wrong one.
    Keep {prop} close tonight, {to}. They will search your chamber at dawn.
    The soldiers at the gate wear the {AS} crest beneath their armour.

    [reveal]
    You want the truth, {to}? Then kneel and listen.
    I have kept this secret for ten years. I will not keep it one more night.
    Send the maids away. What I say next must not leave this hall.
    Since you ask, {to}, I shall tell you what the physician would not.
    Very well. The whole palace will know by dawn in any case.
    Look at me, {to}. What I am about to say will change everything.
    Before the Empress Dowager and before Heaven, I will speak the truth now.
    You were never meant to know this, {to}. Forgive me.
    Close the doors. Some truths belong behind lattices, not in courtyards.
    I swore on my mother's grave never to say this. She is beyond caring now.
    Sit down, {to}. You will not want to be standing for this.
    There is a reason the late consort's name is never spoken. Here it is.
    Let the court historian write this down, {to}.
    No more masks, {to}. This is who I truly am.
    Send the eunuchs out, {to}. What comes next is for your ears alone.
    My grandmother served the late emperor. She told me what happened in the nursery.
    I owe you the truth, {to}, even if it costs me my rank.
    Kneel or stand as you please. The truth will not wait.
    I have carried this since the night of the great snowstorm.
    Who am I truly? Very well. You shall hear it.
    The {E} made me swear an oath. I am breaking it now.
    Hear me to the end, {to}, before you call the guards.
    There was a third person in the birthing room. I was that person.
    Open the lacquer box, {to}. Then I will explain.
    This is the page that was torn from the birth register.
    I have lied to you since the day we met, {to}. No longer.
    Before this incense burns out, you will know everything.
    Let the maids bear witness. I will say it before them all.
    The late consort wrote one last letter. I have kept it ten years.
    Sit, {to}. A palace secret is heavier than it looks.

    [shock]
    Impossible. The Empress Dowager would never...
    My own sister... all this time?
    No. {to}, tell me you are lying.
    Heaven above. Then the child in the cradle is...
    You poisoned her? With your own hands?
    My father died for a letter no one ever wrote?
    Twelve years. I have called her mother for twelve years.
    Then everything I was told in this palace was a lie.
    How could you, {to}? I trusted you with my life.
    The physician too? Is there no one in this palace who is clean?
    My son... my son is alive?
    You knew, {to}. You knew, and you let me kneel.
    The seal is real. Heaven help us, the seal is real.
    I cannot breathe. Someone open the lattice, I beg you.
    The {E}... it was the {E} all along?
    My father's letters... written by her brother's secretary?
    No. The child I buried was not mine?
    You, {to}? You were beside me at every step.
    Heaven forgive me. I bowed to her every single morning.
    The physician? He held my hand through the fever.
    Ten years... she has been alive in the cold palace for ten years?
    Then His Majesty is not... no. No.
    My own maid wrote those letters?
    How can the seal be real, {to}? I watched it burn.
    She drank the poison that was meant for me?
    All those gifts... every one of them was a knife.
    {to}, say that again. My ears must be failing me.
    The whole court knew? And no one told me?
    It was never the tea. It was the cup.
    You handed me to the {A} like a sweet on a plate.
    Then the boy I taught to write his name is not of the dragon's blood?
    Then my sister died for nothing.
    I cannot stand. Help me, {to}, I cannot stand.
    So the ghost of the cold palace was a living woman.

    [comfort]
    Do not cry, {to}. Tears only tell them where to strike.
    You are still alive, {to}. In this palace, that is a victory.
    The cold palace is not the end. Others have walked out of it.
    Your father's name will be cleared, {to}. I swear it on my life.
    Drink this ginger broth, {to}. Tomorrow you will need your strength.
    They took your rank, not your wits. That is all we need.
    Let me dress your knees. You knelt far too long on those stones.
    Whatever happens, {to}, I will be at your side.
    Grief is allowed tonight, {to}. Tomorrow, we plan.
    The child is in Heaven now, and Heaven keeps accounts.
    His Majesty's anger is summer thunder, {to}. It passes.
    You did everything right. This palace is simply crueller than it should be.
    Rest your head, {to}. No one will harm you while I keep the door.
    Even a fallen blossom is gathered by someone who remembers its scent.
    Lean on me, {to}. This shoulder has carried heavier things than grief.
    The cold palace took your rank, not your worth.
    His Majesty will come. He always finds his way back to you.
    Eat something, even a little. Tomorrow needs you.
    Your father sees you from Heaven, {to}, and he is not ashamed.
    We will light a lamp for the child tonight. Only the two of us.
    Let them whisper, {to}. Whispers cannot climb walls.
    You were so brave before the {E}. I was proud of you.
    The bruises will heal, {to}. I brought a salve from home.
    Sleep. I will sit by the door with a lamp and the heaviest teapot we own.
    You are not alone in this palace. You have me.
    Many consorts have fallen and risen again, {to}. You will rise higher.
    Cry here, where only the plum tree can see.
    Your maid will live, {to}. The physician says the fever has broken.
    Three winters could not break you. This will not either.
    Put your hands in my sleeves. They are warm.
    Tomorrow we plan. Tonight we only breathe.
    Whatever the edict says, {to}, I know the truth.
    Even the moon wanes, {to}. Then it comes back full.
    Let me comb your hair the way your mother used to.

    [thank]
    This concubine thanks you, {to}, for speaking when no one else dared.
    I owe you my life, {to}. I will not forget it, however high I rise.
    Without your warning, I would have drunk that tea.
    You risked the Office of Punishments for me, {to}. How do I repay that?
    Thank you for the medicine, {to}. You saved more than one life tonight.
    This servant is grateful, {to}. I will repay it ten times over.
    You could have stayed silent before the Empress Dowager. Thank you for not doing so.
    I thank Heaven, and I thank you, {to}, though perhaps not in that order.
    Your kindness in the cold palace kept me alive. I remember it.
    You kept my secret, {to}. That is the rarest gift in this palace.
    Thank you, {to}. Few here would have knelt beside me.
    His Majesty's grace is boundless, and this concubine is unworthy of it.
    You brought me charcoal in the dead of winter, {to}. I will bring you spring.
    For my father's sake, and for mine, thank you, {to}.
    You carried my letter past three gates, {to}. I know what you risked.
    This concubine will never forget that you spoke for me before the {E}.
    Thank you for the charcoal. My maid wept when she saw it.
    You tasted the tea before I drank. I owe you my life.
    Thank you, {to}, for not believing the rumours.
    My father's name is clear because of you.
    You stood between me and the rod, {to}. I will stand between you and worse.
    Thank you for visiting the cold palace. No one else ever came.
    Your medicine saved my child, {to}. I will burn incense for you every day.
    You remembered my birthday. In this palace, that is a treasure.
    This servant thanks you for sparing her, {to}.
    Thank you for teaching me to read the ledgers.
    You lied to the {A} for my sake, {to}. I know how dangerous that was.
    That hairpin would be in my hair right now, had you not spoken up.
    Thank you for lending me your cloak in the snow, {to}.
    You kept my maid alive when I could not. Thank you.
    Your silence saved three lives today.
    I thank you, {to}, with the only thing I own: my loyalty.
    Thank you for believing a laundry girl could rise.
    You have given me back my name, {to}.

    [triumph]
    You sent me to the cold palace, {to}. I have walked back out wearing a consort's crown.
    The edict bears His Majesty's seal. From today, you bow to me.
    Your forged letter was written on paper the palace stopped using last winter.
    Kneel, {to}. This time the rank is mine.
    The musk in your sachet has a maker, {to}, and the maker has confessed.
    The Empress Dowager has handed the phoenix seal to me, {to}. Not to you.
    You taught me the rules of this harem, {to}. I learned them well.
    Every maid you bribed has given testimony. You have no one left.
    The physician's true record survived, {to}. Your lie did not.
    I was a washing maid once. Now you will address me as Consort.
    Take off that hairpin, {to}. A woman in the cold palace has no use for gold.
    You said a low-born girl could never sit beside the throne. Look where I sit.
    The child is mine, {to}, and the whole court has seen the proof.
    You wanted me silenced. Instead, the whole palace heard your confession.
    Your brother's army surrendered at dawn, {to}. The {AS} clan is finished.
    This concubine thanks you, {to}. Without your cruelty, I would never have grown so sharp.
    The favour you stole was only borrowed, {to}. His Majesty has taken it back.
    The midwife is alive, {to}. She is waiting outside the throne hall.
    You had my tablet turned face down. His Majesty turned it up himself.
    Your sachet has been cut open before the whole court, {to}.
    Southern ink ran out in the spring. Your letter was written with it in autumn.
    Bow, {to}. The edict names me Consort.
    The {E} has read my father's last memorial. Your brother is summoned to answer for it.
    The board you loosened, {to}? I danced around it.
    Your spy sat at my table, {to}, and told me everything you said.
    The maid you threw into the cold palace is my witness today.
    You said I would never wear red. Look at my robe.
    The true birth register was never in the temple. It was with me.
    His Majesty has returned every gift you ever sent him, {to}.
    The cursed doll was yours. Your own maid has sworn to it.
    You are excused from all future banquets. Permanently.
    I learned to read from the ledgers, and the ledgers have ruined you.
    The phoenix seal rests in my hand, {to}. Kneel, and I may let you live.
    You called me a tea girl. Pour the tea, {to}.

    [cliff]
    Then tell me, {to}: who else knew about {secret}?
    If you want the truth about {secret}, come to the cold palace alone.
    The physician has been found. Drowned, with a letter sewn into his sleeve.
    Open the box, {to}. Then we shall see who kneels.
    His Majesty has just issued an edict, {to}. Your name is on it.
    The Empress Dowager knows about {secret}. She summons you at dawn.
    Wait. That is not the infant I delivered.
    The seal on this letter is the emperor's own.
    One more word, {to}, and every hall will whisper about {secret}.
    Someone has been in {place} tonight. The incense is still warm.
    Look at the hand that wrote it, {to}. You know it as well as I do.
    You should have asked who brewed the second pot.
    {L}, before you sign that edict, there is something you must see.
    The guards are at the gate. They have come for you, {to}.
    She is not dead. I saw her at the window of the cold palace.
    Then who has been wearing {prop} all this time?
    Tomorrow you will learn what {secret} has cost this family.
    Kneel if you wish, {to}. It will not save you this time.
    The tea you just drank, {to}... did you see who poured it?
    There were two cradles in that room. Only one was carried out.
    If the {A} learns of {secret}, none of us will see the spring.
    {L}, you have been told a lie, and the liar stands beside you.
    Read the last line of the edict, {to}. Read it aloud.
    The Empress Dowager's seal is missing. And so is your maid.
    Who told you I was the one who opened the gate?
    The pulse record has been altered, {to}, and the new strokes are in your hand.
    I know what you buried under the plum tree, {to}.
    Ask {R} where she was the night the tea was poisoned.
    The {AS} clan has a visitor from the border. He carries a sword and a letter.
    You may have His Majesty's favour tonight, {to}. Tomorrow is another matter.
    Let her speak. I want the whole palace to hear about {secret}.
    The drum at the palace gate is sounding. Someone has come to accuse the throne.
    If that is not your sachet, {to}, then whose musk has been killing my children?
    The midwife's last word was a name, {to}. Yours.
    His Majesty has sent for the birth register. Tonight.
    Then whose hand locked the cold palace door behind her?
    The poison in your cup, {to}, grew in the Empress Dowager's own garden.
    {R} has gone to the {A}'s pavilion, and she took {prop} with her.
    This edict was written before the trial began.
    There is a second letter, {to}, and this one is in His Majesty's hand.
    If the late consort is alive, then who lies in her tomb?
    Ask {F} why the physicians' records bear your maid's name.
    The {E} wishes to see you. No maid. No lamp.
    That is not the prince, {to}. That is a maid's son.
    Someone at this table knows about {secret}, and she is smiling.
    The drum at the gate is sounding again. This time it sounds for you.

    [action.open]
    Lanterns sway over {place}; eunuchs hurry past with bowed heads.
    Morning mist hangs over {place}. A line of consorts waits to pay respects.
    Snow falls on {place}. {me} kneels alone on the frozen stones.
    Incense curls through {place}. Maids kneel in two silent rows.
    The night drum sounds three times over {place}.
    {place} at dusk: a single palanquin waits, its curtains drawn.
    Cicadas drone over {place}. {me} fans slowly, watching the door.
    Rain drips from the golden eaves of {place}. A bowl of medicine steams on the table.
    Candlelight flickers in {place}. {me} sets out two teacups, only one of them clean.
    A gong sounds. Every servant in {place} drops to the floor.
    Bells ring the morning hour over {place}. {me} is already awake.
    Plum petals drift across {place}. A young maid sweeps them from the steps.
    Wind whistles through the broken lattice of {place}. {me} huddles by an empty brazier.
    Lanterns are lit one by one along {place}. A eunuch calls the hour.
    The banquet at {place} glitters: gold cups, silk, and eyes that never stop watching.
    {me} enters {place} behind a line of bowing maids and studies every face.

    [action.tension]
    {me} pours the tea and holds the cup out to {to}, smiling a moment too long.
    {me} and {to} bow to each other; neither bows an inch lower than rank requires.
    {to} kneels. {me} lets the silence stretch until the knees must ache.
    {me} draws a gold nail guard along {to}'s cheek, lightly, like a blade.
    {me} glances at the sachet at {to}'s waist, then at the door.
    {me} sets {prop} on the table and waits for {to} to reach for it.
    {to} offers a sweet; {me} lets it drop to the floor untouched.
    The fan in {me}'s hand snaps shut. {to} flinches.
    {me} circles {to} slowly, studying every thread of the embroidered robe.
    {me} smiles at {to} over the rim of the teacup; the maids stop breathing.
    {me} offers {to} a sweet from the plate; neither of them eats.
    {to} lifts the teacup. {me} watches its surface for a ripple.
    {me} straightens {to}'s hairpin with a smile that never reaches the eyes.
    {me} and {to} kneel side by side before the throne, not looking at each other.
    {to} places a stone on the chessboard. {me} sweeps the whole board clear.
    {me} reads the letter aloud, slowly, watching {to}'s hands.

    [action.tender]
    {me} lifts {to}'s hand and tucks it inside the fur-lined sleeve.
    {me} slides {prop} into {to}'s hair, fingers lingering.
    {me} wraps a cloak around {to}'s shoulders against the falling snow.
    {to} dozes against {me}'s shoulder; {me} does not move until dawn.
    {me} spoons medicine for {to}, blowing on each spoonful first.
    {me} and {to} walk beneath the plum blossoms, sleeves touching.
    {me} dries {to}'s tears with an embroidered handkerchief.
    {me} kneels to chafe {to}'s frozen hands back to warmth.
    {me} presses {to}'s palm to {me}'s cheek and closes both eyes.
    {me} writes a line of poetry on {to}'s fan and hands it back without a word.
    {me} takes the comb from {to}'s hand and unwinds the heavy coils of hair.
    {me} sets a warm hand stove in {to}'s lap and tucks the quilt around it.
    Under the lantern, {me} reads a poem to {to} in a low voice.
    {me} kneels beside {to} on the stones, so that neither kneels alone.
    {me} peels a lychee and lifts it to {to}'s lips.
    {me} traces {to}'s name on the frosted window paper.

    [action.shock]
    The teacup slips from {me}'s fingers and shatters on the tiles.
    {me} sways; a maid catches {me} before the fall.
    {me}'s jade bracelet cracks against the table edge.
    {me} drops to both knees, face white as paper.
    The whole hall falls silent. Even the eunuchs stop breathing.
    {me} stares at {to}, the colour draining from {me}'s lips.
    {me} stumbles back into the painted screen; it topples with a crash.
    {me}'s nail guard scrapes the table in one long, shaking line.
    The maids fall prostrate as one. {me} stands frozen among them.
    {me} clutches {to}'s sleeve, unable to speak.
    The fan slips from {me}'s nerveless fingers.
    {me} grips the edge of the painted screen, knuckles white.
    The medicine bowl tips from {me}'s hands; dark liquid spreads across the floor.
    {me} steps back, and back again, until the wall stops {me}.
    {me}'s hairpin slides loose; the hair tumbles down, and {me} does not notice.
    {me} looks from the edict to {to}, lips moving without a sound.

    [action.cliff]
    The doors of the throne hall swing open. A eunuch raises an edict.
    Blood blooms on {me}'s handkerchief. The teacup rolls across the floor.
    In the window of the cold palace, a candle flares that no one has lit in years.
    A hand reaches out of the dark and snatches {prop} from the table.
    {me} lifts the cradle blanket. The infant inside is not the one {me} left.
    An arrow thuds into the pillar beside {me}, a letter tied to its shaft.
    The Empress Dowager's seal slips from {to}'s sleeve and rolls to {me}'s feet.
    Torches flood the palace gate; soldiers of the {AS} clan march through.
    {me} turns. {to} stands in the doorway, holding the poisoned cup.
    The lotus pond stirs. A pale hand floats up to the surface.
    On the tray, one name tablet lies face down: {me}'s own.
    A eunuch kneels at the door with a sealed box. Inside lies {prop}.
    A baby's cry echoes from the empty nursery.
    {to} lifts the veil. The face beneath belongs to the late consort.
    The {E}'s door swings open, and {me} sees who has been kneeling inside.
    Under {me}'s rice bowl lies a folded note about {secret}.

    [action.exit]
    {me} rises, bows precisely to rank, and withdraws without a backward glance.
    {me} sweeps out, the long train whispering over the threshold.
    {me} backs out of the hall on bended knees, as protocol demands.
    {me} leaves; the bead curtain clatters long after.
    {me} steps into the palanquin. The curtain drops.
    {me} walks off into the snow, each step deliberate.
    {me} turns at the door, looks back at {to} once, and is gone.
    {me} departs, and the maids scatter like startled sparrows.
    {me} flings down the fan and strides out into the rain.
    {me} bows to {to}, lower than needed, and slips away down the dark lane.
    {me} sets down the untouched cup and leaves without being dismissed.
    {me} bows to the empty throne and walks out.
    Two eunuchs lead {me} away; {me} keeps a straight back and dry eyes.
    {me} gathers the long sleeves and disappears down the covered walkway.
    {me} leaves {prop} on the table for {to} to find, and goes.
    {me} walks into the snow without a cloak, and no one dares follow.

    [paren.neutral]
    (bowing)
    (with lowered eyes)
    (in the court manner)
    (evenly)
    (adjusting a hairpin)
    (setting down the teacup)

    [paren.angry]
    (slamming the tea table)
    (through clenched teeth)
    (flinging the cup aside)
    (eyes blazing)
    (voice ringing through the hall)
    (crushing the fan)

    [paren.sad]
    (tears falling silently)
    (kneeling, voice breaking)
    (clutching the empty cradle)
    (gazing at the cold moon)
    (barely above a whisper)
    (stroking a faded sleeve)

    [paren.shocked]
    (the teacup trembling)
    (staggering back)
    (the hairpin falling)
    (gripping the maid's arm)
    (going pale)
    (sinking to the knees)

    [paren.smug]
    (behind a fan)
    (tapping a gilded nail guard)
    (sipping tea slowly)
    (with a honeyed smile)
    (not rising to greet anyone)
    (admiring a jade bracelet)

    [paren.tender]
    (softly, by the lamp)
    (taking a hand)
    (tucking back a stray hair)
    (smiling for the first time)
    (very quietly)
    (brushing snow from a sleeve)

    [paren.afraid]
    (forehead pressed to the floor)
    (trembling)
    (glancing at the door)
    (clutching the sachet)
    (hushed)
    (backing toward the screen)

    [paren.cold]
    (without looking up)
    (flatly)
    (turning away)
    (remaining seated)
    (with an icy bow)
    (voice like winter)
    """#
}
