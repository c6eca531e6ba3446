// Built-in phrasebook: romance, English.
extension PhrasebookSource {
    static let romanceEN = #"""
    # Romance (modern CEO romance): contract marriage, hidden identity, scheming rival,
    # controlling matriarch, misunderstandings, slow thaw, public humiliation and vindication.

    [cast]
    protagonist | f | the broke contract bride | | A café waitress drowning in her mother's hospital debts who signs a one-year marriage contract; stubborn, quick, never begs twice.
    protagonist | f | the hidden heiress | | A humble florist raised by a foster mother, secretly the stolen daughter of the richest family in the city; proud and sharp-tongued.
    protagonist | f | the jilted designer | | A gifted gown designer dumped at her own engagement party, who marries a stranger out of spite and finds more than she bargained for.
    lead | m | the cold CEO | | The ice-cold president of the family group who trusts no one, needs a wife for his grandmother's will, and melts one clause at a time.
    lead | m | the secret heir chauffeur | | A silent driver everyone looks straight through, secretly the true heir hiding to catch a thief inside his own company.
    lead | m | the ruthless young master | | A tabloid-famous heir with a scar nobody asks about, who buys a bride to keep his family off his back.
    antagonist | f | the scheming stepsister | | A sweet-faced stepsister who stole the heroine's place, her fiancé and her name, and will burn everything to keep them.
    antagonist | m | the ambitious cousin | | A charming cousin who smiles at every family dinner while plotting to take the chairman's seat.
    rival | f | the socialite ex-fiancée | | A glittering socialite who left the lead once and now wants him, the ring and the family name back.
    rival | f | the celebrity first love | | A famous actress and the lead's first love, returned from abroad with a camera crew and a plan.
    ally | f | the loyal best friend | | The heroine's loud, fearless best friend who runs a noodle stall and would fight the whole city for her.
    ally | m | the loyal assistant | | The lead's unflappable assistant who knows every secret in the building and quietly roots for the heroine.
    elder | f | the matriarch grandmother | Grandma | The iron-willed head of the family who controls the shares, the will and every dinner seat.
    elder | f | the iron dowager | Madam | A steely old matriarch with a cane and a ledger of grudges, harder to win over than the board.

    [name.f]
    Chloe
    Vivian
    Serena
    Ivy
    Lila
    Nora
    Iris
    Jade
    Mia
    Scarlett
    Elena
    Audrey
    Grace
    Hazel
    Rose
    Stella
    Luna
    Wendy
    Claire
    Daisy
    Fiona
    Bella
    Yvette
    Anya
    Ruoxi
    Qing

    [name.m]
    Adrian
    Ethan
    Julian
    Damien
    Lucas
    Sebastian
    Kai
    Ryan
    Nathan
    Victor
    Leo
    Owen
    Vincent
    Jason
    Sean
    Marcus
    Henry
    Evan
    Colin
    Derek
    Theo
    Jun
    Wei
    Maxwell
    Tingchen

    [surname]
    Gu
    Lu
    Shen
    Su
    Lin
    Qin
    Huo
    Fu
    Jiang
    Chen
    Mo
    Ye
    Sterling
    Blackwood
    Hart
    Wells
    Reed
    Crawford
    Vance
    Hale
    Sinclair
    Ashford
    Grant
    Lockwood

    [place]
    ceo_office | {LS} Group Tower - CEO Office | the office | int | A glass-walled corner office high above the city, cold as its owner, with a locked drawer in the desk.
    registry | Marriage Registry Office | the registry | int | Red backdrops, a queue of happy couples, and two strangers holding a contract instead of hands.
    gala | Grand Hotel Ballroom - Charity Gala | the gala | int | Chandeliers, champagne towers, press cameras and every rich family in the city watching.
    mansion_dining | {LS} Family Mansion - Dining Room | the dining room | int | A long mahogany table where the matriarch decides who sits, who eats and who leaves.
    mansion_garden | {LS} Family Mansion - Rose Garden | the rose garden | ext | Clipped hedges and the old lady's prize roses, where secrets get whispered after dinner.
    grandma_study | {LS} Family Mansion - Grandmother's Study | the study | int | Ledgers, family portraits and a safe that holds the will.
    hospital | City Hospital - Corridor | the hospital | int | Buzzing lights, a payment counter and the operating room door.
    rooftop | {LS} Group Tower - Rooftop | the rooftop | ext | Wind, a helipad and the whole skyline at night.
    rainy_street | Street Outside {LS} Group Tower | the street | ext | Neon on wet pavement, taxis splashing past, nowhere to hide from the rain.
    penthouse_bedroom | Penthouse - Master Bedroom | the bedroom | int | One enormous bed, one sofa, and a contract that says separate rooms.
    penthouse_kitchen | Penthouse - Kitchen | the kitchen | int | A chef's kitchen nobody used until the contract wife moved in.
    bridal_boutique | Bridal Boutique | the boutique | int | White silk, three-way mirrors and a saleswoman who judges the price of your shoes.
    boardroom | {LS} Group Tower - Boardroom | the boardroom | int | A long table of old men, a vote, and the chairman's empty seat.
    car_park | {LS} Group Tower - Underground Car Park | the car park | int | Concrete pillars, a black Maybach, and echoes that carry every whisper.
    cafe | Corner Café | the café | int | The heroine's cramped workplace, smelling of burnt espresso and overdue rent.
    rented_room | Rented Room in the Old Town | the old flat | int | A leaking ceiling, a pile of unpaid bills and one photo of her mother.
    auction | Auction House - Jewelry Sale | the auction | int | Paddles, diamonds and old money bidding against pride.
    airport | Airport - Departure Hall | the airport | int | Departure boards, a boarding call and a last chance to run after someone.

    [prop]
    the marriage contract
    the wedding ring
    the jade pendant
    the silver locket
    the black card
    the pregnancy report
    the DNA test results
    the divorce papers
    the diamond necklace
    the music box
    the red marriage certificate

    [secret]
    contract_setup | major | antagonist | protagonist | who really arranged the contract | You think {L} picked you by chance? I put your file on that desk, {P}. The whole contract was my setup.
    lost_heiress | major | elder | protagonist | where that jade pendant really came from | You were never an orphan, child. You are the stolen daughter of the richest family in this city.
    childhood_savior | major | lead | protagonist | the boy by the lake twelve years ago | The boy who pulled you out of the lake twelve years ago? That was me, {P}.
    crash_cause | major | antagonist | lead | who cut the brakes the night of the crash | Your parents' crash was no accident, {L}. I cut the brakes myself.
    fake_pregnancy | major | rival, antagonist | lead | the truth behind the pregnancy report | {R} was never pregnant, {L}. I paid the doctor to forge that report.
    grandma_knew | major | elder | protagonist | what the old lady has known from the start | I knew exactly who you were on the first day, child. I chose you for {L} myself.
    chauffeur_heir | major | lead, elder | protagonist | who the silent chauffeur really is | I was never just your driver, {P}. I am the real heir of {LS} Group.
    paid_debts | minor | lead, ally | protagonist | who quietly paid off the hospital debts | {P}, {L} paid every cent of your mother's bills before you ever signed.
    hidden_sketches | minor | ally | protagonist | the locked drawer in the CEO's desk | That locked drawer is full of sketches of you, {P}. Years of them, and {L} drew every one.
    contract_burned | minor | lead | protagonist | what happened to the original contract | I burned the contract the night you cried, {P}. This marriage has no end date.
    gambling_debts | minor | antagonist | lead | the gambling debts nobody mentions | I owe forty million to very impatient men, {L}. I need your chair.
    stolen_gown | minor | rival, antagonist | protagonist | who really designed the award-winning gown | {R}'s award-winning gown? The sketches were stolen from your desk, {P}.
    broken_engagement | minor | rival | protagonist | why the old engagement really ended | {L} never dumped me for you. I ran off with a richer man first.
    gala_recording | minor | lead | rival | the recording from the gala night | I recorded everything you told the reporters at the gala, {R}. Every word.
    ally_hired | minor | ally, elder | protagonist | who the assistant really works for | {E} hired me to protect you, {P}, long before {L} ever met you.
    mother_alive | minor | elder | protagonist | the woman in the old photograph | Your mother is alive, child. She has been in a Swiss clinic for twenty years.
    grandma_illness | minor | elder | lead | the hospital visits the old lady hides | My heart is failing, {L}. Before I go, I want to see you truly happy.

