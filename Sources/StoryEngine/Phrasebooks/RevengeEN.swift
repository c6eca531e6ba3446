// Built-in phrasebook: revenge, English.
extension PhrasebookSource {
    static let revengeEN = #"""
    # Revenge: the underdog swallows the insult, builds in silence, and the face-slap lands in public.
    # Roles: protagonist = the underdog; lead = ally-love interest or powerful backer; antagonist = the betrayer;
    # rival = the betrayer's accomplice; ally = loyal friend, butler or hacker; elder = the patriarch or mother-in-law.

    [cast]
    protagonist | m | the humiliated son-in-law | | Three years a live-in son-in-law, served last and mocked at every dinner; secretly the heir to a fortune, waiting for the right moment.
    protagonist | f | the betrayed wife | | Framed by the spouse and the best friend, thrown out with nothing; returns five years later under a new name and a new face.
    protagonist | f | the fired employee | | Fired in front of the whole office for a theft never committed; comes back as the company's new owner.
    protagonist | m | the disowned grandson | | Thrown out of the family for a scandal a cousin caused; quietly built an empire abroad.
    lead | m | the mysterious investor | | Nobody has seen the face behind the fund buying up the city; has been watching over the protagonist for years.
    lead | f | the iron chairwoman | | Runs the biggest group in the city with one glance; bets everything on the underdog nobody else believes in.
    lead | m | the cold tycoon | | Feared in every boardroom, soft only with one person; owes the protagonist a debt from childhood.
    antagonist | m | the cheating husband | | Married for money, cheated for fun, and signed the papers that threw the protagonist out.
    antagonist | m | the scheming brother-in-law | | Smiles at the family table and forges documents at night; wants the whole company for himself.
    antagonist | f | the ruthless stepsister | | Took the protagonist's place, name and inheritance, and will kill to keep them.
    rival | f | the mistress | | Wears the protagonist's jewelry and sits in the protagonist's chair; carrying a secret of her own.
    rival | f | the false best friend | | Cried at the protagonist's side and stabbed in the back the same night.
    rival | m | the bootlicking vice president | | Does every dirty job the antagonist asks, and keeps copies of all of it.
    ally | m | the old butler | | Served the protagonist's real family for thirty years; knows where every body is buried.
    ally | f | the loyal best friend | | Shared the last bowl of noodles in the bad years; fierce, loud, and never leaves.
    ally | m | the hacker | | Can find any transfer, any deleted file, any lie; works for instant noodles and justice.
    elder | m | the patriarch | Grandpa | Head of the {AS} family, cane in hand; despises the protagonist as a freeloader.
    elder | f | the snobbish mother-in-law | | Measures people by their cars; has made the protagonist's life a daily humiliation.
    elder | f | the matriarch | Grandma | Rules the family from her armchair; the will in her safe decides everyone's fate.

    [name.f]
    Vivian
    Chloe
    Serena
    Iris
    Natalie
    Grace
    Fiona
    Megan
    Stella
    Jasmine
    Clara
    Eleanor
    Audrey
    Rachel
    Tiffany
    Vanessa
    Lily
    Mei
    Jing
    Ling
    Yan
    Hazel
    Sophia
    Amber
    Nora
    Daisy

    [name.m]
    Ethan
    Lucas
    Adrian
    Damon
    Victor
    Nathan
    Derek
    Julian
    Ryan
    Marcus
    Owen
    Kevin
    Leon
    Henry
    Sebastian
    Vincent
    Oscar
    Gavin
    Wei
    Jun
    Hao
    Ming
    Kai
    Trevor
    Simon
    Felix

    [surname]
    Sterling
    Harrington
    Blake
    Whitmore
    Cross
    Hale
    Ashford
    Lancaster
    Reed
    Thorne
    Kingsley
    Lin
    Chen
    Wang
    Zhao
    Lu
    Huang
    Gu
    Mo
    Shen
    Tang
    Su
    Qin
    Ye
    Wen
    Fu
    Jiang

