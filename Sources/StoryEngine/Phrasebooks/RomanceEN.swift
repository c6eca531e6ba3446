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