    [hook]
    Sign it, and for one year you belong to the {LS} family.
    You want your mother's surgery paid? Then marry me tomorrow morning.
    The bride ran away, {to}. You're the one wearing the dress now.
    A waitress in my grandson's bed? Over my dead body.
    I'm pregnant, {L}. And the baby is yours.
    Three million for one year of your name. That's my offer.
    You spilled coffee on a forty-thousand-dollar suit. How will you pay?
    The divorce papers are on the table, {to}. Sign before dinner.
    Who let the contract wife into the family photo?
    The marriage registry closes in ten minutes. Are you in or out?
    Rule one of this marriage: never fall in love with me.
    Wake up, {to}. You married a stranger last night.
    The {LS} heir gets engaged tonight, and the bride isn't you.
    Kneel and apologize to {R}, or leave this house barefoot.
    My stepsister is walking down the aisle today in my wedding dress.
    Grandma wants a great-grandson by spring. Start acting like my wife.
    Every front page this morning calls you a gold digger.
    You kissed the CEO in front of the entire board?
    The man you married this morning owns the building that fired you.
    One signature, {to}, and every debt you have disappears tonight.
    Your contract ends at midnight. Any last words, Mrs. {LS}?
    This ring has belonged to {LS} wives for five generations. Take it off.
    Someone leaked our marriage contract to the tabloids.
    Get out of my car. Wait. Why are you wearing that pendant?
    The poor girl you humiliated last night? She owns this hotel now.
    I didn't marry you for love, {to}. I married you for revenge.
    Your ex-fiancée just walked into our wedding wearing white.
    Five hundred thousand to leave my grandson. Is that enough?
    Seven years ago you saved my life. Today I'm buying yours.
    The hospital needs the deposit by noon, or they stop the treatment.
    Pretend to love me for one night. Just one, and name your price.
    My sister wouldn't marry the CEO in the wheelchair, so they shoved me into the car.
    Three years married, and he comes home for the first time to ask for a divorce.
    Grandma just announced our engagement on live TV, {to}. We met yesterday.
    The groom in the wheelchair stood up the moment the vows ended.
    Someone paid Mom's hospital bill overnight and left a marriage contract on her pillow.
    {R} is back in town, and she's wearing your grandmother's ring.
    You have twelve hours to find a husband, or the shares go to {A}.
    I'm the girl you splashed with your Maybach in the rain. Now I'm your wife.
    Lost: one contract wife. Last seen leaving the CEO's bedroom at dawn.
    Congratulations, {to}. Your new husband is the man you slapped yesterday.
    Tonight's family dinner has one empty chair, and your name is on it.
    The gossip sites say {L} bought a wife. For once, they're right.
    Our first anniversary, and my husband brought his ex-fiancée as his date.
    Mom's surgery is tomorrow. My wedding is tonight. The groom is a stranger.
    {E} has one rule at this table: liars eat standing up.
    Why is my face on the billboard outside {LS} Tower?

    [accuse]
    You leaked our contract to the press, didn't you?
    You pushed me down those stairs, {to}. I saw your bracelet.
    You married me to win Grandma's shares. Admit it.
    You cut my gown to ribbons on purpose, {to}.
    You forged my signature on the divorce papers.
    You told {R} I was nothing but a paid wife.
    You drugged my champagne at the gala. The waiter confessed.
    You let me believe you were a chauffeur for three months!
    You bribed the nurse to switch the DNA samples, {to}.
    You've been meeting her every Thursday at that hotel.
    You sold the story of my mother's debts to the tabloids.
    You knew about the contract from the start and said nothing.
    Those photos of me and {L} were staged by you.
    You used my mother's hospital bed to trap me into this.
    You read my diary, {to}. Page by page, you read it.
    You pulled the fire alarm at the gala so the reporters could corner me.
    You told Grandma I'm pregnant. I'm not, and you know it.
    It was you in the photographer's car. I saw your coat sleeve.
    {R} didn't find my sketches alone. You gave her the key.
    You switched my seat card so I'd land at the servants' table.
    You've been reading my messages, {to}. How else would {A} know?
    You paid the café owner to fire me, three days before you proposed.
    That wasn't a wrong number last night, {to}. It was your ex.
    You hid my mother's letters in your safe for months.
    {A} slipped the tablets into Grandma's tea. I watched it happen.
    You sat beside me at dinner and lied with a smile.
    So the "chance meeting" at the café was written in your calendar.
    Your assistant booked that honeymoon suite for two. You and {R}.
    The balcony railing didn't loosen itself, {to}. Your gloves were in the bin.
    You kept the ring I threw away and gave it to another woman.
    You pretended to be asleep while I confessed everything.
    The press knew my mother's ward number. Only you knew it, {to}.
    You wore my dress to the auction and called it yours.
    Admit it. You hired those men to stage my rescue.
    You let Grandma believe I stole the jade bracelet.

    [deny]
    I've never touched your gown. Check the cameras yourself.
    That bracelet was stolen last week. It proves nothing.
    Leak it? Why would I humiliate my own wife in public?
    Me, meet {R}? I haven't seen her in three years.
    That signature isn't mine. I never sign in blue ink.
    I had nothing to do with that crash. I was abroad.
    The photos are fake, {to}. Someone wants us apart.
    I never wanted your shares. I asked for one year, nothing more.
    Don't look at me. I was with Grandma all evening.
    I didn't lie about who I am. You simply never asked.
    The waiter is lying. I never left my table all night.
    I didn't sell your story, {to}. I'd sooner burn the paper.
    That report is real. Ask my doctor, if you dare.
    Read your diary? I can barely read your handwriting, {to}.
    I was in Zurich that weekend. My passport says so.
    Ask the driver. I never set foot in that hotel.
    Whoever told you that wants you angry. Don't give them the pleasure.
    Those letters came to my office. I was keeping them safe, not hiding them.
    I'd never hurt {E}. She's the only one who ever fed me.
    Check my phone, {to}. Go on, every message.
    That's not my handwriting on the card, and you know it.
    Me, jealous enough to stage a rescue? Please.
    The café fired you for breaking six cups. I wasn't even in the country.
    I swear on my mother's grave, I never called the press.
    Nobody here touched Grandma's tea except the maid.
    That coat could belong to anyone in this city, {to}.
    Wrong woman, {to}. I wouldn't waste my time on your seating cards.
    Sabotage you? {to}, I have a company to run.
    It's a rumor, {to}. Rumors don't need facts to spread.
    Honeymoon suite? I booked a conference room. Look at the invoice.
    Your ring? It's at the bottom of the river, where you threw it.
    The bracelet was in your drawer? Then someone put it there.
    I don't even have {R}'s number anymore.
    Why would I forge a pregnancy? I can't stand children.
    The footage is edited, {to}. Look at the timestamp.