    [place]
    banquet | {AS} FAMILY VILLA - BANQUET HALL | the banquet | int | Crystal chandeliers, a long table, forty relatives watching who gets served last.
    dining | {AS} FAMILY VILLA - DINING ROOM | the dining room | int | A family dinner where the protagonist's chair sits nearest the kitchen door.
    kitchen | {AS} FAMILY VILLA - KITCHEN | the kitchen | int | A sink full of dishes and an apron on a hook; where the underdog was sent to eat.
    gate | {AS} FAMILY VILLA - FRONT GATE | the front gate | ext | Wrought-iron gates, a puddle, a suitcase thrown out into the rain.
    boardroom | {AS} GROUP - BOARDROOM | the shareholders' meeting | int | A long glass table, twelve shareholders, and one empty chair at the head.
    lobby | {AS} GROUP TOWER - LOBBY | the lobby | int | Marble floors, a reception desk, security guards who know exactly who to throw out.
    office | {LS} GROUP - CHAIRMAN'S OFFICE | the chairman's office | int | A top-floor office with the whole city below the window.
    rented | CHEAP RENTED ROOM | the rented room | int | One bed, one bulb, a leaking ceiling; where the comeback was planned.
    showroom | LUXURY CAR SHOWROOM | the showroom | int | Polished supercars and salespeople who judge customers by their shoes.
    ward | CITY HOSPITAL - PRIVATE WARD | the hospital ward | int | Beeping monitors, an unpaid bill on the bedside table.
    courtroom | CITY COURTROOM | the courtroom | int | A judge's bench, two tables, and a gallery packed with reporters.
    rooftop | {AS} GROUP TOWER - ROOFTOP | the rooftop | ext | Wind, city lights, a low railing; where secrets get traded.
    auction | GRAND AUCTION HALL | the auction | int | Rows of bidders with paddles, a family heirloom under glass.
    ballroom | GRAND HOTEL - BALLROOM | the engagement party | int | Champagne towers, a stage, a screen for the happy couple's photos.
    cemetery | HILLSIDE CEMETERY | the cemetery | ext | Two gravestones under a pine tree; flowers nobody admits to leaving.
    boutique | JEWELRY BOUTIQUE | the jewelry store | int | Glass cases, velvet trays, and a manager who sneers at cheap coats.
    bridge | RIVERSIDE BRIDGE | the bridge | ext | A dark river below; where someone was pushed five years ago.

    [prop]
    the black card
    the divorce papers
    the recording
    the share transfer agreement
    the jade pendant
    the DNA report
    the forged will
    the wedding ring
    the USB drive
    the letter of appointment

    [secret]
    real_heir | major | ally | elder | who really owns the {PS} fortune | {E}, the one you made wash dishes for three years is the sole heir of the {PS} Group.
    forged_will | major | antagonist | protagonist | whose hand really signed the old will | Your father's will? I wrote it myself, {P}. Every signature, every stamp.
    not_the_father | major | rival | antagonist | whose baby {R} is really carrying | Wake up, {A}. That baby was never yours. Not for one day.
    arson | major | ally | protagonist | what really started the fire twenty years ago | {P}, the fire that killed your parents was no accident. Someone poured the gasoline.
    embezzled | major | elder | protagonist | where the company's missing forty million went | Yes, I drained the accounts. Forty million. Who would believe a nobody over me?
    secret_backer | major | lead | protagonist | who has been paying {P}'s way all along | The anonymous investor, the hospital bills, the lawyer. It was all me, {P}.
    framed | major | rival | protagonist | who really planted the files | I put those files on your desk, {P}. And {A} told me exactly where.
    back_from_dead | major | protagonist | antagonist | what really happened on the bridge that night | Look closely, {A}. Did you really think I drowned that night?
    mother_alive | major | ally | protagonist | the grave with nobody in it | {P}, your mother is alive. I've kept her hidden for twenty years.
    affair | minor | antagonist | elder | how long {A} and {R} have been meeting | Fine, {E}. Yes. {R} and I have been together for two years.
    gambling_debt | minor | antagonist | elder | the debt {A} can't pay | I owe eighty million to the wrong people, {E}. They gave me one week.
    clause_nine | minor | lead | antagonist | clause nine of the acquisition deal | Read clause nine, {A}. Every share you pledged now belongs to me.
    the_tape | minor | ally | protagonist | the recording from that night | {P}, I recorded everything that night. Every single word {A} said.
    bribed_doctor | minor | rival | elder | the doctor who signed {E}'s report | You were never that sick, {E}. I paid the doctor to scare you.
    old_servant | minor | ally | protagonist | why {F} took this job in the first place | I served your grandfather for thirty years, {P}. He sent me to watch over you.
    orphanage | minor | lead | protagonist | the kid from the orphanage | The kid who shared bread with me at the orphanage? That was you, {P}.
    fake_degree | minor | ally | antagonist | the diplomas on {R}'s wall | Your golden right hand is a fraud, {A}. Every diploma {R} showed you is fake.
    knew_all_along | minor | elder | antagonist | what {E} knew from the very first day | I knew who {P} was from day one. Why do you think I never gave you the shares?

