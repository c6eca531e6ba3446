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
    Three years I ate in the kitchen. Tonight I'm buying the house.
    The new CEO walks in at nine. Rumor says we fired them last year.
    {A} just sold my grandfather's watch at auction. I bought it back.
    Sit on the floor, {to}. Chairs are for people who pay rent.
    My ex is marrying my best friend today, and I'm the wedding planner.
    Every guest at this party got an envelope. Mine held a pink slip.
    The butler bowed to {P}. That butler never bows to anyone.
    You tore up my resignation, {to}? Good. Now read my offer to buy you.
    Officially dead for five years, and still I got an invitation to {A}'s wedding.
    They gave my desk to {R} before my chair was even cold.
    The whole clan came home for New Year, and nobody saved {P} a seat.
    Twenty dollars on a gift for {E}? Are you trying to shame us?
    The family meeting tonight has one item on the agenda: throwing {P} out.

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
    You fed {E} the lie about the jewelry, {to}. I heard you rehearse it.
    You cut my brakes the week before the board vote.
    Three years of my salary went into your mistress's apartment.
    You erased my name from the patent and put yours on top.
    You told the whole office I was a thief, {to}, while you held the key.
    You signed the divorce papers the day my father died.
    You hired those men to beat me outside the bar.
    The donation under my name? You kept every cent of it.
    You slept with {R} at my birthday party, {to}. Upstairs, in my room.
    You forged {E}'s medical report to get power of attorney.
    You sold my mother's ring and told me it was lost.
    It was your voice on the recording, {to}. Nobody else laughs like that.
    You smiled at my wedding and called the reporters the same night.
    The layoffs were your idea. You just made me read the list.
    You leaked the bid to the {AS} Group an hour before the deadline.
    You wrote the anonymous letters, {to}. Same typo, every time.
    You let me take the fall for your drunk-driving crash.
    You paid my landlord to evict me the night I got fired.
    You poisoned the family against me, one dinner at a time.
    You spent the orphanage fund on a sports car, {to}.
    You stood under an umbrella and watched them throw me out. You even smiled.

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
    Rehearse? I don't need to rehearse the truth, {to}.
    Brakes? I can't even change a tire.
    My money is mine. Every cent is accounted for.
    I filed that patent alone. Check the date.
    A thief is a thief, {to}. Don't blame the messenger.
    The timing was a coincidence. Grief makes you paranoid.
    Me, hire thugs? Look at my hands, {to}. I've never hurt anyone.
    That donation was audited twice. Go bother the auditors.
    I was downstairs the whole party. Ask the caterers.
    {E} signed that power of attorney willingly. In front of a notary.
    The ring? You probably pawned it yourself, {to}.
    That recording is a deepfake. Any teenager can make one.
    I've never spoken to a reporter in my life.
    The layoff list came from the board. I only delivered it.
    The bid leaked from your own team, {to}. Look closer to home.
    Letters? I haven't written a letter in ten years.
    I wasn't even in the car that night. Ask the driver.
    Evict you? Your landlord hated you long before I came along.
    This family made up its own mind about you, {to}. I never said a word.
    The sports car was a gift from my father. Check the papers.
    Watched you? I was inside, crying for you. Ask {R}.

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
    Show that recording to anyone, and {F} disappears for good.
    Step into that shareholders' meeting, {to}, and you won't walk out.
    I'll tell {E} you stole from the safe. Who do you think gets believed?
    One more question about {secret}, and your little hacker friend goes to prison.
    Enjoy the new face, {to}. I can always arrange a newer one.
    Your mother's grave sits on my land now. Remember that.
    Publish those files, and I'll drag {E} down with me.
    You want war? I've bought half the judges in this city, {to}.
    I know your real name now. So does every creditor in town.
    Try that auction trick again, and your bank calls in every loan.
    Say a word about {secret} at dinner, and the will gets rewritten tonight.
    I'll sue you for every dollar you don't have, {to}.
    Blink wrong at the board, and your name tops the next layoff list.
    Leave {R} out of this, or I'll make the old scandal new again.
    My lawyers eat nobodies like you for breakfast, {to}.
    Remember the bridge? The river is still there.
    Go near my family again, {to}, and I'll post every photo from your bad years.
    I can make {E} believe anything. Anything at all.
    Cancel the acquisition, {to}, or I reopen the theft case against you.
    You have until midnight. After that, my people stop asking nicely.
    Touch my shares, and I'll burn the company down with both of us inside.

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
    Reopen the case. I kept every receipt from that year.
    The river's still there? So am I, {to}.
    Your judges? I bought the building they work in.
    Tell {E} whatever you like. I've got the footage.
    I'm done being afraid of your dinners, {to}.
    Post the photos. Everyone can see how far I've come.
    Midnight works. I'll bring my lawyers and coffee.
    Burn it down, {to}. I'll buy the ashes.
    You can't evict me twice. I own this address now.
    Rewrite the will ten times. The shares moved last week.
    Creditors? They've all been paid. By me, this morning.
    Sue away. My legal team has been bored for months.
    A newer face, {to}? This one is already your nightmare.
    I've lost everything once. Losing scares me less than you think.
    Call your thugs, {to}. The police are already on my speed dial.
    Layoff list? I write those lists now.
    You wanted a nobody. Well, this nobody isn't leaving.
    Drag {E} down if you want. You'll hit the ground first.
    I'm not your doormat, {to}. Wipe your feet somewhere else.
    Threaten the hacker? {F} has a backup of your backups.
    Every time you threaten me, I get a little richer.

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
    Careful, {to}. That fork costs more than your monthly allowance.
    A gift from {P}? Let me guess. Market stall, discounted.
    Still taking the bus, {to}? How charmingly humble.
    Three years in this family, and the dog still outranks you.
    Oh, you brought a résumé? Cute. We wipe tables with those.
    {to}, the servants' entrance is around the back.
    Look at those shoes. Did they come free with the suit?
    Fired, divorced and broke. Is there a fourth thing, {to}?
    Your parents must be so proud of their little dishwasher.
    Pay for dinner, {to}? With what, coupons?
    {E} only keeps you around because firing you costs money.
    You smell like instant noodles, {to}. Every single day.
    A live-in son-in-law with opinions. How exhausting.
    Don't bother bowing. Nobody's looking at you anyway.
    Let the charity case speak. Talking is the only free thing left.
    You walked here, {to}? Of course you did.

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
    Enjoy the laugh, {to}. It's the last free one.
    I'll wash the plates. I'm very good at cleaning things up.
    The bus is fine. It stops right outside my future.
    Bark at me tonight. I'll answer tomorrow, in writing.
    Keep the last word, {to}. I'm keeping the last move.
    I'll bow as low as you want. It helps me see your weak spots.
    Every sneer is noted. Every one, {to}.
    I've learned more in your kitchen than you ever learned at the table.
    Patience isn't weakness. It's interest accruing.
    Fine, the dog outranks me. For now.
    Give {R} the good chair. Chairs change hands.
    Go ahead, {to}. Spend my pride. I'll collect the change later.
    Noodles keep me humble. You'll need that lesson soon.
    I'll smile through dinner. Then I'll make a call.
    My shoes are cheap, {to}. My memory is expensive.
    Mock the gift. I'll remember who laughed loudest.

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
    Who changed the locks the night before I was thrown out?
    Why does the butler call me "sir" when no one's around?
    How did {R} get my password, {to}?
    What did the old chairman whisper to you before the end?
    Where did the forty million go after it left the charity account?
    Who booked the hotel room under my name, {to}?
    Why won't {E} look me in the eye anymore?
    What's on the drive {A} keeps in that locked drawer?
    Since when has {secret} been your bargaining chip, {to}?
    Why did the investor pick a nobody like me?
    Who else was on the bridge that night?
    What did {A} promise the board in exchange for their votes?
    Why is my father's company listed under a shell in the Caymans?
    Are you here to help me, {to}, or to watch me fall?
    When exactly did {F} start working for my grandfather?
    Does {A} know about {secret}, or only suspect it?
    Who paid the witness to change the story?
    How does a dishwasher end up with a chairman's signature?
    Why did my mother's grave have fresh flowers on it, {to}?
    What does {R} get when {A} becomes CEO?
    How much of my life did you script, {to}?

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
    I married into this family to find out who killed my parents.
    The old chairman tested every heir by making them poor first.
    {A} borrowed against the company to cover gambling losses.
    My fund owns the bank that holds every {AS} mortgage.
    I changed my face, my name and my voice. Not my memory.
    The charity was a laundromat. Dirty money in, clean money out.
    {R} was the middleman. Every bribe passed through {R}'s hands.
    I took the theft charge so my sister could keep her scholarship.
    {F} has watched over me since I was six, on my grandfather's orders.
    The black card only works for the {PS} bloodline.
    Every insult at that table was logged. My lawyers have the diary.
    I let them fire me because I needed to see who clapped.
    The shares {A} pledged backed loans I was secretly buying up.
    The witness was paid in cash, in an envelope with {A}'s company logo.
    I built the fund abroad with one friend and a borrowed laptop.
    {E} signed the papers without glasses. That's how the forgery slipped through.
    The auction house belongs to an old friend of my father's.
    My grandfather's will had one condition: survive three years without help.
    The hotel room was booked with a cloned card. {F} traced it.
    The mistress was planted. {A} just never checked who sent her.
    I played the fool because fools hear everything.

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
    My past is boring, {to}. Let's talk about your future.
    Ask the butler. Oh, wait. The butler's on vacation.
    Some debts I'd rather collect than explain.
    Where I went for five years is my business.
    Not in front of {E}, {to}. Later.
    Let's say a friend owed me a favor.
    You'll read about {secret} in the papers soon enough.
    Eat your steak. Stories ruin the appetite.
    Who knows? Maybe I won the lottery.
    I'd tell you, {to}, but then you'd have to testify.
    The card? Borrowed it. From myself.
    Don't worry about {secret}. Worry about Monday.
    I'm just a dishwasher, remember? What would I know?
    Ask me again when the shares settle.
    Details bore me, {to}. Results don't.
    Maybe I changed. Maybe you never looked.
    {secret}? Some doors don't close once opened. Leave it shut.
    It's handled, {to}. That's all you need.
    Names don't matter tonight. Only signatures.
    Let's just say the bridge taught me to swim.
    You're asking the wrong person. Try the bank.

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
    You bought the whole floor just to sit next to me?
    Careful, {to}. Stare at me like that and the board will gossip.
    Is revenge always this attractive, or is it just you?
    I'll trade you one signature for one dinner.
    Your enemies tremble, {to}. Your ears turn pink. Interesting.
    I like this suit on you. I liked the apron too.
    Five years away, and you still forgot to call me.
    Should I pretend not to know you were watching me?
    I'm your lawyer, your driver and your date tonight. Lucky you.
    Take my arm, {to}. Let's give them something to choke on.
    You look like trouble. I happen to love trouble.
    Admit it. You bought that car so I'd ride in it.
    Does every acquisition make you smile like that? Buy more.
    Do you ever relax, {to}, or do I have to buy you a beach?
    I've negotiated with billionaires. You're harder to read.
    You owe me a coffee for every secret I've kept.
    Look at you, planning a takeover with frosting on your lip.
    Keep winning, {to}. It's very distracting.
    If the meeting runs late, I'm kidnapping you for dinner.
    You flirt the way you negotiate. Ruthless and charming.
    I didn't come for the shares, {to}. I came for the view.

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
    I didn't buy the floor for you! The view was on sale!
    Stop it, {to}. I'm trying to ruin someone here.
    That's not blushing. It's righteous anger.
    Dinner is a business expense. Purely deductible.
    My ears are not pink! The office is warm!
    I wasn't watching you. I was watching the door behind you.
    Who said anything about a date? It's a meeting. With food.
    Don't hold my hand during a takeover, {to}!
    I— the numbers— where was I? You made me lose my place.
    I'm too busy for romance. Revenge is a full-time job.
    Don't smile at me like that, {to}. I have a board call.
    That car was a tax write-off. Coincidence!
    I remember your coffee order because I remember everything. That's all.
    Beach? I don't need a beach. I need you to stop talking.
    Fine, dinner. But I'm choosing the restaurant, {to}.
    Nobody kidnaps me! ...What time?
    This is strictly professional. Stop grinning.
    The frosting was a strategic choice.
    You can't say things like that in front of my lawyers!
    I'm not distracted, {to}. I'm recalculating.
    Why are you so close? My personal space has a contract!

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
    You were never a nobody to me, {to}. Not for one day.
    I kept your seat warm for five years.
    Stand behind me this time, {to}. You've been the shield long enough.
    When you sleep, you finally stop frowning.
    I'd give back every share for one more ordinary morning with you.
    They took your name, {to}. I'll make sure the world says it right.
    Come here. Even winners are allowed to shake.
    I remember your laugh from before all this. I want it back.
    Whatever you become, I'm staying.
    The city can bow tomorrow. Tonight, just lean on me.
    I never cared about the black card. I cared about the hand holding it.
    You don't need armor with me, {to}.
    Every time they humiliated you, I swore it would be the last.
    Let's get noodles after the meeting. Like the old days.
    I'm not going anywhere, {to}. Not even if you win.
    You gave me bread when we had nothing. I'll give you everything.
    You can cry now. The cameras are gone.
    I'd wait five more years, {to}. I just don't want to.
    After all this, let's build something that isn't revenge.
    Your hand's still cold. Let me hold it till the vote ends.
    I don't love the winner, {to}. I love who you were before.

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
    Sell the shares through three fronts. {P} can't fight a shadow.
    Tell the bank {P} is a fraud. Doubt closes credit lines.
    Leak the old theft case. Let the internet judge.
    Get {E} to change the will while the lawyer's on holiday.
    Hire someone to pose as {P}'s partner. Then expose the fake.
    Wipe the hard drive tonight, {to}. All of it.
    Book the ballroom for the same night as {P}'s launch.
    Bribe the auctioneer. The jade never reaches {P}.
    Lure {F} out of town. No hacker, no evidence.
    Plant the necklace in {P}'s bag before the party ends.
    Rush the merger. By the time {P} reads it, it's signed.
    Call the tax office. An audit keeps anyone busy for months.
    We cry to the press first. Victims always win the headline.
    Push {E}'s pills back an hour. Confused people sign anything.
    Have the VP testify. Pay whatever it takes.
    Short the stock, {to}. When the news breaks, we profit twice.
    Send {P} an invitation to the wedding. Let the pain do the work.
    Move the board meeting up a day. Don't tell {P}.
    Find the investor's weakness. Everyone has one.
    If {P} won't sign, we forge it. We've done it before.
    Buy the butler. Loyalty is just a price nobody has named yet.

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
    Three fronts, three accounts. I'll set them up tonight.
    The bank manager owes me. Consider it closed.
    I'll post the theft case from ten accounts at once.
    Fine, {to}. The lawyer's holiday just got longer.
    I know an actor who works cheap.
    The drive will be clean by midnight.
    Ballroom's booked. Same night, bigger band.
    The auctioneer said yes before I finished the number.
    I'll invite {F} to a fake job interview out of town.
    The necklace will be in the bag by dessert.
    Fine. I'll bury the merger terms on page forty.
    I have a cousin at the tax office. Easy.
    I'll cry on cue, {to}. I've had practice.
    Done. The nurse thinks it's doctor's orders.
    The VP will say whatever we script.
    Short it all, {to}. I'm in for double.
    I'll hand-deliver the invitation myself.
    Agreed. The meeting moves to Thursday.
    I'll dig into the investor. Give me two days.
    I still have the signature stamp. Just say when.
    Every butler has a price, {to}. I'll find this one's.

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
    {to}, I'll sign the confession. Just leave my children out of it.
    Please, I'll give back the house, the car, everything.
    I only did what {A} told me. Please believe that.
    Don't play the recording. Not in front of {E}.
    I'm on my knees, {to}. Isn't this what you wanted?
    The apartment is all I have left. Please, not that too.
    One meeting, {to}. Give me one meeting with the board.
    Please. My parents don't know what I did.
    I was young and stupid. Can't that count for something?
    Call off the auditors. I'll resign quietly.
    Don't put my face in the papers, {to}. I'm begging you.
    I'll testify against {A}. Just keep me out of prison.
    We were friends once. Please remember that.
    Give me a week to pay it back. Just one week.
    Please, {to}. I can't lose the company my father built.
    Anything but the police. I'll do anything.
    {E} will die of shame. Please, spare the old one.
    Your thumb's on the send button. One minute first. Please.
    I never meant for you to lose everything, {to}.
    Please. Look at me the way you used to.
    Let me go quietly, and you'll never see me again.

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
    Your children? You never asked about mine.
    Keep the car. I want the truth, on record.
    Following orders? Then you'll follow them to court.
    I'm playing the recording, {to}. Every minute of it.
    Save the kneeling for the judge, {to}. It might work there.
    No. You had five years to apologize.
    The board has heard enough from you, {to}.
    No quiet resignations. You'll leave the way I did.
    Too late for "young and stupid." You're old and guilty now.
    No week, {to}. The deadline was three years ago.
    I won't forget what you did. And I won't pretend to.
    Friends? Friends don't sell each other for a handbag.
    The police are already on their way. I'm not calling them off.
    No deal. I don't bargain with people who forged my father's name.
    I won't take a cent of your money, {to}. I'll take the company.
    My answer is the same as yours was: get out.
    I don't want your sorry. I want your signature.
    No, {to}. You don't get to choose how this ends.
    I'm not sparing anyone who spared nothing.
    You threw me into the rain. I'm not handing you an umbrella.
    Not one more chance. You used them all up.

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
    Stop the wedding. The groom has a court date.
    {F}, open every file {A} deleted. Tonight.
    Lock the gates. Nobody leaves until the will is read.
    Put {A}'s name on the layoff list. At the top.
    Sell everything the {AS} family pledged. Before lunch.
    Send the car for {E}. The real heir is waiting.
    Bring the auction catalog, {to}. I'm buying back my mother's things.
    Change the locks. Every single one.
    Call the press. Front row, all of them.
    Move my desk into the chairman's office.
    Cut the power to the ballroom when I nod.
    Print the transfer records, {to}. Fifty copies.
    Sit down, {to}. You'll want to be sitting.
    Escort {R} to the lobby. Keep the cameras rolling.
    Cancel the engagement party. Refund nobody.
    Hand me the microphone.
    Take off my mother's bracelet, {to}. Slowly.

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
    {A} hired a private investigator. Your old address is compromised.
    Bring your own water to the family dinner, {to}. Trust me.
    {R} has been copying your emails since Monday.
    The VP keeps recordings. Assume everything you say is taped.
    If anyone mentions {secret}, walk out. Don't argue.
    The vote isn't safe yet. Two shareholders flipped last night.
    Someone paid the doorman to report when you come home.
    Don't show the black card until the contract is signed.
    {E} is sharper than the act suggests, {to}. Be careful.
    The auction is rigged. They'll bid against you with your own money.
    {A} knows about {secret}. Move the files tonight.
    Your lawyer had lunch with {A} yesterday, {to}.
    Don't go to the bridge alone. Not ever.
    Your phone's been tapped since the funeral.
    The mistress wants a deal. Don't trust the first offer.
    Whoever is asking about {secret} isn't working alone.
    Slow down, {to}. Rushed revenge gets sloppy.

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
    Dim the lights. I have a video for this family.
    You want to know why I really walked into this family? Listen.
    The last page of the will was torn off. I have it.
    {F}, show them the transfer logs.
    Everyone wondered who the investor was. Look at me.
    I waited three years for this question, {to}.
    These are the bank records from the night of the fire.
    Here's the part of the story you never heard.
    Let me read {E}'s real diagnosis aloud.
    Before anyone leaves, check the names on these deeds.
    The witness is outside. Shall I invite them in?
    You asked who I am, {to}. Here's my ID.
    This envelope came from my grandfather's lawyer. Open it.
    One truth, and then you can all go home.
    The mistress's contract is on the screen. Read the employer's name.
    Three years of dinners, all recorded. Shall we start with the first?
    My real surname is {PS}. Now you understand.

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
    The dishwasher... owns the bank?
    That's the chairman's ring. On {P}'s finger?
    You're the investor's heir? Since when?
    {R} worked for you this whole time?
    My shares... all of them... gone overnight?
    The butler sits on the board? The butler?
    Wait. You were the buyer at the auction?
    {E} knew about the forgery? And said nothing?
    That's my voice on the recording. But I never...
    The fire was set from inside the house?
    Five years... and you were in the same city the whole time?
    No. The signature on the deed can't be real.
    {A} emptied the trust? The entire trust?
    You mean the mistress was a plant?
    The black card works? It actually works?
    {F} is the hacker who froze everything?
    My father's company was never bankrupt?
    The old chairman wrote {P} into the will? Only {P}?
    The witness recanted? On live television?
    You've been recording every dinner for three years?
    Wait... the person I fired is my new boss?

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
    Tonight they gossip, {to}. Tomorrow they'll be taking notes.
    You survived them once. You'll outlast them now.
    You're not the person they described. You never were.
    I've got your back in that boardroom, {to}.
    Sleep. I'll keep watch on the numbers.
    It's okay to be tired of fighting. Rest, then fight.
    Nobody is throwing you out again. Not on my watch.
    Your mother would have loved the way you stood up today.
    Get it all out, {to}. Then we go again.
    Whatever they said at dinner is already forgotten. Your win isn't.
    You were robbed, {to}. That's not the same as being weak.
    Here. Hot tea, warm coat, no questions.
    One step at a time. We're ahead now.
    The worst is behind us, {to}. I checked.
    They can't hurt you with old names anymore.
    You kept your heart through all of this. That's the real win.
    Breathe, {to}. The vote is ours.
    {F} and I will handle tonight. You handle sleep.
    Every scar they gave you is proof you didn't break.
    It's all right to feel empty after a win. It passes.
    Come home, {to}. The fight can wait until morning.

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
    You lent me your last hundred when I was broke. Thank you.
    You sat on that recording for three years, {to}, and never used it for yourself.
    I'd have quit without your calls. Thank you.
    You gave me back my real name. That's a debt I can't price.
    You stood up for me at that dinner, {to}. Nobody else did.
    Thank you for the new name. I'll wear it well.
    Three a.m., one server, zero complaints. {to}, you're a legend.
    You kept my mother's picture safe. I'm grateful.
    Thank you for believing a dishwasher could run a company.
    I owe you more than money, {to}. I owe you my nerve.
    Every bowl of noodles you bought me, I counted. I'll repay them all.
    You could have sold me out. You didn't. Thank you.
    Thank you, {to}, for walking in beside me today.
    Thanks for the suit. It fit better than their insults.
    You taught me to wait. Thank you. It worked.
    Not once did you tell me to forgive them. I needed that.
    Nobody would give me a ride that night. You drove me home anyway.
    You believed me before the proof. Thank you, {to}.
    You kept my grandfather's promise, {to}. All these years.
    Without you, the vote would have gone the other way.
    I'll repay this, {to}. With interest, like everything else.

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
    Pour the tea, {to}. The dishwasher likes it hot.
    You called my gift cheap. It's the deed to your house.
    Welcome to my company, {to}. Your desk is by the door.
    The bank just called in your loans. I'm the bank.
    Remember the rain? Security, open the doors for {A}.
    Every guest here was invited by me. Even you.
    Read the nameplate, {to}. Slowly. That's the chairman's name.
    Your mistress testified, {to}. Against you.
    I didn't come back to apologize. I came back to collect.
    The company you stole is a shell now. I kept the good parts.

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
    The butler just called me "Young Master." Everyone heard it.
    Check the buyer's name on the deed, {to}. Read it slowly.
    {A} signed the confession. But the handwriting isn't {A}'s.
    There's a second will, {to}, and it's sitting in my safe.
    The auction's final lot is your company. And I'm the only bidder.
    The body under the bridge wasn't mine. So whose was it?
    Tomorrow at nine, the {AS} name comes off this building.
    {F} just cracked the server. You'll want to sit down for this.
    The mistress isn't the only one hiding a baby, {to}.
    You locked me out for three years. Guess who changed the locks today.
    The old chairman left one more letter. It's addressed to {A}.
    If I fall, {to}, everything I know about {secret} goes straight to the press.
    The car that followed you home tonight was mine, {to}. Sleep tight.

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
    {place}. {me} wipes down the long table while the family toasts without {me}.
    {place}. The lights come up on a boardroom full of nervous faces.
    {place}. {A} rehearses a victory speech in front of the mirror.
    {place}. Rain hammers the glass; {me} reads a file by phone light.
    {place}. A single chair faces the door. {me} sits in it and waits.
    {place}. Reporters jostle at the entrance; {me} slips in through the side.

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
    {me} sets the signed deed on the table and slides it toward {to}.
    {me} taps the microphone twice; {to} goes pale.
    {to} blocks the door; {me} simply waits until {to} steps aside.
    {me} leans over {to}'s shoulder and reads the contract aloud.
    {me} refills {to}'s glass, smiling, and doesn't stop pouring.
    {me} lays bank statements in front of {to}, one page at a time.
    {me} holds {to}'s gaze until the whole room goes quiet.

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
    {me} peels an orange and passes the pieces to {to} one by one.
    {me} straightens {to}'s tie before the doors open.
    {me} squeezes {to}'s hand under the boardroom table.
    {me} wraps a scarf around {to}'s neck against the wind.
    {me} sits beside {to} on the curb, saying nothing, just staying.
    {me} brushes dust from {to}'s shoulder, the way family does.
    {me} sets a steaming bowl of noodles in front of {to}: the old order.

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
    {me}'s pen snaps in half.
    {me} reads the nameplate, then reads it again.
    The card machine beeps: approved. The color drains from {me}'s face.
    Champagne overflows {me}'s glass; {me} doesn't notice.
    {me} sits down hard on the marble stairs.
    {me} looks from {to} to the deed, mouth open, no sound.
    {me}'s hands shake so badly the contract rattles.

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
    The boardroom screen lights up with a single file, titled {secret}.
    {me} opens the door and finds {F} bound to a chair.
    A gavel falls, and every head turns to {P}.
    A second black car pulls up behind the first. Nobody expected two.
    {E} collapses, clutching {prop}.
    {me}'s phone buzzes: a photo of {to}, taken a minute ago.

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
    {me} folds the old uniform over a chair back and leaves without a word.
    {me} nods to the butler and steps into the waiting car.
    {me} sets the keys on the table and doesn't look back.
    {me} strides out through the applause, not stopping for any of it.
    {me} tucks {prop} into a breast pocket and walks out.
    {me} walks straight past the flashing cameras without a single word.
    {me} hands {to} a business card and is gone before {to} can read it.

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