    [threaten]
    Walk out now, and your mother's surgery is cancelled tonight.
    Breach the contract, {to}, and you'll owe me thirty million.
    Touch my wife again, and the {AS} family is bankrupt by Friday.
    One word from me, and {E} throws you out into the rain.
    Stay away from {L}, or the whole city reads your contract.
    Breathe a word about {secret}, and you'll never work in this city again.
    One phone call, {to}, and your little café closes tomorrow.
    Keep digging into {secret}, and you'll regret the day you signed.
    Sign the divorce papers, or your mother hears everything.
    Cross me at the gala, {to}, and I'll ruin you on live stream.
    You have until the wedding to disappear. After that, I stop being polite.
    Lay one finger on {P}, and I will bury you.
    {E}'s will can change overnight. Remember that before you smile.
    Tell Grandma about {secret}, and I'll tell her about your mother's debts.
    Keep smiling at my husband, {to}, and you'll lose more than your seat.
    One more headline with my name in it, and your magazine is mine.
    Leave tonight quietly, or leave tomorrow in handcuffs.
    I can make your mother's doctor disappear with one transfer.
    Interfere with the board vote, {to}, and your family name goes bankrupt.
    Say {secret} out loud again, and no fashion house will ever hire you.
    The contract has a penalty clause, {to}. I wrote it for days like this.
    Try to reach {L} tonight, and he'll hear my version first.
    Don't make me call your stepfather's creditors, {to}.
    If {R} cries one more time because of you, you're finished.
    The {LS} family has buried stronger women than you.
    Sign the gag order, or your friend's noodle stall closes by Monday.
    You want a war with me, {to}? My lawyers enjoy wars.
    Cross {E} once more, and the will forgets your name.
    I know what you're hiding about {secret}. Play nice, or everyone knows.
    Touch that safe again, {to}, and I call the police myself.
    Walk into the gala on his arm, and the photos go out at midnight.
    Keep digging, and your mother's clinic bill doubles overnight.
    I kept the recording, {to}. Don't make me use it.
    Refuse me again, and your designs will never see a runway.
    Leave my grandson, or this city will forget you ever existed.

    [defy]
    Cancel it, then. I'll find the money without selling myself twice.
    Sue me, {to}. I've got nothing left to lose.
    You bought a year of my time, not my pride.
    I'm not leaving. The contract says I'm his wife until December.
    Throw me out, and I'll walk back in through the front door.
    Go ahead, call the press. I'll tell them my side first.
    I don't kneel, {to}. Not to you, not to anyone.
    Your money can buy this whole tower, but not my silence.
    Ruin me if you can. I started from nothing once already.
    I signed a marriage contract, not a surrender.
    Call {E} down here. I'll explain it to her face.
    Threaten me all you like. I'm still wearing his ring.
    You'll have to drag me out, and the cameras are rolling.
    The photos? Release them. I look good in every one.
    I've already told {E} everything. Try another threat.
    You wrote the penalty clause. I'll write the ending.
    Handcuffs? Bring them, {to}. I'll wear them to the gala.
    My mother raised me on bread and pride. I still have plenty of pride.
    No one tells me who to stand next to. Not even you.
    You want me gone, {to}? Buy a bigger broom.
    Seat me with the servants. I'll still outshine this room.
    Fire me, sue me, shame me. I'm still here tomorrow.
    {R} can cry an ocean. I'm not moving.
    I signed for a year. I never signed away my voice.
    Your lawyers enjoy wars? Good. So do I.
    The will can forget my name. My husband won't.
    Make the call, {to}. I'll hold the phone for you.
    I'm not your employee anymore. Lower your voice.
    Drag my name through every paper. I'll frame the front pages.
    I've been poor, {to}. Poor isn't scary. Being owned is.
    Ruin my runway? Then I'll show my gowns on the sidewalk.
    Go ahead, tell {E}. I'll bring popcorn.
    This ring comes off when I decide. Not you.
    Threats are cheap, {to}. Let's see you pay for one.
    Call security. I'll show them where the cameras are.

    [mock]
    A waitress in couture? The price tag is still showing.
    One year, {to}. Then you're back to pouring coffee.
    Did you really think {L} would love a hired bride?
    Look, the contract wife finally learned which fork to use.
    Your whole family couldn't afford the clasp on this necklace.
    Cheap perfume, borrowed dress, rented husband. Adorable.
    Mrs. {LS}? You're a receipt with a wedding ring on it.
    Even the maids laugh at you behind your back.
    Sweetheart, a ticket to this gala costs more than your life.
    Tell me, does {L} pay you by the hour or by the night?
    Go back to your slum, {to}. This floor is Italian marble.
    Poor thing. You actually believed that ring meant something.
    {E} calls you "that girl." She can't even remember your name.
    Oh look, {to} found the dessert table. First time seeing caviar?
    Does the contract cover your dental plan, or just the ring?
    Bless you, {to}. Knockoff heels on a real marble floor.
    Darling, that's a fish knife. Put the fish knife down.
    Your mother cleaned houses, didn't she? It shows in your posture.
    {L} will trade you in before your contract even expires.
    Does your dress have a return receipt in the pocket?
    A florist at the family table. What next, the gardener?
    I've had handbags that lasted longer than your marriage will.
    Smile wider, {to}. The photographers love a charity case.
    How sweet. You still think this is a love story.
    The maids use better perfume than that, {to}.
    You're not the lady of the house. You're the latest rental.
    Is that your engagement ring? I thought it came in a cereal box.
    Grandma only keeps you around because you're cheaper than a nurse.
    Keep dreaming, {to}. Cinderella had a fairy godmother. You have debts.
    {R} wore that color last season. Better.
    I hope the contract includes etiquette lessons, {to}.
    Your best friend sells noodles? How very authentic.
    Everyone at this gala knows exactly what you cost.
    Careful, {to}. That chair is older than your whole family tree.

    [endure]
    Laugh while you can. I'm remembering every word.
    I'll pour your coffee today. Tomorrow is another story.
    The dress is borrowed, {to}. My dignity isn't.
    Fine. I'll smile, I'll bow, and I'll keep the receipts.
    Say what you want. The ring is still on my finger.
    I've been called worse by people who mattered more.
    Thank you for the lesson. I'll return it with interest.
    I've survived debt collectors, {to}. I can survive you.
    I'm not crying. The champagne stings, that's all.
    Let them laugh. Three hundred and sixty days left.
    I'll take it tonight. Tomorrow, {to}, watch very closely.
    Spill whatever you like. I'll clean it, then I'll clean house.
    My mother taught me to hold my head up, even on my knees.
    Go on. Every insult is one more line in my notebook.
    I'll eat standing up tonight. My legs are stronger than your lies.
    Mock the dress, {to}. I sewed it myself in two nights.
    I'll bow. Bowing costs me nothing. It'll cost you plenty.
    The tea was served cold on purpose. I'll drink it anyway.
    Laughing at a florist? Roses have thorns, {to}.
    Call me a rental. Rentals learn where every key is kept.
    I've scrubbed floors for less respect than this. I'm fine.
    Smile, nod, survive. Then win.
    You'll get your scene, {to}. Just not tonight.
    Fine. Seat me by the kitchen. I like being near the exit.
    My debts are real. So is the day I pay them off.
    One more round, {to}? I've got all night.
    Spill the wine. The stain comes out. Your words won't.
    I can swallow this. I've swallowed worse for my mother.
    The contract says smile in public. Watch me smile.
    Whisper all you like. I read lips, {to}.
    I'll keep my head down until the day I don't have to.
    It's only a name, {to}. I've answered to uglier ones.
    Cheap heels walk just as far, {to}. Farther, actually.
    Let {R} have tonight. I'm playing for the whole year.