    [hook]
    Kneel, {to}. Apologize to my family in front of everyone.
    Three years of washing your dishes. Tonight, the {AS} family pays.
    Sign the divorce papers, {to}. You were never good enough for this house.
    You're fired. Security will walk you out in five minutes.
    Who let this beggar into {place}?
    The chairman of the {LS} Group is coming here tonight. Everyone, behave.
    Five years ago you buried me. Surprised to see me, {to}?
    Today {A} becomes CEO, and {P} walks away with nothing.
    You framed me, {to}. Today, in front of all of them, I prove it.
    Swipe it again. That card can't possibly be real.
    Take off the ring and leave it on the table, {to}. You're out.
    My best friend and the person I married. In my own bed.
    Happy birthday, {E}. A plastic bracelet from {P}? How touching.
    Sorry, this showroom isn't for people who take the bus.
    Every person in this room laughed at me once. Remember that.
    The new owner arrives today, and rumor says we've all met before.
    I'll give you ten million to disappear from {A}'s life forever.
    You want me to drink from the floor, {to}? Fine. Watch carefully.
    My parents' house, my parents' company, my parents' name. You stole all three.
    They seated you with the servants again, {to}? How fitting.
    Someone just bid fifty million on my mother's jade. Anonymously.
    The will is clear: everything goes to {A}. Not one cent for {P}.
    Stop the party. The {AS} Group's stock just crashed forty percent.
    I came back from the dead for one reason, {to}. You.
    Your name's been struck from the family register, {to}. Effective tonight.
    Who booked the entire top floor? The manager says it was {P}?
    You slapped me in front of a hundred guests. I counted every one.
    Forget dinner. The bank just froze every {AS} account.
    Clean the floor, {to}. My shoes got dirty walking past you.
    That hospital bill? Pay it yourself, {to}. This family owes you nothing.
    The mysterious investor wants one thing before signing: a meeting with {P}.
    The DNA results are in, and somebody in this family is lying.
    They threw me out this door three years ago. Today I walk back in.
    A freeloader at the head table? Go eat in the kitchen, {to}.

    [accuse]
    You forged my father's signature, {to}. I have the originals.
    You and {R}. In my house. While I lay in the hospital.
    You planted those files on my desk, {to}. Admit it.
    The charity fund's money went straight into your account, {to}.
    You pushed me off that bridge, {to}. I felt your hands on my back.
    You sold our client list to the {AS} Group for a promotion.
    You lied to {E} for three years, {to}. Every single day.
    You swapped the contract pages while I went for coffee.
    That night you locked the door from outside. I heard the key turn.
    I trusted you with everything, {to}, and you sold me for a handbag.
    You bribed the doctor. That's why {E} got worse.
    That design was mine, and you put your name on it.
    You slipped the bracelet off my mother's wrist at the funeral.
    Your signature is all over this transfer, {to}. Explain it.

    [deny]
    Me? I've never even seen that document.
    That's a lie, {to}. You're just jealous.
    Where's your proof? Show me one single piece.
    Someone's setting me up. Isn't it obvious?
    I was at the spa all day. Ask anyone there.
    {R} did it! I had nothing to do with it!
    That recording is fake. Anyone can edit a voice these days.
    I would never hurt {E}. Never in a million years.
    You're confused, {to}. Grief does that to people.
    That signature? Forged, just like your accusations.
    Don't drag my name into your little revenge fantasy.
    Everything I did, I did to protect this family.
    Prove it in court, {to}. Until then, keep your mouth shut.

    [threaten]
    Say one word about this and you'll never work in this city again.
    Sign it, {to}, or your mother's hospital bed goes to someone else.
    Keep digging into {secret} and you'll end up like your parents.
    One call from me, {to}, and your little company disappears.
    I'll make sure {E} cuts you out of everything.
    Touch {R} again and I'll break both your hands.
    You'll leave this family with nothing. Not even your name.
    Walk out that door, {to}, and don't ever come crawling back.
    I know where {F} lives, {to}. Think carefully.
    Mention {secret} again and I'll bury you with it.
    By tomorrow morning, every bank in town will turn you away.
    Open your mouth at the shareholders' meeting and you're finished.
    Don't make me send someone to fetch you, {to}.
    I ruined you once, {to}. I can do it twice.

    [defy]
    Go ahead, {to}. Make the call. I'll wait.
    You took everything once. You won't get a second chance.
    I'm not afraid of you anymore, {to}.
    Cut me out. I never wanted the {AS} family's money.
    Threaten me again, {to}. It'll sound great on the recording.
    I'm not leaving. Not until you kneel.
    Your banks? Call them. Ask who owns them now.
    You don't scare me, {to}. You never did.
    Bury me? You tried that already. Look how it worked out.
    I'll walk out, {to}. Then I'll walk back in through the front door.
    Do your worst. I've already survived it.
    That threat expired the day I came back.
    Fine, ruin me. There's nothing left you haven't taken.
    No. Not today, {to}. Not ever again.

    [mock]
    Look at you, {to}. Still wearing that three-dollar shirt?
    A freeloader eats after the dog, {to}. Know your place.
    You? At the shareholders' meeting? Did you come to mop the floor?
    That card has to be fake. Where would you get a black card?
    Even the doorman earns more than you, {to}.
    Pathetic. Three years, and you still can't afford a taxi.
    Is that a gift, {to}? I'd throw that out at the door.
    Don't touch the crystal, {to}. You'll lower its value.
    You'll be a nobody until the day you die, {to}.
    Without the {AS} family, you'd be sleeping under a bridge.
    Did you rent that suit, {to}? It smells like a pawnshop.
    Go on, cry. It's the only thing you've ever been good at.
    Who invited the delivery driver? Oh, it's just {to}.
    I'd offer you a seat, {to}, but the chairs are for family.
    Your parents left you nothing, and you became exactly that.
    Poor thing. You really thought {A} loved you?
    Sign quickly, {to}. Even your signature looks cheap.
    Fired and dumped in one day. A personal record, {to}?
    You want respect? Earn a real salary first.

    [endure]
    Laugh while you can, {to}. I'm counting every word.
    I'll eat the leftovers. For now.
    Three years I waited. I can wait three more days.
    You're right, {to}. Remember that you said this.
    I'll clean it. One day you'll beg me to stop.
    Fine, throw it. I'll pick up every piece and keep it.
    The tea is cold, {to}. So is my patience. Thank you.
    I'm not angry. Angry people make mistakes.
    Keep my seat by the door warm. I won't need it long.
    I've swallowed worse than this, {to}. I'll swallow this too.
    Mock me all you like. Tomorrow, the price goes up.
    I'm only here for {E}'s birthday. Nothing else matters tonight.
    Say it again, {to}. I want to remember it exactly.
    I'll leave quietly. Quiet is how it starts.
    Some debts are paid in public. Just not today.
    Yes, I'm a nobody. Nobodies have long memories.
    Go ahead, pour it on me. The suit was cheap anyway.
    I bowed today. Remember exactly how low, {to}.
    You'll get your apology, {to}. Just not the one you expect.

    [question]
    Who told you about {secret}, {to}?
    Where were you the night of the fire, {to}?
    Why did the investor ask for {P} by name?
    How does a nobody end up holding a black card, {to}?
    What did {A} promise you, {to}? Money? A ring?
    Who signed the transfer at midnight, and why?
    How much do you really know about {secret}?
    Why did the old chairman leave {P} a pendant and nothing else?
    Since when does {R} have a key to our house?
    Who paid the hospital bill, {to}? It wasn't me.
    What's in {prop} that scares you so much?
    Why are you helping me, {to}? What do you get out of it?
    Did you ever love me, {to}, or just my family's money?
    Why does {E} turn pale whenever someone mentions {secret}?

    [explain]
    Your grandfather built the {PS} Group from one street-food stall.
    The will was changed one week before the old man died.
    Three years ago the {AS} family was bankrupt. I saved them quietly.
    I signed that marriage contract to protect you, not to own you.
    The black card has no limit. Only three families in the country hold one.
    {F} traced the transfer to an account in {R}'s name.
    Every share {A} pledged went to a shell company. Mine.
    Your parents didn't die poor. Their fortune was stolen.
    I took the blame back then to protect someone I loved.
    Every debt the company owes was bought by one buyer. Us.
    The shareholders only follow money, and we have more of it.
    I left with nothing because I needed them to stop watching.
    The doctor was paid twice. Once to lie, once to disappear.
    {E} never trusted {A}. That's why the shares sit in a trust.