    [question]
    Why me, {to}? There were a hundred richer girls.
    What's inside the locked drawer of your desk?
    Who paid my mother's hospital bills before I even signed?
    What do you know about {secret}, {to}?
    Why does {E} keep staring at my pendant?
    Were you ever going to tell me about {secret}?
    Where were you the night of the crash, {to}?
    How did {R} get a key to our penthouse?
    Is the contract the only thing you've lied about?
    Who is the girl in the photo on your desk?
    Did you know who I was when you proposed?
    What does {A} gain if this marriage falls apart?
    Why is there a second signature on our contract?
    Who taught you to cook like that, {to}? You said you grew up alone.
    Why are there two rings in your drawer?
    Did {E} arrange our first meeting, or was that luck?
    Whose name is engraved on the back of {prop}?
    Why does {R} go pale every time someone mentions Paris?
    When exactly did you stop pretending, {to}?
    Why do you sleep with the light on, {to}?
    How long has {A} been meeting the board behind your back?
    Was any of it real, {to}? Even one night?
    Who keeps sending white roses to my mother's ward?
    Why would a driver wear a watch worth a small apartment?
    Why is {R} suddenly so interested in {secret}?
    How did my sketches end up in her portfolio, {to}?
    Tell me honestly. Does {E} know about {secret}?
    Why did you flinch when I mentioned the lake?
    Who was on the phone just now, and why whisper?
    If the contract ended tomorrow, would you even notice?
    What did you promise Grandma in the garden last night?
    Why is my mother's maiden name in your family records, {to}?
    Who else has a copy of our contract?
    Since when does the chairman drive the company car himself?

    [explain]
    Grandma's will says I inherit only if I'm married. You were convenient.
    I needed a wife nobody could buy, {to}. You'd already refused my money.
    The {LS} family has made contract marriages for three generations.
    {R} and I were engaged by our parents. I never chose her.
    My mother's surgery costs more than I could earn in ten years.
    The board won't back an unmarried CEO. Old men, old rules.
    I drove the company car to find out who was stealing from the inside.
    The pendant was the only thing in the orphanage basket with me.
    {A} has wanted the chairman's seat since we were kids.
    Our families merged twenty years ago. The {AS} side never forgave us.
    I kept my distance because every woman near me gets hurt.
    {E} chose you personally, {to}. She watched you for months.
    The contract protects you more than me. Read clause nine.
    Grandma raised me after the crash. Every rule in this house is hers.
    {R} left me at the altar for a shipping heir. Then the shipping heir went broke.
    The board meets every quarter to decide if I'm still fit to lead.
    My stepsister took my name when I was nine. I've been nobody since.
    The jade pendant is a {LS} heirloom. Only firstborn daughters wear one.
    I played the driver, {to}, because the driver sees everything.
    My mother's heart needs a transplant, and the waiting list has a price.
    The contract was Grandma's idea, {to}. I only wrote the clauses.
    {A} lost the Macau hotels at the card tables. The chairman's seat covers that debt.
    The locked drawer holds one thing: the only letter my mother ever wrote me.
    I left design school to pay the rent. I never stopped sketching.
    {E} hates liars because my grandfather was one.
    The gala raises money for the hospital where you were born, {to}.
    Every {LS} heir marries before thirty. It's written into the family trust.
    The press hounds me because of my father's scandal, not my money.
    I found a contract like ours in Grandpa's study. He used one too.
    I keep the light on because someone locked me in the dark once.
    Our first meeting wasn't luck, {to}. I'd seen your sketches at the exhibition.
    {R}'s father owns half the newspapers. That's why the headlines hate you.
    The ring was my mother's. She'd want it on a hand that works.
    One word to the press would have ended your mother's treatment. So I kept quiet.

    [evade]
    It's late, {to}. Finish your soup.
    Some doors in this house are better left closed.
    Ask me again when the contract ends.
    Who told you about {secret}? Forget you heard it.
    That's a story for another rainy night.
    You ask a lot of questions for a contract wife.
    The meeting starts in five minutes. We'll talk later.
    Why do you care about {secret}? It's ancient history.
    I don't remember, {to}. And neither should you.
    {E} is waiting downstairs. Fix your lipstick.
    Drink your tea before it gets cold.
    Not here. Too many ears at this party.
    You'll get your answer when you're ready to hear it.
    You smell like rain. Go shower first.
    Ask me something easier, {to}. Like the weather.
    The lake? Lots of children fall into lakes.
    That's confidential, Mrs. {LS}. Clause eleven.
    I'd rather not spoil dessert with {secret}.
    Later, {to}. The car is already outside.
    What drawer? Oh, that one. Paperwork, nothing else.
    It's past midnight, {to}. Nothing said after midnight counts.
    Grandma asked me never to discuss {secret} under her roof.
    Why are we talking about me? Your soup is getting cold.
    Some things I'll only tell you on our anniversary.
    Paris was a long time ago, {to}.
    That's a question for my lawyer.
    Don't ask about {secret} tonight, {to}. Just let me hold you.
    I had a feeling, that's all. Don't read into it.
    The driver? He's on holiday. Indefinitely.
    Let's revisit that after the board vote.
    You really want to argue in front of the florist?
    I'm not answering that sober, {to}.
    Look, fireworks. Isn't the view lovely from here?
    The answer is in the contract, if you ever read page twelve.

    [tease]
    Blushing already, {to}? I haven't even touched you.
    The contract says separate rooms. It doesn't say separate beds.
    Call me husband once. Just practice, for Grandma's sake.
    You keep staring at my lips, Mrs. {LS}.
    Tie my tie, {to}. I hear wives do that.
    Jealous? I like that look on you.
    Careful. Smile like that again and I'll forget the contract.
    You slept in my shirt again. Should I start charging rent?
    Come closer. Grandma's watching from the window.
    Your heartbeat is louder than the rain, {to}.
    For a fake wife, you kiss very convincingly.
    Admit it. You missed me at breakfast.
    I read the contract twice. Nothing in it forbids kissing.
    You wore red. Was that for the cameras or for me?
    Use that voice on me again, {to}, and we skip the gala.
    Clause three says no touching. I'm renegotiating tonight.
    You're cute when you pretend not to be jealous.
    I bought the café, {to}. Now you can't quit on me.
    Your lipstick's smudged. Should I fix it, or make it worse?
    Who knew the contract wife could dance this well?
    I counted, {to}. You looked at me forty times during dinner.
    Grandma wants a great-grandchild. I'm just trying to be obedient.
    That's my sweater. It looks better on you, which is unfair.
    Lean on me, Mrs. {LS}. Purely for the photographers.
    One kiss for every clause you broke this week. That's seven.
    You fell asleep on my shoulder. I've got photos.
    Stay still, {to}. There's frosting on your lip, and I'm hungry.
    If this is acting, {to}, you deserve an award.
    Are you blushing, or is the champagne that strong?
    Next time you want to hold my hand, {to}, just ask.
    I'd add a clause for breakfast in bed, but you'd argue.
    The bed's big enough for two. I measured.
    Caught you reading my sketchbook, {to}. Like what you see?
    Careful. Glare any harder and I'll think you like me.

    [fluster]
    I— that was for the cameras! Nothing else!
    W-who's blushing? The heating is too high in here.
    Stop looking at me like that. It's not in the contract!
    I wasn't waiting up for you. The movie was just long.
    That kiss was an accident. Accidents happen to everyone.
    My shirt was soaked and yours was clean, that's all!
    Don't come any closer, {to}. I'm warning you!
    I didn't say husband. You misheard me completely.
    I'm not jealous! I just can't stand her perfume.
    Why are you shirtless in the kitchen at seven in the morning?
    I-I'll take the sofa. It's very comfortable, honestly.
    We agreed on no touching! Clause three, remember?
    Whatever I said while I was drunk, forget it. All of it.
    I was not sniffing your pillow! It smelled like detergent!
    Stop counting my glances, {to}! That's creepy!
    My lipstick is fine, {to}! Stop staring at it!
    It was cold in the car, that's the only reason I held your hand.
    Why are you in my room? Knock! Normal people knock!
    I-I wasn't jealous of {R}. Her dress was just ugly.
    Don't tell Grandma I fell asleep on you. Please.
    That sweater was on the floor! I was just tidying!
    Acting! It's called acting, {to}! Look it up!
    Fine, I danced with you. Once. Don't make it a thing.
    Put a shirt on before we discuss the contract!
    You can't just buy a café because I work there!
    I didn't wait up. I was... watering the plants. At midnight.
    W-why would I read your sketchbook? It was just lying there.
    That wasn't a kiss, {to}. Our faces collided.
    The bed is big, yes, but the sofa has character.
    Don't look at me when you say things like that!
    I'm not smiling. This is my angry face, {to}.
    Who says I remembered your birthday? The calendar did.
    Stop laughing, {to}! The cake collapsed on its own!
    My heart is racing because of the stairs. Only the stairs.

    [tender]
    Whatever the contract says, I'm not letting you go.
    You don't have to be strong tonight, {to}. I'm here.
    I tore out the page with the end date. Stay.
    I fell for you somewhere between clause one and clause nine.
    Your hands are freezing. Give them to me.
    Twelve years, {to}. I've been looking for you for twelve years.
    Let the whole city talk. You're my wife.
    Sleep. I'll keep watch by the door.
    If you fall, I fall with you.
    I don't want a contract wife. I want you.
    You came back. In all this rain, you came back for me.
    Wear the ring because you want to, not because you signed.
    Every night I pretended to sleep, just to watch you a little longer.
    I'd sign a thousand contracts if every one ended with you.
    You never have to earn your place beside me, {to}.
    Close your eyes. I'll tell you when the storm is over.
    I memorized how you take your coffee on day two.
    When you laugh, this cold house feels warm for once.
    Let me be the one who waits up for you tonight.
    I found you, {to}. I'm done looking.
    Keep the ring. Keep the name. Keep me.
    You saved a drowning boy once. Let him save you back.
    Don't apologize for crying, {to}. Not with me.
    The contract ends in December. I don't.
    Hold on to me, {to}. The whole world can wait.
    The board never scared me. An empty side of the bed does.
    Every morning, I check that you're still here.
    Your mother asked me to take care of you. I promised forever.
    You can rest your head here. It's yours, {to}.
    I'd give up the chairman's seat before I gave up you.
    For the first time in my life, I want to go home early.
    Call me whatever you like, {to}. Just keep calling.
    Your hand fits mine like it was measured for it.
    I love you, {to}. No clause, no price, no end date.

    [scheme]
    Slip this into her champagne. By midnight, she's a scandal.
    Tell the press she's a gold digger. I'll send the photos.
    Once {L} signs the divorce, the shares come back to us.
    Swap the DNA samples. Nobody ever checks twice.
    Get the old lady alone on the stairs. One fall, and the will reopens.
    We stage the hotel photos tonight. {L} sees them at breakfast.
    Forge her signature on the share transfer. She never reads anything.
    At the gala, you cry. I'll handle the microphone.
    Leak the contract the morning of the board vote.
    Book the suite next to theirs, and let the maid find your earring.
    If the real heiress never shows up, the inheritance stays with me.
    Find out which hospital her mother is in. Leverage is leverage.
    Pay the nurse double. That pregnancy report has to look real.
    Invite {P}'s mother to the gala. A public scene is worth ten private ones.
    Hire a fake ex-boyfriend. Let him crash the wedding.
    Move the board vote to Friday, while {L} is in Tokyo.
    Send {E} the hotel bill with {P}'s name on it.
    Hide a camera in the penthouse. Contracts leak from bedrooms.
    Tell the jeweler to swap the pendant for a copy.
    Make {P} break the contract first. The penalty does the rest.
    Buy the noodle stall's lease. Let's see how loyal the friend is then.
    Get me the seating chart. I want {R} right beside {L}.
    Start the rumor at the boutique. Rich wives gossip faster than any paper.
    Delay {P}'s hospital transfer. Desperate people sign anything.
    Find the orphanage records before the old lady does.
    Whisper to the board that {L}'s marriage is fake. Doubt is enough.
    Pay the photographer to crop the picture. Only the kiss, never the context.
    Let her find the divorce papers. Unsigned, on her pillow.
    Tell the press I'm carrying his child. Let {L} do the math.
    At the charity auction, outbid her on her mother's necklace.
    Change the code on the safe. The real will stays with us.
    Book the lake house for their anniversary. Old memories make people careless.
    When {E} naps, we search the study. Thirty minutes, no more.
    Cry on the live stream. Sympathy buys more shares than money.

    [agree]
    Fine. The photos go out at dawn.
    Consider it done. She'll be gone before the wedding.
    Half the shares, {to}. Then I'm in.
    The reporters are already paid for.
    I'll keep {L} busy until midnight.
    Done. The nurse works for us now.
    Deal. But if this goes wrong, I never met you.
    I'll bring the champagne. You bring the tears.
    All right. One year of my name, not a day longer.
    You have a deal, {to}. Where do I sign?
    For Grandma's sake, I'll play your loving wife.
    Okay. The maid will plant the earring tonight.
    Count me in. That girl has had it coming for years.
    Tokyo on Friday. I'll make sure {L}'s flight runs late.
    Fine by me. I never liked that noodle stall.
    I'll have the seating chart by dinner.
    Leave the camera to me. The maid owes me a favor.
    Agreed, {to}. Nobody suspects a crying woman.
    Thirty minutes in the study. I'll keep watch.
    Yes. And I'll wear white, just to twist the knife.
    If it gets me the chair, {to}, I'll do it.
    Understood. The jeweler works Sundays for the right price.
    All right, I'll be your date. Strictly business.
    Say no more. I know exactly which reporter to call.
    Fine, {to}. One dinner with your family. Then we renegotiate.
    Of course, Grandma. I'll wear the pendant tonight.
    You're right. A fake engagement buys us time.
    Okay, {to}. I'll move into the guest room. Temporarily.
    I'm in, {to}. But I'm keeping my own copy of everything.
    Deal. No love, no questions, no regrets.
    I'll play the perfect granddaughter-in-law. Just watch.
    Very well. The lake house it is.
    If you're sure, {to}, I'll tell the board tomorrow.
    Fine. I'll smile at {R} and mean none of it.

    [plead]
    Please, {to}. My mother has three days.
    Just read my letter before you sign the divorce.
    Don't tell {L}. I'm begging you.
    Give me one more week. I'll find the money somehow.
    {E}, please. Let me explain before you decide.
    Open the door, {to}. It's pouring, and I'm not leaving.
    Believe me once. Just this once.
    Don't get on that plane. Stay and fight with me.
    I'll do anything you ask. Just don't cancel the surgery.
    Please, keep the reporters away from my mother.
    Let me see the contract one more time, please.
    {L}, don't marry her. Not like this.
    Forgive me, {to}. I was terrified of losing you.
    {E}, give me one month. If I fail, I'll leave on my own.
    Take the ring, take the money. Just let me see my mother.
    Don't believe the photos, {to}. Believe me.
    Please, I'll sign anything. Anything but the divorce.
    Let me explain the pendant. It's not what you think.
    Wake up, {to}. Please, just open your eyes.
    I'm begging you, {to}. Delete that video.
    Tell me what I did wrong, and I'll fix it.
    Call off the wedding, {L}. I'll do whatever you want.
    Please don't make me choose between you and my mother.
    Five minutes, {to}. Give me five minutes before you board.
    I'll pay back every cent, I swear. Just not today.
    Don't send me abroad. This city is the only home I have.
    {E}, the mistake was mine. {P} shouldn't pay for it.
    Hear me out once before you hate me forever.
    Be angry with me inside, {to}. Not out here in the rain.
    Let my mother finish her treatment, {to}. Then do what you want.
    I'll kneel if I have to. Just don't tell Grandma.
    Stay one more night. I won't ask for anything else.
    Please, {to}. I never wanted any of this.
    Give back my sketches. They're all I have left of my father.