    [evade]
    Some things are better left buried, {to}.
    Not here. Too many ears in {place}.
    Ask me again after the shareholders' meeting.
    You don't want to know {secret}. Trust me.
    The less you know, {to}, the safer you are.
    Eat first. We'll talk about the will later.
    That's {E}'s story to tell, not mine.
    I've forgotten. It was a very long time ago.
    Let's just say I know a few people, {to}.
    Why does it matter where the money came from?
    Don't ask me about {secret}, {to}. Not tonight.
    Who I am isn't important tonight. You are.
    Maybe I got lucky. Maybe not. Drink your tea.

    [tease]
    You walk into a room like you already own it. Do you?
    Seven cars in one afternoon, {to}? Trying to impress me?
    You slapped {A} so beautifully. Do it again for me?
    My investment terms: dinner with me, every Friday.
    You owe me a dance, {to}. I paid for the whole ballroom.
    Keep looking at me like that, {to}, and I'll buy you the building.
    Is the cold chairman blushing? I'm telling the board.
    You wore my ring to the auction. Coincidence?
    I like you angry, {to}. Terrifying, in the best way.
    Revenge looks very good on you.
    Should I fire everyone else so we're finally alone?
    You signed the deal, {to}. Now sign here: dinner, eight o'clock.
    Three years pretending to be poor. Don't pretend with me.

    [fluster]
    I — that's not — the board is waiting for me!
    Who said I was looking at you?
    Stop that, {to}. People are watching.
    It's strictly business. Strictly!
    I'm not blushing. The chandelier is too bright.
    Don't read into it. I buy everyone cars.
    You can't just say that in a boardroom!
    I wasn't waiting for you, {to}. I was waiting for the elevator.
    That was a business handshake. Nothing more.
    Why are you standing so close? Focus on the contract.
    Forget what I said. I was tired.
    Fine. Dinner. But only to discuss the shares.
    My heart rate is none of your business, {to}.

    [tender]
    You don't have to eat their leftovers anymore. I'm here.
    Whatever they took from you, {to}, I'll help you take back.
    When everyone laughed at you, I was the one who didn't.
    Rest now. Tomorrow we finish this together.
    I remember the kid who shared bread with me. I never forgot.
    You never needed their name, {to}. You had your own.
    Let me carry this one. You've carried enough.
    I'd lose every share I own to keep you safe.
    Three years I waited for you. I'd wait thirty.
    Your hands are freezing. Here, take mine.
    No one will ever throw you out in the rain again.
    You're allowed to cry, {to}. Just not in front of them.
    The world bows to you tomorrow. Tonight, just sleep.

    [scheme]
    Get the old man to sign before the lawyer arrives.
    Spill the wine on {P}. Make it look like an accident.
    Once {E} is gone, the shares are ours.
    Leak the photos tonight. By morning, {P} is finished.
    Swap the contract. Nobody ever reads page nine.
    Bribe the auditor. Whatever it costs.
    Get {P} drunk and slide the divorce papers across.
    Call the press. I want {P} humiliated in public.
    Move the money offshore before the board meets.
    Tell {E} that {P} stole the jewelry. {E} trusts you.
    Keep the doctor quiet, {to}. Pay double if you must.
    Find out who that investor is. Tonight.
    One more signature, {to}, and the {AS} Group is ours.
    Make sure {F} never reaches the courtroom.

    [agree]
    Consider it done. {P} won't know what hit them.
    I'll handle the doctor. Same price as last time?
    Fine. But if this blows up, I'm not going down alone.
    Leave {E} to me. The old fool trusts me completely.
    Yes, boss. The files will be ready by dawn.
    Smart. Nobody will ever suspect us.
    I'm in. Just tell me when and where.
    Whatever you need, {to}. Just keep me out of jail.
    Understood. The press will have it by midnight.
    Done. I'll swap the pages myself.
    Good plan. {P} is too proud to fight back anyway.
    For that much money? I'd bury anyone.
    All right. But I want my cut in writing.

    [plead]
    Please, {to}. I'm begging you. Not the company.
    I was wrong! I'll kneel, I'll do anything!
    Think of the old days, {to}. We were family once.
    {A} made me do it. I had no choice!
    Give me one more chance. Just one.
    Don't freeze the accounts. My kids need that money.
    I'll return everything. The shares, the house, all of it.
    Please, {to}, don't send the recording to the police.
    Let me see {E}, just once. Please.
    I know I don't deserve it, but I'm begging anyway.
    Spare my family, {to}. Take it out on me.
    I'll confess. Just don't let them take me out in handcuffs.
    Forgive me, {to}. Money made me blind.
    Don't leave me, {to}. You're all I have left.