    [refuse]
    No. I don't sell myself at any price.
    Keep your check, {to}. I'm not for sale.
    I won't sign. Not today, not ever.
    Divorce? Not until you tell me the truth.
    I won't kneel for something I didn't do.
    No. This ring stays on my finger.
    I'm not apologizing to {R}. She threw the first glass.
    Your money, your rules, your family. No, thank you.
    I refuse to be your secret wife, {to}.
    Ship me abroad? I'd rather sleep on the street.
    Absolutely not. I won't marry {R}, Grandma or no Grandma.
    I won't lie to the press for you, {to}.
    No more contracts. Love me or let me go.
    I don't want your apology, {to}. I want the truth.
    Move into your bedroom? The sofa suits me fine.
    No, Grandma. I won't give him up to keep the peace.
    Take your necklace back. I don't wear pity.
    I'm not getting in that car. Not with {R} in it.
    No deal, {to}. My mother isn't a bargaining chip.
    Play your fiancée for the cameras tonight? Find another actress.
    Thank you, {to}, but I pay my own way.
    Not a chance. That gown is my design, and I'm wearing it.
    I won't sign a single page until my lawyer reads it.
    I don't need the black card. I need you to listen.
    You can stop asking, {to}. The answer is still no.
    No. I'm not leaving {L} because you waved a check at me.
    Pretend I didn't see it? My eyes work fine, {to}.
    Drop the charges? After what {A} did? Never.
    No more favors, {to}. I'm done owing you.
    I refuse to sit at that table while {R} takes my seat.
    Grandma, a marriage for shares? Once was enough.
    Keep the penthouse. I'm going back to my old flat.
    I'm not going to the gala as your decoration.
    No. Tell the board yourself, {to}.

    [command]
    Sign it now, {to}. I won't ask twice.
    Move into the penthouse tonight. Grandma checks everything.
    Smile, {to}. The cameras love a happy couple.
    Get in the car, or I carry you in.
    Cancel every meeting. Find my wife.
    Bring me the hotel footage. Every second of it.
    Call my lawyers. Tonight we finish the {AS} family.
    Take her hand, {L}. The whole family is watching.
    Kneel and pour {E}'s tea. Properly, this time.
    Pack her things. She's gone before dawn.
    Wear the red dress to the gala. Trust me.
    Freeze every account under {A}'s name.
    Look at me, {to}. Not at him.
    Sit next to me, {to}. Grandma is counting the seats.
    Put the ring back on. We have guests.
    Delete every photo from that night. Every copy.
    Get my grandmother's doctor on the phone. Now.
    Book the jet. We leave for Zurich in an hour.
    Bring {R} to my office, and lock the door behind her.
    Drive, {to}. Don't stop until I say so.
    Stop the press conference. Nobody speaks until I arrive.
    Open the safe, {to}. The code is her birthday.
    Eat, {to}. You haven't eaten since yesterday.
    Pull the security tapes from the boutique.
    Tell the board the wedding is on schedule.
    Change out of that wet dress before you catch a fever.
    Send flowers to the hospital. White ones, every day.
    Hand me the DNA report, {to}. Unopened.
    Cancel {A}'s access card tonight.
    Stand up straight, child. You're a {LS} now.
    Say it in front of everyone, {to}. Loudly.

    [warn]
    {P}, be careful. {R} booked the table next to yours.
    Don't drink anything at the gala tonight. Anything.
    {A} was asking about {secret}. Watch your back.
    {E} never forgives a lie. Don't hand her one.
    That contract has a clause you didn't read, {to}.
    Reporters are camped outside the mansion. Use the back gate.
    If {L} finds out about {secret}, you lose everything.
    {R} never loses quietly. Expect a scene.
    A car has been following yours since the hospital.
    Don't trust the new maid. She came from the {AS} house.
    The board meets at nine, and {A} already has the votes.
    Stay off the rooftop tonight, {to}. I mean it.
    Whatever you hear about {secret}, don't react in public.
    {R} just checked into the hotel across the street.
    Grandma tests every new bride. Don't fail the tea.
    The board knows the marriage is a contract, {to}. Someone talked.
    Don't open any package without me, {to}. Not one.
    The nurse on your mother's ward was paid off. Switch hospitals.
    {A} is drafting a new will with the family lawyer.
    Whoever took the photos knows about {secret} too.
    Don't say a word about {secret} near {R}'s assistant.
    The pendant draws attention. Keep it under your collar.
    {L}'s ex never leaves a party without a headline.
    Tonight, stay close to me. Closer than the contract says.
    Someone copied your key card this morning, {to}.
    Grandma's lawyer arrives at noon. Get your story straight.
    The reporter at table six isn't a guest.
    If {E} asks about {secret}, tell the truth. She already knows.
    Your phone's been cloned, {to}. Use mine.
    The lake house isn't safe this weekend. Trust me.
    {A} has a copy of your contract. All forty pages.

    [reveal]
    You want the truth, {to}? Sit down first.
    I kept this quiet for twelve years. Not anymore.
    Here's what the contract never told you.
    {E}, everyone, listen. There's something you all need to hear.
    Fine. No more lies between us.
    I found this file in {A}'s safe. Read it with me.
    The DNA results are here. I'll read them aloud.
    You asked who I really am. Here's your answer.
    Turn on the big screen. The whole ballroom should see this.
    Before you sign anything else, {to}, you need to know this.
    I was there that night. I saw everything.
    I promised your mother I'd keep this secret. I'm breaking that promise.
    Listen carefully, because I'll only say this once.
    The letter was in your mother's handwriting. I'll read it.
    Remember the boy at the lake? Stop guessing. Look at me.
    Everyone thinks they know {other}'s story. They don't.
    This recording is from the night of the gala. Listen.
    Grandma, I'm done pretending. Hear me out.
    Here are the hospital records. Nobody's lying anymore.
    You wanted to know what's in the drawer, {to}? Open it.
    I found the orphanage file. Your name was changed.
    My lawyer is outside. Let him read the real will.
    Sit, everyone. Dessert can wait. The truth can't.
    I wasn't going to say this at dinner, but here we are.
    The photographer confessed. Shall I show you his statement?
    {to}, I lied to you once. Let me correct it tonight.
    This jade pendant has a twin. Guess who wears it.
    Turn around, {to}. The person behind you owes you an explanation.
    There's one more page of the contract nobody ever saw.
    Pull up the bank transfer. The name speaks for itself.
    Before the vows, one confession.

    [shock]
    That's impossible. I watched you sign it.
    You... you were the boy at the lake?
    All this time, and you never said a word?
    My whole life has been a lie?
    No. Not {E}. She wouldn't.
    Then whose child is {R} carrying?
    The contract was a setup from day one?
    The richest family in the city... is mine?
    Wait. Say that again, slowly.
    {to}, tell me this is some kind of joke.
    I married the man who saved me, and never even knew.
    The chauffeur... owns the whole company?
    You cut the brakes? You killed them?
    You're telling me {E} knew? From the very first day?
    Twelve years of silence? From him?
    My mother's signature... on your family's contract?
    {R} isn't pregnant? Then what was the ultrasound?
    That's my baby photo. Where did you get it?
    Hold on. You're the anonymous donor?
    The driver was you. Every single morning, it was you.
    {to}, this can't be my father's handwriting.
    Grandma planned all of it? Even the rain?
    I hated you for something you never did, {to}.
    Two rings... one for me, and one for who?
    My stepsister was never even adopted?
    {A} sold the shares? To whom?
    You burned the contract months ago? And let me worry every night?
    Wait. Then the boy at the lake... was {L}?
    How long have you been sick, Grandma? How long?
    The whole wedding was filmed for a reality show?
    I'm the heiress? Me? The girl who sold flowers?
    You've been paying the hospital all along, {to}?
    My stepsister? She was the one driving that car?
    You're saying I was stolen? From a hospital crib?

    [comfort]
    It's over, {to}. Nobody can hurt you now.
    Cry if you need to. I've got your coat.
    Your mother's surgery went well. She's asking for you.
    Let them talk. The truth always gets louder.
    I'm here. The contract can go to hell.
    You did nothing wrong, {to}. Nothing at all.
    {E}'s bark is worse than her bite. She likes you.
    Breathe. We'll fix this together.
    Whatever they say at that gala, I'm on your side.
    Come here. You're soaked to the bone.
    You're not alone anymore, {to}. Not ever again.
    The doctor says your mother is strong, just like you.
    Forget the headlines. Look at me instead.
    Your mother's awake, {to}. She asked if you'd eaten.
    Let the headlines scream. I've seen the real you.
    Shh, {to}. The storm can't get in here.
    I'll talk to Grandma. She'll come around.
    They can take the dress. They can't take your talent.
    You're shaking, {to}. Let me hold you until it stops.
    Tomorrow we go to the hospital together. You won't walk in alone.
    {R} is loud. You're right. Those aren't the same thing.
    I'm not going anywhere. Ask me every night if you want.
    You're allowed a bad day, {to}. Even you.
    Eat something first. Then we'll fight the world.
    The board will forget this by Monday. I won't forget your courage.
    Nothing you lost tonight is gone for good.
    Your father would be proud of these sketches, {to}.
    Lean on me. That's what husbands are for, apparently.
    Let the lawyers worry. You sleep.
    Nobody calls you cheap while I'm alive.
    Look at me, {to}. You're safe. I promise you're safe.
    Bad nights end. I'll stay up with you till this one does.
    {E} keeps your photo on her desk. She believes in you.
    Here, take my scarf. It's freezing, and you're stubborn.

    [thank]
    Thank you for believing me when nobody else would.
    You paid the bills and never said a word. Thank you.
    {F}, I owe you my life tonight.
    Thank you for the umbrella, {to}. And for staying.
    I don't know how to repay you yet. But I will.
    Thanks for standing beside me at the gala.
    You saved my mother. I'll never forget that.
    Thank you, {E}, for giving me a chance.
    Thank you for not letting me walk away.
    Thanks for the coffee, {to}. And for the alibi.
    You kept my secret. That means everything to me.
    Thank you for seeing me, not the contract.
    I owe you one, {to}. A big one.
    You stood up to Grandma for me. Nobody's ever done that.
    You remembered my mother's favorite flowers. Thank you, {to}.
    I didn't expect anyone to come. Thank you for coming.
    Thanks for lying to the reporters. Just this once.
    You found my father's sketches. I can't thank you enough.
    {F}, thanks for the noodles and the shoulder.
    That quiet nudge toward the right fork? I owe you for that.
    You saved my design, {to}. And my reputation.
    Thank you for waiting in the rain. You idiot.
    I owe you more than the contract could ever cover.
    You never once believed those photos, {to}. I'm grateful.
    Grandma, thank you. I know what that ring means to you.
    A ride home and zero questions, {to}. You're a saint.
    You gave me a year I'll never regret. Thank you.
    All night at the hospital, you held my hand, {to}.
    Thanks, {to}. I didn't know I needed that.
    You took the blame for me in front of the board. Thank you.
    The truth hurt. I'm still grateful you told me.
    I'll never forget that you fought for my mother's treatment.
    Thank you, {to}, for treating my friends like family.
    Every night the porch light was on. I noticed. Thank you.

    [triumph]
    The gown you stole? I designed it. Check the label.
    Meet the new owner of {AS} Holdings. Please, keep bowing.
    You called me a gold digger. I just bought your father's company.
    Security, escort {R} out. She's no longer on the guest list.
    Read the board vote, {to}. Every single seat chose me.
    The recording is already with the police. Smile for the cameras.
    The real heiress is standing right here. Apologize.
    That waitress you tripped last year? She signs your paychecks now.
    Kneel, you said? Funny. Now the whole ballroom is watching you.
    My wife doesn't need your approval. She has mine.
    Every share you pledged belongs to the {PS} family now. Checkmate.
    The ring fits me, {to}. It never fit you.
    {E}, the forgery is exposed. The {LS} name is clean again.
    You bet I'd crawl back begging. I came back with lawyers.
    Say "poor girl" one more time. The cameras are still rolling.
    The contract is torn up. From today, I'm his wife for real.
    Your fake report, your fake tears, your fake baby. All exposed tonight.
    The boutique that laughed at me? I bought it this morning.
    Please, {to}, finish your speech. The police are enjoying it.
    You stole my sketches. I kept the originals, dated and signed.
    Grandma gave me the family seal tonight. Try to take it now.
    Remember the waitress you wouldn't tip? Meet the chairman's wife.
    {R}, your lawyer just called. He's representing me now.
    My real name is on the deed of this mansion, {to}. Read it.
    The hospital confirmed it, {to}. No baby, no doctor, no future.
    Every paper that called me a gold digger printed a retraction today.
    The board just voted, {to}. {A} is out, effective immediately.
    I'm not the contract wife anymore. I'm the majority shareholder.
    Look at the stage, {to}. My gown is the one winning.
    You wanted me out of this family. Sadly, the DNA disagrees.
    Grandma's will names one heir, and she's standing in front of you.
    The necklace you mocked, {to}? It's worth your whole wardrobe.
    Take a good look, {to}. This is what a real {PS} looks like.
    Thank you for the scandal. Our stock went up twelve percent.

    [cliff]
    Before you sign, there's something about that contract you should know.
    {to}, the DNA results just came back. Sit down.
    Walk out that door, and our contract is void. Choose.
    I know about {secret}. And tomorrow, so will {L}.
    Someone has been lying to you about {secret}.
    Open the box, {to}. Then tell me you still trust {L}.
    {E} just changed the will. Your name is in it.
    The car that hit your mother was registered to the {AS} family.
    {R} is downstairs, {to}. And she brought a lawyer.
    That pendant... where did you get it?
    You're not the first contract wife, {to}. You're the third.
    The press conference starts in an hour. Pick a side.
    If I tell you the truth, you'll leave me. So don't ask.
    The real heiress died twenty years ago. So who are you?
    Tomorrow morning, the whole city will know you're my wife.
    I'll give you one night to decide, {to}. Him or me.
    Check the signature on page four. It isn't mine.
    Somebody wants you gone before the contract ends.
    {E} wants to see you. Alone. Tonight.
    The wedding is still on. But the groom has changed.
    There's a second contract, {to}. And you signed it too.
    Don't go to the gala tomorrow. Promise me.
    Say it again, {to}. Say you don't love me.
    The baby's blood type doesn't match {L}'s. So whose is it?
    Before midnight, you'll learn the price I paid to hide {secret}.
    If {L} finds out about {secret}, this marriage is over.
    Your real father is alive, and he's sitting in that boardroom.
    The brakes didn't fail, {to}. Someone made them fail.
    I signed the divorce papers. So why are you crying?
    One more step, {to}, and I stop pretending this is a contract.
    The man in the photo with your mother... that's {L}'s father.
    Wait. If you're the real heiress, then who is she?
    The contract you signed last night? It was never notarized, {to}.
    {E} collapsed on the stairs. And {A} was the last one with her.
    Somebody just bought my mother's hospital. The new owner's name is {LS}.
    I didn't marry you by accident, {to}. I've been searching for you.
    Open the safe, {to}. The will they read tonight was a fake.
    There's a baby photo of you in {R}'s handbag. Why?
    The lake, the storm, the boy... {to}, was that you?
    Walk into that ballroom tonight as my fiancée, or don't walk in at all.
    Your mother signed something too, {to}. Twenty years ago.
    {L} is on that plane. It leaves in forty minutes.
    They found your name in the chairman's will. Right above mine.
    One more secret, {to}, and then I swear there are none left.
    The pregnancy test on the sink... it isn't mine.
    Whoever mailed you this ring knows all about {secret}, {to}.