    [refuse]
    No, {to}. You had three years to be kind.
    Sorry doesn't return what you stole.
    Get up. Kneeling won't save you this time.
    You never gave me a chance. Why should I give you one?
    Absolutely not. Sign, or let the police decide.
    I don't take bribes, {to}. I take companies.
    No deal. I want everything back, exactly as it was.
    Not one cent off. You'll pay every dollar you owe.
    I won't sign. Tear it up, {to}.
    My answer was no three years ago. It's still no.
    Save your tears. They're cheaper than my time.
    Family? You threw me out of that word.
    I'd rather sleep on the street than touch your money.

    [command]
    Kneel, {to}. Right now, in front of everyone.
    Security! Throw them out of here.
    Freeze every account in {A}'s name. Tonight.
    Bring me {prop}. Right now.
    Call an emergency shareholders' meeting. Nine o'clock sharp.
    Get out of my house, {to}.
    Apologize to {P}. Loudly, in front of everyone.
    Buy every share on the market. I don't care about the price.
    Find {R}. Don't let them leave the country.
    Play the recording. Full volume.
    Clear the room. Only family stays.
    Send the divorce papers to {A}'s office. Registered mail.
    Hand over your badge and your keys, {to}.
    Pour the wine, {to}. Every single glass.

    [warn]
    Careful, {to}. {A} has eyes everywhere.
    Don't go to the banquet alone. It's a trap.
    {R} is not your friend, {to}. Look closer.
    They'll search your room tonight. Hide {prop}.
    If {A} finds out about {secret}, you're dead.
    The board has been bought. Don't trust the vote.
    A gray car has been following yours since Tuesday.
    Don't sign anything {E} hands you tonight.
    Whoever knows {secret} won't stay quiet for long.
    {A} wiped the server an hour ago. Move fast.
    Not yet, {to}. Show your hand too early and you lose.
    The press is waiting downstairs. Smile, whatever they ask.
    That investor has ruined bigger families than the {AS}s.
    Stay off the rooftop tonight, {to}. I mean it.

    [reveal]
    You want the truth, {to}? Sit down first.
    Everyone, look at the screen. This is what really happened.
    I kept quiet for three years. Not anymore.
    Since you asked so loudly, I'll answer in public.
    The card in my hand? Let me tell you whose it is.
    Play it, {F}. Let them hear their own voices.
    I'll say it once, and everyone in {place} will remember.
    Open the envelope, {to}. Read the name out loud.
    Remember the question you laughed at? Here's the answer.
    Before you vote, there's something you should all know.
    You called me a nobody. Let me tell you who I am.
    The lawyer is here. Read the real will, please.
    Fine. You want it out? Then it all comes out now.

    [shock]
    That's impossible. A black card?
    No... {P} is the heir?
    You're alive? But we buried you!
    Forty million? {E}, tell me that's not true.
    The investor... is you?
    The fire was set on purpose? Who would do that?
    I don't understand. Those shares were mine!
    This can't be happening. Not in front of everyone.
    The baby isn't mine? {R}, look at me!
    All this time, you were the one paying the bills?
    My mother? Alive? All these years?
    Chairman? Since when is {P} the chairman?
    Wait. You recorded everything?
    Three years at the same table, and I never saw it!

    [comfort]
    It's over now, {to}. They can't hurt you anymore.
    Your parents would be proud of you tonight.
    Cry, {to}. You've been strong for far too long.
    They broke your pride. They didn't break you.
    I'm here. Whatever happens tomorrow, I'm here.
    You did nothing wrong. Remember that.
    Let the world talk. We know the truth.
    You'll get it all back, {to}. I promise.
    The rain stops eventually. So does this.
    Eat something, {to}. Revenge needs a full stomach.
    Breathe. You're safe in this room.
    Let {F} handle the press. You just handle yourself.
    One bad day doesn't erase who you are.