    [action.open]
    Rain streaks the windows of {place}. {me} waits, {prop} on the table.
    {place}, long after midnight. One lamp burns where {me} sits alone.
    Morning light spills across {place}. {me} stares at {prop} and does not move.
    Heels click across {place}. Every head turns as {me} walks in.
    {place} falls silent the moment {me} appears in the doorway.
    Phones buzz all over {place}. Every headline is about {me}.
    {me} steps into {place} in a borrowed dress, chin high.
    {place} smells of rain and expensive perfume. {me} checks the time again.
    Cameras flash outside {place} as {me} steps out of a black Maybach.
    {me} paces {place}, an unpaid hospital bill crumpled in one fist.
    Dawn at {place}. {me} ties an apron, a wedding ring hidden on a chain.
    Chandeliers blaze over {place}; {me} hesitates at the top of the stairs.
    {place} is set for a family dinner. One name card is missing: {me}'s.
    Thunder rolls over {place}. {me} reads the contract by candlelight.
    {me} arrives at {place} early and straightens every chair twice.
    A string quartet plays at {place}. {me} scans the crowd for one face.
    {place}, quiet as a church. {me} sits across from an empty chair, holding {prop}.

    [action.tension]
    {me} slams the contract down on the desk in front of {to}.
    {me} pins {to} against the wall with one arm, eyes like ice.
    {me} and {to} face off across the table; nobody touches the food.
    {me} grabs {to}'s wrist. The wedding ring glints between them.
    {me} tosses a check at {to}'s feet. It flutters to the marble floor.
    {me} leans in close, close enough to make {to} flinch.
    {me} tears the photo in half and lets the pieces fall before {to}.
    {me} blocks the doorway. {to} cannot leave without brushing past {me}.
    {me} raises a champagne glass to {to}, then pours it slowly onto the floor.
    The room goes quiet as {me} and {to} lock eyes. Neither looks away.
    {me} snatches {prop} from {to}'s hand and holds it out of reach.
    {me} steps between {to} and the door, arms folded.
    {me} lets the silence stretch until {to} looks away first.
    {me} sets down a fork with a sharp click; across the table, {to} stops smiling.
    {me} reaches for {to}'s ring; {to} snatches the hand back.
    {me} circles {to} slowly, heels loud on the marble.
    {me} reads the text on {to}'s phone aloud, one word at a time.

    [action.tender]
    {me} drapes a suit jacket over {to}'s shaking shoulders.
    {me} kneels and slides the ring back onto {to}'s finger.
    Under one umbrella, {me} tilts it toward {to} and lets the rain soak one tailored shoulder.
    {me} brushes a strand of wet hair from {to}'s face.
    {me} pulls {to} into a hug that feels like coming home.
    {to} has fallen asleep on the sofa; {me} tucks a blanket around {to} without a sound.
    {me} presses a kiss to {to}'s forehead and lingers there.
    Under the dinner table, {me} laces fingers with {to}.
    {me} bandages {to}'s cut palm, gentler than anyone would believe.
    In the dark, {me} whispers {to}'s name like a promise.
    {me} feeds {to} a spoonful of soup, blowing on it first.
    In the middle of the gala, {me} kneels to tie {to}'s loose shoelace.
    {me} warms {to}'s cold hands between both palms.
    {me} rests a cheek on top of {to}'s head and sighs.
    {me} slips a note into {to}'s coat pocket: come home.
    {me} dances with {to} in the empty kitchen, no music at all.
    {me} hands {to} a pair of flats and kneels to swap out the painful heels.

    [action.shock]
    {me} freezes. The glass slips and shatters on the marble.
    The DNA report trembles in {me}'s hands.
    {me} staggers back against the wall, all color gone.
    {me}'s phone falls from numb fingers as the news sinks in.
    {me} stares at {prop} as if seeing it for the first time.
    The whole ballroom gasps. {me} cannot breathe.
    {me} grips the edge of the table until the knuckles turn white.
    {me} reads the page twice, then a third time. The ink does not change.
    Tears spill down {me}'s cheeks before anyone can look away.
    {me} drops the teacup; it rolls, unbroken, to {to}'s feet.
    {me} sinks onto the bed, the photograph pressed to the chest.
    The pen slides from {me}'s fingers, streaking ink across the contract.
    {me} laughs once, sharply, then goes very still.
    {me} backs away from {to} as if from a stranger.
    Every camera in {place} swings toward {me}.
    {me} turns the pendant over; the engraving matches.
    A heel snaps under {me}; {me} doesn't even notice.

    [action.cliff]
    The doors burst open. {R} stands there in a wedding dress.
    {me}'s phone lights up: an unknown number, a photo of {prop}.
    A black car idles across the street. Inside, someone is filming {me}.
    {me} opens the envelope. Inside is proof of {secret}.
    Sirens wail outside {place}. {me} turns to the window, white-faced.
    The heart monitor flatlines. {me} screams for a doctor.
    {E} appears at the top of the staircase, holding {prop}.
    The lights die across {place}. A scream rings out in the dark.
    On the giant screen behind {me}, the marriage contract appears, page by page.
    A hand clamps over {me}'s mouth from behind.
    A text lights up {me}'s phone: your mother has left the hospital.
    In the rose garden, {me} digs up a box holding an exact copy of {prop}.
    The elevator doors open on {R}, wearing {me}'s wedding ring.
    Behind the study door, {E} is on the phone, saying {me}'s real name.
    A stranger in a black coat lays white roses on {me}'s car and walks away.
    The chandelier over {place} creaks, shudders and begins to fall.
    The safe swings open. It is empty except for a baby's bracelet.

    [action.exit]
    {me} walks out without a backward glance, heels clicking on marble.
    {me} tosses {prop} onto the table and leaves.
    {me} strides out into the rain, ignoring {to}'s call.
    {me} buttons the suit jacket, nods once to {to}, and is gone.
    {me} slams the door so hard the chandelier shivers.
    {me} steps into the elevator; the doors close on {to}'s stunned face.
    {me} pulls off the wedding ring, sets it down, and walks away.
    {me} climbs into the black car, and it speeds off into the night.
    {me} leaves {place} with chin high and eyes wet.
    {me} sets the black card on the table and walks out with nothing.
    {me} gathers up the hem of the gown and runs for the stairs.
    {me} steps into the elevator and does not turn around.
    {me} hands {to} the umbrella and walks off into the rain without one.
    {me} bows to {E}, perfectly polite, and leaves the room.
    {me} leaves a signed page on the pillow and slips out before dawn.
    {me} closes the laptop, grabs the car keys and is gone.
    {me} drops {prop} into the fountain on the way out.

    [paren.neutral]
    (adjusting a cufflink)
    (flipping through the contract)
    (checking the watch)
    (reading the board report)
    (straightening the tie)

    [paren.angry]
    (slamming the contract down)
    (crushing the champagne glass)
    (tearing the check in half)
    (voice rising over the gala music)
    (fist on the boardroom table)

    [paren.sad]
    (twisting the wedding ring)
    (clutching the hospital bill)
    (rain-soaked, trembling)
    (staring at the divorce papers)
    (smiling through tears at the ring)

    [paren.shocked]
    (dropping the DNA report)
    (champagne glass slipping)
    (staring at the jade pendant)
    (pen frozen above the signature line)
    (backing into the wall)

    [paren.smug]
    (swirling the champagne)
    (flashing the engagement ring)
    (touching the diamond necklace)
    (smirking behind a lace fan)
    (leaning back in the CEO's chair)

    [paren.tender]
    (fixing the collar gently)
    (softly, close to the ear)
    (thumb brushing the ring)
    (tilting the umbrella over both of them)
    (voice low, almost a whisper)

    [paren.afraid]
    (slipping the contract out of sight)
    (glancing at the door)
    (clutching the locket)
    (backing away from the black car)
    (whispering, phone pressed close)

    [paren.cold]
    (not looking up from the file)
    (in the icy boardroom voice)
    (signing without reading)
    (voice like frost)
    (turning away to the window)
    """#
}