    [thank]
    Thank you, {to}. You never once looked down on me.
    Without you, I'd still be stuck in that rented room.
    You stood by me when nobody else would.
    Thank you for the recording. It saved everything.
    I owe you my life, {to}. And my company.
    Three years you kept my secret. Thank you.
    Thank you for believing me before anyone else did.
    You fed me when I had nothing. I'll never forget it.
    Thanks, {to}. Now let's finish what we started.
    I don't know how to repay you, {to}.
    You risked your job for me. That means everything.
    Thank you for not letting me give up.
    You were my only family, {to}. You still are.

    [triumph]
    Kneel, {to}. You said it yourself: losers kneel.
    The black card? It's mine. It has always been mine.
    The shareholders just voted. Pack your office, {to}.
    Remember {place}? This time, you're the one being thrown out.
    I bought the company this morning. You're fired, {to}.
    Every car in this showroom. Wrap them all up.
    Security, escort {A} out. And take {R} along.
    You wanted me on my knees. Look where you're standing now.
    The will is forged, the recording is public, and the police are downstairs.
    Every share you pledged now belongs to me, {to}.
    Three years I poured your wine. Today you pour mine.
    Apologize. Loudly. So everyone in {place} can hear it.
    The {PS} family has come home, {to}. Your time here is over.
    You called me trash for three years. Now the trash owns your house.
    Read it out loud, {to}. Louder. Tell them who owns this house now.
    Your accounts are frozen, your shares are gone, and your friends just left.
    Thank you, {to}. Without your betrayal, I'd never have become this.
    Fifty million. Final bid. The jade goes home to its real family.
    The one you mocked is the one who signs your paycheck now.
    Sorry isn't enough anymore, {to}. Sign the confession.
    Let me introduce myself properly: chairman of the {PS} Group.
    Officers, they're all yours. Start with {A}.
    I warned you, {to}. You didn't listen. Now everyone's watching.
    The board is unanimous. Welcome to your last day, {to}.
    Tell {E} the dishwasher says hello, from the head of the table.

    [cliff]
    Then who is the real owner of the {LS} Group?
    You think this is over, {to}? I haven't even started.
    Tomorrow, at the shareholders' meeting, everyone will learn my name.
    Open the envelope, {to}. Then tell me who I am.
    If {P} is the heir... then who did we throw out in the rain?
    The black card... only three people on earth carry one.
    Ask {E} about {secret}. Then come and find me.
    I know {secret}. And tonight, so will everyone else.
    Someone in this room forged that will. And I know who.
    Hello again, {to}. Remember me? You should.
    The investor is here. And the investor wants {A} on their knees.
    Before you sign anything, {to}, look at the second page.
    You want to know {secret}? Meet me on the rooftop at midnight.
    One call, {to}. That's all it takes. Shall I make it?
    {to}, the car is waiting. Your grandfather says it's time to come home.
    That face... no. It can't be. You died five years ago.
    Check your phone, {A}. Your stock just hit zero.
    Congratulations on the engagement, {to}. I brought you a gift: {prop}.
    The recording isn't the only copy, {to}. Sleep well.
    Kneel tonight, {to}, or kneel tomorrow in front of the whole city.
    The name on the acquisition papers is... {P}?
    {E} is awake. And {E} is asking for the real heir.
    You'll learn {secret} soon enough, {to}. From the police.
    Three days, {to}. In three days, this whole family belongs to me.
    Are you sure that baby is {A}'s, {R}?
    If you're a nobody... then who just bought this building?
    Call everyone back. The real shareholders' meeting starts now.
    That ring on {P}'s finger... it belonged to the old chairman.
    Somebody just paid off all your debts, {A}. And they want something back.
    I didn't light that fire, {to}. But I know who did.
    Don't turn around, {to}. Everyone you betrayed is standing behind you.
    Find out {secret}, {to}, and you'll finally know who to fear.
    Every car outside has {LS} family plates. Who called them?
    Remember today, {to}. It's the last time you stand while I kneel.

    [action.open]
    {place}. Crystal glasses clink; every eye turns as {P} walks in last.
    {place}. Relatives crowd the long table; {P}'s chair sits by the kitchen door.
    {place}. Cameras flash. {A} smiles at the center of it all.
    {place}. Rain streaks the windows; {P} stands soaked in the corner, ignored.
    {place}. Shareholders murmur around a long table; the seat at its head stays empty.
    {place}. {E} taps a cane on the marble floor and waits for silence.
    {place}. A black car glides up outside. Nobody in the room notices yet.
    {place}. {R} adjusts a diamond necklace in the mirror and smirks.
    {place}. {me} walks in carrying a cheap paper bag while the guests snicker.
    {place}. The clock ticks toward nine. {F} watches the door, phone in hand.
    {place}. Waiters glide past {P} as if nobody were standing there.

    [action.tension]
    {me} steps close to {to}, close enough to whisper, and says nothing.
    {me} pours a glass of wine over {to}'s head. The room goes silent.
    {to} swings a hand at {me}; {me} catches the wrist in mid-air.
    {me} tosses {prop} onto the table in front of {to}.
    {me} and {to} stare each other down across the long table. Nobody breathes.
    {me} slowly straightens {to}'s collar, smiling.
    {me} grinds a heel into the gift {to} brought.
    {me} slides a pen across the table toward {to} and waits.
    {me} leans back, amused, as {to} turns red.
    {me} stands; the chair scrapes loud in the silence, and {to} flinches.

    [action.tender]
    {me} drapes a jacket over {to}'s soaked shoulders.
    {me} takes {to}'s trembling hand and doesn't let go.
    {me} wipes the wine off {to}'s face with a silk handkerchief.
    In front of everyone, {me} kneels to tie {to}'s shoelace.
    {me} and {to} share a cheap bowl of noodles on the rooftop.
    {me} rests a forehead against {to}'s and closes both eyes.
    {me} fastens the jade pendant back around {to}'s neck.
    {me} holds the umbrella over {to} and gets soaked instead.
    Under the city lights, {me} pulls {to} into a quiet embrace.

    [action.shock]
    {me}'s glass slips and shatters on the marble.
    {me} stares at the black card, all color draining away.
    {me} staggers back into a chair; papers flutter to the floor.
    The guests gasp; {me} looks from {to} to the screen and back.
    {me}'s phone buzzes again and again: every account frozen.
    {me} freezes halfway through a laugh.
    {me} grips the edge of the table, knuckles white.
    The blood leaves {me}'s face as {to} reads the name aloud.
    {me}'s knees give way, and {me} drops to the floor.

    [action.cliff]
    The doors swing open. Twenty bodyguards file in and bow to {P}.
    {me}'s phone lights up: an unknown number, three words. I am back.
    A black car stops at the gate; the window lowers on a face {to} thought was dead.
    The screen behind {A} flickers and starts playing the recording.
    {me} opens the envelope. Inside, one photograph: {secret}.
    The auctioneer's hammer falls. The winning paddle belongs to {P}.
    Police sirens wail closer; {A} turns slowly toward the window.
    {me} slides a document across the table. The signature at the bottom is {E}'s.
    Across the hall, {R} quietly pockets {prop} and slips out.
    The lights go out. When they return, {prop} is gone.
    The lawyer steps forward with a sealed will bearing the {PS} family crest.

    [action.exit]
    {me} leaves without looking back; the door clicks shut.
    {me} drops the apron on the floor and walks out.
    {me} sets the wedding ring on the table and leaves.
    {me} walks out into the rain, head high.
    {me} buttons a jacket, nods once to {to}, and goes.
    {me} storms out, knocking over a chair.
    {me} steps into the waiting black car; it pulls away without a sound.
    {me} leaves {prop} on the table and walks away.
    {me} turns at the door, smiles at {to}, and is gone.

    [paren.neutral]
    (setting down the chopsticks)
    (without looking up)
    (straightening a cheap tie)
    (evenly, for the whole table to hear)
    (checking the phone)

    [paren.angry]
    (slamming the table)
    (through gritted teeth)
    (face red with rage)
    (hurling the wine glass)
    (shaking with fury)

    [paren.sad]
    (eyes on the rain)
    (voice breaking)
    (clutching the old family photo)
    (swallowing the tears)
    (barely audible)

    [paren.shocked]
    (dropping the glass)
    (staring at the black card)
    (going pale)
    (stumbling back a step)
    (mouth hanging open)

    [paren.smug]
    (swirling the wine)
    (with a thin smile)
    (tossing the card onto the table)
    (leaning back in the chairman's seat)
    (laughing for the whole room)

    [paren.tender]
    (softly)
    (squeezing a cold hand)
    (wiping the wine away gently)
    (voice low and warm)
    (barely smiling)

    [paren.afraid]
    (backing toward the door)
    (trembling)
    (sweating through the shirt)
    (voice cracking)
    (glancing at the security guards)

    [paren.cold]
    (not even looking)
    (flatly)
    (tearing up the check)
    (ignoring the outstretched hand)
    (looking down from the head of the table)
    """#
}
