// Built-in phrasebook: suspense, English.

extension PhrasebookSource {
    static let suspenseEN = #"""
    # Suspense / mystery, English. Roles: P investigator, L partner, A hidden culprit,
    # R suspect or rival investigator, F forensic tech or informant, E chief or family head.

    [cast]
    protagonist | f | the driven detective |  | A homicide detective who never stopped working the cold case that took someone from her childhood.
    protagonist | m | the forensic doctor |  | The city's chief medical examiner: few words, sharp eyes, reads a whole night from one body.
    protagonist | f | the investigative journalist |  | A newsroom reporter dragged into a murder after anonymous messages start arriving on her phone.
    lead | m | the by-the-book partner |  | A steady detective who quotes procedure, covers for his partner, and pretends not to care.
    lead | m | the reluctant suspect |  | The victim's ex, first on the suspect list, who becomes the investigator's most useful ally.
    lead | f | the sharp prosecutor |  | A prosecutor who needs a clean case and keeps bending the rules for one investigator.
    antagonist | m | the respected philanthropist |  | A beloved benefactor who funds the hospital, the orphanage and the police gala.
    antagonist | f | the grieving widow |  | The victim's poised sister-in-law, first to cry at the funeral and first to call a lawyer.
    antagonist | m | the family lawyer |  | The family's quiet fixer who has cleaned up every scandal for twenty years.
    rival | m | the rival investigator |  | A task-force detective from the provincial bureau who wants the collar and the headline.
    rival | f | the suspect with a secret |  | The victim's best friend, whose alibi has holes she keeps papering over.
    ally | f | the forensic tech |  | A night-shift lab tech who runs prints off the books and drinks too much coffee.
    ally | m | the street informant |  | A noodle-stall owner at the night market who hears everything and sells some of it.
    elder | m | the police chief | Chief | The chief of police, thirty years on the force, very good at closing cases fast.
    elder | f | the family matriarch |  | The head of the victim's family, who guards the estate and its silence.
    elder | m | the victim's father |  | A powerful old patriarch who wants the killer found, as long as the family name stays clean.

    [name.f]
    Claire
    Maya
    Evelyn
    Nora
    Iris
    Vivian
    Lena
    Grace
    Audrey
    Hannah
    Sophie
    Rachel
    Fiona
    Jade
    Mei
    Lily
    Ruby
    Tessa
    Celeste
    Megan
    Olivia
    Ivy
    Joanna
    Stella
    Naomi
    Wen
    Cora

    [name.m]
    Ethan
    Daniel
    Adrian
    Marcus
    Julian
    Leo
    Nathan
    Owen
    Gabriel
    Victor
    Samuel
    Elliot
    Ryan
    Kevin
    Jason
    Wei
    Tristan
    Caleb
    Henry
    Felix
    Lucas
    Simon
    Declan
    Raymond
    Jonah
    Miles

    [surname]
    Hart
    Blake
    Sterling
    Graves
    Holloway
    Chen
    Lin
    Wong
    Tang
    Lau
    Ashford
    Cole
    Mercer
    Reyes
    Novak
    Whitmore
    Quinn
    Shaw
    Zhou
    Ho
    Kwan
    Thorne
    Vance
    Locke
    Pryce
    Yip

    [place]
    interrogation | CITY POLICE STATION - INTERROGATION ROOM | the interrogation room | int | A bare table, two chairs, a two-way mirror and a clock that ticks too loud.
    morgue | CITY HOSPITAL - MORGUE | the morgue | int | Cold steel drawers, humming lights, a sheet over a shape on the table.
    riverbank | RIVERBANK UNDER THE OLD BRIDGE | the riverbank | ext | Mud, reeds and police tape; mist lifting off the water at first light.
    factory | ABANDONED TEXTILE FACTORY | the old factory | int | Broken windows, rusted looms, pigeons, and fresh footprints in the dust.
    victim_apt | VICTIM'S APARTMENT | the victim's apartment | int | A tidy flat where one thing is out of place: a second wine glass, washed.
    study | {AS} FAMILY ESTATE - STUDY | the study | int | Leather, oak and old money; a locked drawer in the desk.
    night_market | NIGHT MARKET - NOODLE STALL | the night market | ext | Steam, neon and crowds; the informant's stall at the end of the row.
    garage | UNDERGROUND PARKING GARAGE - LEVEL B3 | the parking garage | int | Flickering tubes, concrete pillars, a camera that looks the wrong way.
    newsroom | CITY DAILY - NEWSROOM | the newsroom | int | Ringing phones, late deadlines, a desk buried in printouts and photos.
    lake_house | LAKE HOUSE - DOCK | the lake house | ext | A shuttered holiday home on a grey lake, a rowboat tied to the dock.
    evidence_room | POLICE STATION - EVIDENCE ROOM | the evidence room | int | Metal shelves of labelled boxes, a sign-out log, a single bulb.
    rooftop | OLD APARTMENT BLOCK - ROOFTOP | the rooftop | ext | Laundry lines, water tanks and the whole small city glittering below.
    cemetery | HILLSIDE CEMETERY | the cemetery | ext | Rows of wet headstones and one fresh grave with no flowers.
    lab | FORENSIC LAB | the lab | int | Microscopes, sample fridges, and a printer that spits out bad news.
    chief_office | POLICE STATION - CHIEF'S OFFICE | the chief's office | int | Trophies, framed handshakes, and a shredder by the desk.
    motel | ROADSIDE MOTEL - ROOM 12 | the motel room | int | A buzzing sign outside, a chained door, a witness who will not sleep.
    bar | BACK-ALLEY BAR | the bar | int | Low light, one bartender, and regulars who never remember anything.

    [prop]
    the burner phone
    the bloodstained scarf
    the old photograph
    the USB drive
    the diary
    the stopped pocket watch
    the voice recorder
    the cold case file
    the hotel key card
    the anonymous letter

    [secret]
    culprit_scene | major | antagonist | protagonist | who was really on the riverbank at two a.m. | Yes, {P}, I was on the riverbank that night. I watched the water take her.
    victim_sister | major | elder | protagonist | the girl the adoption papers never named | The girl in the river was your sister, {P}. I arranged the adoption myself.
    buried_case | major | elder | protagonist | why the first case was closed in a week | I buried the first case, {P}. Three phone calls, and the file was gone.
    ally_blackmail | major | ally | protagonist | why the lab reports keep arriving late | Someone has photos of my son, {P}. Every report I delayed, I delayed for them.
    rival_alibi | major | rival | lead | the dinner receipt with the wrong date | I was never at that dinner, {L}. I paid the waiter to remember my face.
    lead_father | major | elder | lead | the first name on the original suspect list | Your father was the first suspect, {L}. I paid to make that go away.
    anon_caller | major | ally | protagonist | whose voice is behind the anonymous calls | The anonymous calls were me, {P}. It was the only way to keep you digging.
    stairwell_child | major | antagonist | protagonist | what the child on the stairwell saw twenty years ago | You were the child on the stairs, {P}. You saw my face, and then you forgot it.
    last_call | minor | rival | protagonist | who the victim called an hour before she died | She called me at one a.m., {P}. She was crying, and I hung up.
    missing_minutes | minor | lead | protagonist | the twelve missing minutes of garage footage | I deleted the twelve minutes, {P}. My brother's car is in that footage.
    key_card | minor | rival | lead | whose key card opened the victim's door | The key card was mine, {L}. We had been seeing each other for a year.
    wrong_time | minor | ally | protagonist | the time of death that doesn't match the report | I got the time of death wrong, {P}. Three hours off, and I signed it anyway.
    torn_page | minor | elder | lead | the torn-out last page of the witness statement | I tore out the last page, {L}. It named someone I could not afford to lose.
    bought_attendant | minor | antagonist | rival | why the morgue attendant bought a new car | I paid the morgue attendant, {R}. Bodies stay quiet, but paperwork talks.
    hidden_witness | minor | lead | protagonist | where the missing witness is hiding | The witness is at my lake house, {P}. I hid her before they could reach her.
    second_phone | minor | antagonist | ally | the second phone in the locked study drawer | Yes, {F}, I kept a second phone. Every message she got came from it.
    old_badge | minor | rival | protagonist | the old badge that was never handed back | I was thrown off the force over this same case, {P}. I got too close.
    sealed_record | minor | protagonist | lead | the sealed juvenile record with the same address | I grew up in that house, {L}. My record is sealed for a reason.

    [hook]
    Time of death, two a.m. And you were the last call on her phone, {to}.
    The body by the river had your business card in its pocket, {to}.
    Someone texted me a photo of the crime scene. An hour before the murder.
    The witness is gone, {to}. Her apartment was wiped clean overnight.
    Twenty years ago: same knot, same riverbank, same dawn.
    She didn't drown, {to}. She was dead before she touched the water.
    Your alibi just walked into my office and changed her story.
    We found {prop} under the floorboards. Guess whose fingerprints are on it.
    The anonymous caller knew the victim's name before we found the body.
    Don't sit down, {to}. Today you're not a guest. You're a suspect.
    That case you closed in a week, {to}? Someone else just died.
    Third body this month. Same red thread around the wrist.
    The morgue called. The woman in drawer six isn't the woman we identified.
    My sister's name is in the victim's diary. Explain that, {to}.
    There's a second set of footprints, {to}, and they walk away from the water.
    Everyone in the {AS} house has an alibi. That's exactly the problem.
    You were seen at {place} at midnight. Don't tell me you were asleep.
    I got a letter this morning. Three words: "You are next."
    The security footage skips twelve minutes. Someone in this building did that.
    He confessed, {to}. And I know for a fact he didn't do it.
    Wake up, {to}. They pulled another one out of the river at dawn.
    The lab says the blood on {prop} is twenty years old.
    The victim called the police three times that night. Nobody came.
    Your name is on the last page of her diary, {to}. Circled twice.
    The man we arrested was in a hospital bed at the time of death.
    Somebody's been in my apartment. Nothing's missing. Something's been added.
    The cold case files were signed out last night. Under my name.
    She left a voicemail before she died, {to}. It's addressed to you.
    The killer texted us a confession. From the victim's phone.
    Don't touch the door, {to}. The lock was broken from the inside.
    A stranger paid the victim's rent for ten years. Today I found out who.
    Someone rewrote the autopsy report, and they work in this building.
    Her watch stopped at 2:14. By then she'd been dead an hour.
    The victim's phone just pinged a tower. She's been in the ground a week.
    I ran your prints for a routine check, {to}. They came back flagged for murder.
    Somebody left flowers on the grave before anyone knew she was dead.
    Two bodies, two cities, and both of them were holding your photograph, {to}.
    The coroner quit this morning. He left one note: "Ask about drawer nine."
    Last night someone used my badge number to open the evidence room.
    The girl we buried twenty years ago just walked into {place}.
    {A} wrote the eulogy. It mentions a wound only the killer could know about.
    Forget the river. The real crime scene is three floors above your office, {to}.
    Our only witness is blind. And she swears she recognized the killer's voice.
    Happy birthday, {to}. The killer sent you a card.
    Every clock in the victim's house was set back exactly one hour.
    The caller says she killed a man tonight. We can't find a body anywhere.

    [accuse]
    You were the last one to see her alive, {to}. And you lied about it.
    Your car was parked outside her building at one a.m.
    You wiped the doorknob, {to}. Only the killer would bother.
    You sent those anonymous messages. Same typo, every single one.
    Nobody told you she was dead. So how did you know?
    Those are your boot prints on the riverbank, {to}.
    You paid the witness to disappear. I have the bank transfer.
    You buried the first case, {to}. And now another girl is dead.
    You've been feeding the killer our case files all month.
    The scarf in the victim's hand is yours, {to}. Your initials are stitched on it.
    Your alibi is fake. That restaurant was closed for renovations that night.
    You called her twice the night she died. Then you deleted the log.
    You lied about the time, {to}. The hallway clock says otherwise.
    You were in {place} that night. Your key card says so.
    You knew the code to her safe, {to}. Only three people did.
    The ring on her finger was bought with your credit card.
    Funny how your dog found the body, {to}, a mile off your usual walk.
    You told the press about the red thread. We never released that detail.
    You washed that coat twice, {to}. The lab still found her blood.
    The insurance policy is three weeks old, and the beneficiary is you.
    You signed the morgue log at three a.m. under a fake name.
    It was your voice on the emergency call, {to}. We had it analysed.
    You took {prop} from her apartment before we sealed it.
    You've been lying to your own partner, {to}, since day one.
    The neighbour heard a man shouting at her. He described your jacket, button for button.
    {A} hired you to find her, {to}. Then she turned up dead.
    You knew where the body was before the search team did.
    Those shoes are new, {to}. Where did you throw the old ones?
    The ink on that statement is two years newer than its date, and you notarized it.
    Someone rented a boat the night she drowned. Cash, fake name, your height exactly.
    You coached the witness, {to}. She used your exact words.
    Those scratches on your neck didn't come from a cat, {to}.
    You changed the locks a day after she vanished. Why?
    Every lead that went cold this year crossed your desk first.

    [deny]
    I never touched her. Check my hands, my car, anything you want.
    I was across town, {to}. Ask the bartender.
    That's not my scarf. Half the city owns one like it.
    I didn't even know her name until I saw the news.
    You've got the wrong person, {to}. And the real one is laughing.
    I deleted nothing. That phone was stolen weeks ago.
    Fingerprints prove I was there. They don't prove I killed her.
    I loved her, {to}. I would never hurt her.
    No. I wasn't there. I swear on my mother's grave.
    Somebody is setting me up, and you're helping them do it.
    Those messages didn't come from me. I can barely work my phone.
    I left at eleven. She was alive and laughing when I walked out.
    I never said that. Play the tape if you don't believe me.
    Check the toll records. I was on the highway all night.
    I hadn't spoken to her in five years, {to}. Ask anyone.
    I bought that boat for fishing. I can't even swim.
    The insurance was her idea, not mine.
    Scratches? I was pruning roses, {to}. Go look at the garden.
    I wasn't even in the country. I have the plane ticket and the jet lag.
    Yes, I argued with her. Arguing isn't murder, {to}.
    Whoever's on that tape, it isn't me. I don't sound like that.
    My key card was cloned. I reported it a month ago.
    I have never owned a red thread in my life.
    I signed nothing, {to}. That's a forgery, and a lazy one.
    Why would I kill the only person who owed me money?
    The blood is mine. I cut my hand on her broken window, trying to help.
    I found her like that, {to}. I swear I found her like that.
    I was at my daughter's recital. Three hundred parents saw me.
    Ask {other}. We were together until dawn.
    If I'd done it, {to}, would I really have called you?
    That's my car, but I wasn't the one driving it.
    Fine, I lied about the time. I was with a married woman, not a dead one.
    I never went inside. I knocked, nobody answered, I left.
    That's a diary written by a frightened girl, {to}. Not a confession.

    [threaten]
    Keep digging, {to}, and they'll be pulling you out of the river next.
    One word about {secret}, and your badge is mine.
    You have a little sister, don't you, {to}? Lovely school she goes to.
    Drop the case. This is the only warning you'll get.
    I know what's in your file, {to}. Everyone will know by morning.
    Mention {secret} again, and see how long your witness lasts.
    Accidents happen at {place}. Especially after dark.
    Push me, {to}, and you'll take the fall for every one of them.
    Walk away now, or the next anonymous letter has your name on it.
    The {AS} family owns the judge, the paper and the coroner. Who owns you?
    Your informant talks too much, {to}. Tell him to stop.
    I buried one detective already. I can bury another.
    Touch {prop} again and you'll lose a lot more than your job.
    How's your mother's heart, {to}? Stress is so dangerous at her age.
    Say {secret} out loud once, and your partner's career dies with it.
    I know which bus your son takes home. Every single day.
    Print that story, {to}, and the next obituary will be yours.
    Your witness has a green door and a very flimsy lock.
    Leave the river alone, {to}. Rivers keep what they take.
    One phone call to internal affairs, and you're the suspect.
    I have a copy of your sealed record, {to}. Lovely reading.
    Keep asking about {secret}, and you'll learn the answer the hard way.
    Your lab tech drives home alone every night, {to}. Long, dark road.
    The last person who wore that badge into my house left on a stretcher.
    Keep pulling that thread, {to}, and watch what unravels with it.
    I can make you the killer by Friday. The paperwork's half done already.
    Testify, and you'll spend the rest of your life looking over your shoulder.
    Ask {R} how the last person who mentioned {secret} is doing.
    You've got a partner who trusts you, {to}. For now.
    It would be a shame if {prop} turned up in your apartment. With your prints on it.
    Drop the subpoena, {to}, or I send a few photographs to the press.
    My family has buried bigger problems than you in that cemetery.
    Your source at the night market sells to me too, {to}.
    You're one anonymous tip away from a cell of your own, {to}.

    [defy]
    Then you'd better do it tonight, {to}. Tomorrow I'll have a warrant.
    Threaten me all you want. Evidence doesn't scare.
    I've been shot at before, {to}. You're not that frightening.
    My copy isn't the only copy of this file.
    You want me off this case? You'll have to drag me off it.
    I'm not afraid of the river, {to}. I grew up on it.
    Every threat you make is another line in my report.
    I'll find the truth, {to}, even if I have to dig it up with my hands.
    You don't scare me. You just told me I'm close.
    Say that again, slower. The recorder's running.
    I've waited twenty years. I can survive your little warning.
    Bury me if you like, {to}. The copies are already in the mail.
    Go ahead and try. Tomorrow's front page could use a photo of you.
    Put me in a cell, {to}. I'll solve it from there.
    You don't have enough money to buy this badge.
    Take the photographs to the press. I'll hand them the rest of the story.
    I've got a dead girl who deserves better than your threats.
    Internal affairs? Call them. I'll hold the door.
    You can smear me, {to}, but you can't un-find that body.
    Scare my witness, and I'll guard her myself. Day and night.
    I stopped being afraid of men like you in my first year.
    Fire me, then. I'll keep working this case for free.
    That's three threats today, {to}. I'm keeping count.
    Stop now? I've only just found your name.
    The river didn't get me at seven. It won't get me now.
    Your family's lawyers are very good. So is the evidence.
    Lock me out of the station, {to}. I know where the back door is.
    My career for the truth? That's a fair trade.
    Bring your lawyers. Bring your friends. Bring the mayor.
    Come after me, {to}, and you'll leave prints. Your kind always does.
    I've read your file too, and mine is shorter.
    If I disappear, three journalists open three envelopes.
    No. You don't get to write the ending this time, {to}.
    The truth's a slow tide. It always comes back in.

    [mock]
    Detective of the year can't find one killer in a town this small.
    Still chasing ghosts, {to}? How's that working out?
    Cute theory. Did you get it from a podcast?
    Your evidence is a scarf and a feeling, {to}.
    Poor thing. You actually think you're close.
    The last detective on this case said the same thing. Remember how that ended?
    Your own partner doesn't trust you, {to}. Why should I?
    You cried at the crime scene. The whole squad saw.
    Is this an interrogation or a therapy session, {to}?
    They gave you this case because nobody expects you to solve it.
    Bring me a warrant, {to}, or bring me a coffee.
    A reporter playing detective. How adorable.
    You couldn't protect her then, {to}. Who do you think you'll protect now?
    Oh look, the great detective found a hair. Alert the newspapers.
    Another theory, {to}? You go through them like cheap coffee.
    They demoted the last genius who worked this case. Sent him to traffic.
    Your evidence board looks like a child's art project.
    Run along, {to}. The grown-ups are talking about money.
    Did your sources tell you that, or was it your horoscope?
    How many years on this case now? And still no name.
    You're not a detective, {to}. You're a tourist with a badge.
    A hunch, a scarf and a dead girl's diary. Very persuasive.
    I'd arrest me too, if I had nothing else.
    Your partner laughs about you in the break room, {to}.
    Twenty years obsessed with one river. Have you tried a hobby?
    You read bodies, {to}. Pity you can't read people.
    Wave your little warrant. My lawyer collects them.
    The newsroom called. They want their intern back.
    So brave, {to}, bullying a grieving widow in her own home.
    Shall I speak slower? You seem to be writing very carefully.
    Your own chief doesn't return your calls, {to}.
    A forensic miracle! Let me guess: it points at whoever you dislike.
    Is this the part where you slam the table? Go on, I'll wait.
    Careful, {to}. One more brilliant deduction and you'll sprain something.

    [endure]
    Laugh all you want. I'm still the one holding the file.
    Fine. I'll take the insult. You take the subpoena.
    I've heard worse from better liars, {to}.
    Keep talking. Killers always talk too much in the end.
    Twenty years of doors slammed in my face. One more won't stop me.
    You can mock me, {to}. You can't make the evidence disappear.
    I'll cry later. Right now I have a body to read.
    Call it a feeling. Feelings have gotten me three confessions.
    They took my badge once. They couldn't take my memory.
    Go on, smile. I'll remember exactly how you looked today.
    I'm used to being underestimated, {to}. It's very useful.
    Say what you like. The dead don't care about my reputation.
    Noted, {to}. It goes in the file with everything else.
    Sticks and stones, {to}. I deal in fingerprints.
    Smirk all you like. Smirks don't hold up in court.
    I've been called worse by people who are now in prison.
    You're enjoying this, {to}. Enjoy it quickly.
    Fine. I'm a fool. Fools can still read bank statements.
    I'll swallow it. The case matters more than my pride.
    Laugh now. The lab's open until midnight.
    Underestimate me one more time, {to}. It's been working beautifully.
    My badge can survive a few jokes. Your alibi can't.
    Call me obsessed. Obsession found the second body.
    I'll let that go, {to}. Tonight.
    Humiliate me in front of the squad. The squad still follows evidence.
    Every door you slam, I find a window.
    I'm writing down everything you say, {to}. Including the insults.
    I've been the station joke before. I closed that case too.
    Keep smiling, {to}. I want to remember your last good day.
    Words don't bruise, {to}. Handcuffs do.
    You can mock my methods. You can't mock a DNA match.
    I've outlasted three chiefs, {to}. I'll outlast you.
    One day this will be a funny story. I'll tell it at your sentencing.
    Yes, I cried at the scene. I'll stop when you're in a cell.

    [question]
    Time of death was two a.m. Where were you, {to}?
    Who else had a key to her apartment?
    What do you really know about {secret}, {to}?
    Why did you wash your car at four in the morning?
    Who called you from the unlisted number?
    When did you last see her alive, {to}?
    You said you were home alone. Can anyone confirm that?
    Why does your name appear in her diary eleven times?
    What were you burning behind the factory, {to}?
    How did you know she drowned before we announced it?
    Who else knows about {secret}, {to}?
    Whose coat was she wearing when we found her?
    Why did the {AS} family lawyer arrive before the police did?
    What did the victim want from you, {to}? Money? Silence?
    Did you change your clothes before you called it in, or after?
    Anything about {secret} you'd like to tell me before the lab does?
    Which one of you deleted the footage, {to}?
    Why would a stranger leave {prop} on my doorstep?
    Who cleaned the apartment before we arrived, {to}?
    Why is there a second toothbrush in a flat where she lived alone?
    What did she say to you in the parking garage?
    How long had you been sleeping with her, {to}?
    Where's the rest of the diary, {to}?
    Who told you the body was at {place}?
    When exactly did {secret} stop being a rumour, {to}?
    Why did you pay for her funeral if you barely knew her?
    Who was on the other end of that call, {to}?
    What are you afraid I'll find in your car?
    Why does someone upstairs want this case closed by Friday?
    How did {prop} walk out of a locked evidence room?
    Did she ever mention {secret} to you, {to}?
    Which of you was she really afraid of?
    What time did you switch off your phone that night, {to}?
    If you loved her, why didn't you report her missing?

    [explain]
    The bruising on her wrists says she was held down. The water came later.
    The first case was twenty years ago. Same river, same red thread.
    The burner pinged one tower all night. The {AS} estate.
    Rigor puts the time of death between one and three.
    She worked nights at the hotel desk. She saw everyone who came and went.
    The footage loops every ninety seconds. Someone spliced it by hand.
    The anonymous texts come from prepaid SIMs bought with cash, in bulk.
    On paper he had no motive. The motive is the money nobody wrote down.
    The mud on her shoes isn't from the river. It's from the factory yard.
    She changed her will a week before she died. That's when the clock started.
    That's fountain pen ink. Maybe three people in this town still use one.
    I left the force because they closed a case I wasn't done with.
    She called her brother at midnight, then a cab, then nobody ever again.
    The lock wasn't forced. She opened the door for someone she trusted.
    That scarf came from a boutique that shut down fifteen years ago.
    There's no water in her lungs, {to}. She was gone before the river.
    The diary pages are numbered. Six are missing, all from March.
    My father worked this case before me. He died before he could finish it.
    The bruises are in two stages. Someone hurt her a week before they killed her.
    The bus company logs every card tap. Hers stopped at 11:40.
    Diatoms in the lungs tell you which water. This wasn't the river, {to}.
    She sold her car in March. Cash. She was planning to run.
    The red thread is fishing line, dyed by hand. One shop in town sold that dye.
    That's a sailor's hitch. Her stepfather spent twelve years at sea.
    Phones keep a log of every network they see. Hers saw the {AS} estate twice.
    The witness can't read a clock face. She told the time by the church bells.
    Twenty years ago one lawyer handled both estates, {to}.
    The victim was left-handed. The cut came from someone right-handed, standing behind her.
    Pawn shops report serial numbers. Her watch turned up on Tuesday.
    I took a month off the newsroom because of this case. The paper called it stress.
    The fire was set from inside. The accelerant trail starts at the desk.
    She wasn't blackmailing him, {to}. She was collecting evidence to protect herself.
    Cold slows decay. Someone kept her somewhere cold for two days.
    The anonymous tips always land right after a press briefing. Someone in that room is talking.

    [evade]
    I don't remember. It was a long night, {to}.
    Talk to my lawyer. I'm done answering questions.
    What about {secret}? I have no idea what you mean.
    Am I under arrest, {to}? No? Then I'm leaving.
    Everybody in this town had a reason to hate her.
    You're asking the wrong person. Ask {other}.
    I was home. Alone. Like every other night.
    That was years ago. People change, {to}.
    I'd love to help, but I signed a confidentiality agreement.
    Why don't you ask me something I can actually answer?
    I've never heard of {secret}, and I'd advise you to forget it too.
    It's late, {to}. We can do this in the morning.
    Does it matter where I was? She's dead either way.
    I'd have to check my calendar, {to}. It's a very busy one.
    You're asking about a woman I barely knew.
    Interesting question. My lawyer will find it interesting too.
    {secret}? People say a lot of things at funerals.
    Is this on the record, {to}? Then no comment.
    I've told the other officers everything already. Read their notes.
    I honestly couldn't say. I was very drunk.
    Why are we talking about me when her husband is standing right there?
    I don't recall, {to}, and I can't imagine why you'd ask.
    That's a family matter. You'd have to speak to the family.
    Ask me about {secret} again when you've got a warrant.
    I think I need some water first. And perhaps a doctor.
    You should really be asking about her business partner, {to}.
    Which night do you mean? There were so many.
    I'm not sure that's relevant to your investigation.
    Let's say I was somewhere I'd rather not be seen.
    Hmm. Who told you that, {to}? I'd like a word with them.
    It's complicated. Everything about her was complicated.
    I already gave a statement, {to}. Page four, I think.
    What do the cameras say? Trust the cameras.
    I'm just the accountant. I see numbers, never people.

    [tease]
    You brought me coffee at three a.m. Is that evidence of something, {to}?
    Do you always stand this close when you read a crime scene?
    Careful, {to}. Keep looking at me like that and I'll call it probable cause.
    If I'm your prime suspect, you'd better keep me where you can see me.
    You remembered how I take my coffee. Should I be worried?
    Admit it, {to}. You like it when I'm right.
    Handcuffs already? We haven't even had dinner.
    You checked my alibi twice. I think you wanted it to hold.
    For a cop, {to}, you're terrible at hiding what you think.
    Slept at the station again? People will start to talk.
    Interrogate me some more, {to}. I'm starting to enjoy it.
    You saved me a seat at the stakeout. That's practically a date.
    You only ever call me after midnight, {to}. Should I take that personally?
    You've read my file three times, {to}. Find anything you like?
    Careful, partner. Someone might think you were worried about me.
    You look good in a crime scene suit, {to}. Not many people do.
    My alibi is that I was thinking about you. Does that hold up?
    You sat on my side of the car again. Territorial, {to}?
    Is that a lead, or did you just want to call me?
    You solve every puzzle except the one sitting next to you.
    You saved me the last doughnut, {to}. I'm logging that as evidence.
    If you frisk me any slower, I'll need a lawyer present.
    You've started finishing my sentences, {to}. Very unprofessional.
    You only wear that tie on days we're working together. I noticed.
    So the ice-cold doctor does smile. Somebody write down the date.
    Keep squinting at me like that, {to}, and I'll confess to something.
    A stakeout, a thermos, and you. Worst date I've ever enjoyed.
    You did my paperwork for a week. People will talk, {to}.
    You could just ask me to dinner, {to}, instead of subpoenaing my schedule.
    Do you interrogate everyone in their kitchen, or am I special?
    You called me brilliant in your report, {to}. I read it.
    Careful. Lean any closer and that's a search without a warrant.
    You're sweet when you're sleep-deprived, {to}.
    Another midnight call? At this point, just move in.

    [fluster]
    That's — no. It's procedure. Everything is procedure.
    I wasn't staring. I was checking your story.
    The coffee was a spare. Don't read into it, {to}.
    Can we please focus on the dead body?
    You're a suspect, {to}. I'm not allowed to like you.
    I — the car was cold. That's the only reason I sat closer.
    Stop smiling. This is a murder investigation.
    Who said anything about dinner? I said debrief.
    Forget I said that, {to}. That was the sleep deprivation talking.
    My face is red because the heater's broken. Obviously.
    I checked your alibi twice because I'm thorough. That's all.
    Just — get in the car, {to}.
    I don't blush. Detectives don't blush.
    I wasn't worried. I was — the roads were icy. That's all.
    That's classified. Also, would you quit smiling at me?
    I read your file for the case, {to}. Only for the case.
    The doughnut was extra. The box came with twelve.
    Wait, did I say that out loud?
    You're misreading my body language, {to}. Professionally speaking.
    Dinner? It's two in the morning. Everything's closed. Obviously.
    Stop it. Focus. The timeline. We were doing the timeline.
    I'm not smiling. This is my serious face.
    My tie has nothing to do with — can we please just drive?
    The spare toothbrush is for stakeouts. Any stakeout. Generally.
    Don't call me sweet, {to}. I carry a gun.
    That — that was a professional assessment. In a report.
    I bought two coffees by accident. Just take one.
    Why are you so close? The file's right there.
    Yes. No. I mean — the evidence says yes.
    You have crumbs on your — never mind. I'm not looking.
    I never get nervous at crime scenes, {to}. Only near you. I mean — forget it.
    This is a professional relationship. Mostly. Largely.
    Can we pretend I walked in five minutes from now?
    My hands are shaking from the caffeine, {to}. Nothing else.

    [tender]
    You don't have to see the body, {to}. Let me identify her.
    Whatever's in that file, I'll still be here when you close it.
    Sleep for an hour. I'll watch the door.
    You're shaking, {to}. Take my coat.
    You found her, {to}. After twenty years, you found her.
    I'm not your partner tonight. Just someone who doesn't want you hurt.
    If this goes wrong, know that I never doubted you.
    Come here. You've been brave long enough.
    I read your sister's file, {to}. She'd be proud of you.
    Next time you walk into the dark, take me with you.
    I memorized your number in case they took my phone.
    You're not alone in this, {to}. Not anymore.
    Look at me, {to}. Breathe. We finish this together.
    Give me the file, {to}. You've read it enough for one night.
    I'll stay on the phone until you're inside with the door locked.
    Whatever you find tomorrow, you won't find it alone.
    You've got mud on your face, {to}. Hold still.
    I kept the porch light on. I didn't know if you'd come.
    When this is over, I want one ordinary day with you.
    Let me see your hands, {to}. You've been digging again.
    I don't care what the file says about your past. I know you now.
    You're safe. Hear the rain? That's all it is.
    I'm scared too, {to}. Hold on to me anyway.
    You don't owe the dead your whole life. Keep a little for yourself.
    I'd walk into that river after you. You know that, {to}.
    Lean on me, {to}. Nobody's watching.
    I brought you soup from the night market. The good stall.
    You kept her memory alive for twenty years, {to}. Let me keep you.
    Close your eyes. I'll read you the timeline till you fall asleep.
    You flinched when the phone rang. Come here.
    You matter more than the case, {to}. You always did.
    I'll stand between you and every one of them.
    Your hands are ice. Put them in my pockets.
    Tomorrow we chase killers. Tonight, just breathe, {to}.

    [scheme]
    Move the body before sunrise. The tide will do the rest.
    Leak the diary to the press. Let the detective choke on it.
    Feed {P} a suspect. Someone small, someone nobody will miss.
    Wipe the garage footage, {to}. All of it, not just the twelve minutes.
    Put the witness on a bus tonight. One-way ticket.
    Plant {prop} in {R}'s car. The police will do the rest.
    Call the coroner. Tell him the time of death is flexible.
    We hand them {R}. They'll be too busy to look at us.
    One more anonymous letter, {to}. Make it personal this time.
    Keep the Chief busy. Dinners, donations, whatever it takes.
    Burn the second diary. Then burn the ashes.
    Tell the newsroom the detective is unstable. The records will back us up.
    If {P} gets close, we remind {P} what happened twenty years ago.
    Get {F} reassigned. The lab needs a new night shift.
    Send the detective a fresh lead. A false one, nicely wrapped.
    Switch the blood samples before the second test, {to}.
    Have a reporter ask about the detective's old record at the press conference. Loudly.
    We move the money through the charity. Nobody audits orphans.
    Find me a confession, {to}. Someone with debts and no family.
    Buy the apartment building. Then evict every witness, all perfectly legal.
    Let {R} find the scarf. Suspects are so convincing when they panic.
    Wipe {F}'s hard drive and make it look like a power surge.
    Get the noodle man drunk and find out who he's been selling to.
    Book the cremation for tomorrow morning. No second autopsy.
    Invite the detective to the gala, {to}. Seat them right beside me.
    Feed {L} a rumour about the partner. Let them suspect each other.
    The widow cries on camera at eight, {to}. The lawyer speaks at nine.
    Give the informant a new stall across town, and a reason to stay there.
    We need a second body, {to}. One that points somewhere else.
    Call in the favour at the coroner's office. The date of death moves.
    Bury the receipts in the charity ledgers. Nobody reads those.
    Make the anonymous caller look like a crank. Leak the number.
    Stage a burglary at the evidence room. Take the television too.
    If {P} won't stop, {to}, make those old memories look like madness.

    [agree]
    Consider it done. No footage, no witness.
    Fine. But if this comes back on me, I talk.
    Before sunrise. I'll be there with the van.
    The tide goes out at five. I'll time it.
    I'll make the call from a payphone. Nobody checks those anymore.
    Done. The file's already in the shredder.
    Understood. Nobody sees, nobody hears, nobody remembers.
    I'll handle the coroner, {to}. He owes me for his gambling debts.
    Give me two hours and the diary won't exist.
    Okay. But I want double, and I want it in cash.
    Whatever you say, {to}. Just keep my name out of it.
    The lawyer's on board. He's drafting the alibi now.
    Tonight, then. Before the detective wakes up.
    I'll swap the samples on the late shift, {to}. Nobody checks the late shift.
    Consider the receipts lost. Accounting has terrible luck with fires.
    Fine. One more job, then I'm out of this town.
    He'll sign whatever we put in front of him. He's terrified.
    I know a man who can clone a key card by morning.
    The cremation's booked, {to}. Nine a.m.
    Leave the seating plan to me, {to}.
    Okay. But the widow cries. I don't.
    I'll start the rumour myself, {to}. Two coffees and it's everywhere.
    Got it. Nothing on paper, nothing on the phone.
    You'll have your scapegoat by Friday.
    Yes. I'll take the long way and burn the plates.
    Agreed, {to}. The charity books will balance perfectly.
    Right. A new stall, a fat envelope and a very short memory.
    All right, {to}. But this is the last body.
    The drive fails tonight. Electrical fault. Very sad.
    My cousin works the evidence desk. Leave it with me.
    I'll make it look like an accident. I always do.
    If you say so, {to}. I didn't hear any of this.
    Deal. Nobody will connect it to the {AS} name.
    The detective gets a shiny new lead in the morning. I'll write it myself.

    [plead]
    Please, {to}. She's my daughter. Just tell me if she's alive.
    Give me twenty-four hours. I can prove it wasn't me.
    Don't put me in a cell with them, {to}. They'll kill me.
    I'll tell you everything. Just keep my name out of the report.
    Please reopen the case. I'm begging you, {to}.
    I didn't do it. Look at me. Do I look like a killer?
    Let me see the body. I need to know it's really her.
    Protect my kids, {to}, and I'll testify to anything you want.
    Don't make me go back to that house alone.
    One more day, {to}. The lab needs one more day.
    Please, I only saw the car. I never saw the face.
    Listen to me. The real killer is still out there.
    Don't file it yet, {to}. Let me be the one to tell her family.
    Please, {to}, I have a daughter. Don't let them take me tonight.
    Read the last page again. I'm begging you.
    Put me anywhere but back in that house, {to}.
    I'll wear a wire. I'll do anything. Just keep me breathing.
    Don't tell my wife. Please. It would break her.
    Let the lab run it one more time, {to}.
    She's twelve. Whatever I did, she doesn't deserve this.
    Please don't close the case yet. We're so close.
    Talk to me before you go to the brass, {to}. One conversation.
    I was scared, not guilty. Please see the difference.
    Get my brother out of that cell, {to}, and I'll give you the real name.
    Give me back the diary. It's all I have left of her.
    Please. If they find out I talked, I'm dead by morning.
    Just ten minutes with the evidence, {to}. Off the record.
    I need protection, not a lecture. Please.
    Don't make me identify another body.
    Call off the search. I'll tell you where she is, {to}.
    You've never trusted me. Trust me tonight, {to}.
    Let me be there when you make the arrest, {to}. I've earned that.
    Stop the cremation, {to}. I'm begging you. She deserves one more look.
    I'm begging you, {to}, keep my name out of the paper.

    [refuse]
    No. You don't get to bury this one too.
    I won't sign that report, {to}. The time of death is wrong.
    Find another scapegoat. I'm not your fall guy.
    No deals, {to}. Not for you.
    I'm not dropping the case. Fire me if you have to.
    You want the diary? Get a warrant.
    I won't lie on the stand, {to}. Not even for you.
    Absolutely not. The witness stays where nobody can find them.
    I'm not giving up my source. Ever.
    Keep your money, {to}. I'm not for sale.
    No. I'm not going home until I know who did this.
    You can't have {prop}. It's evidence now.
    I won't look away this time, {to}.
    I won't look the other way, {to}. I did that once.
    No. The body stays here until I'm finished.
    Put the envelope away. I didn't see it.
    You can't buy off a second autopsy, {to}.
    Deliver your own threats. I'm nobody's messenger.
    The witness stays in protective custody. Non-negotiable.
    No, {to}. Not without a lawyer in the room.
    Write your own confession, {to}. I'm not signing that one.
    I don't retract stories. Sue me.
    I'm not handing over my notes, {to}. Not for any badge.
    No. I won't let them cremate her.
    Take your promotion back. I'd rather keep my conscience.
    I'm not going home, {to}. Not while there's a light on in that lab.
    No more favours. I've covered for you enough.
    Absolutely not. That chain of custody is the only clean thing in this building.
    I won't sign off on a body I haven't seen, {to}.
    No deal. My client would rather go to trial.
    Don't ask me to forget what I saw.
    I'm not leaving the room, {to}. Say it in front of me.
    I won't testify against an innocent man. Not for anybody.
    You can keep your gala invitation, {to}.

    [command]
    Seal the apartment. Nobody in or out.
    Get me her phone records for the last seventy-two hours.
    Bring {R} in for questioning. Now.
    Run the prints again, {to}. Every single one.
    Canvass the night market. Someone saw her after midnight.
    Pull every camera within three blocks of the river.
    Lock down the morgue. Nobody touches that body.
    Find the witness before they do, {to}.
    Bag {prop}. Chain of custody, signatures, everything.
    Put a car outside the {AS} estate. Around the clock.
    Stay on the line, {to}. Keep him talking.
    Get out. I'll take this interrogation myself.
    Reopen the cold case. Every box, every page.
    Dredge the river from the bridge to the weir.
    Get a warrant for the {AS} estate. Tonight.
    Track the burner, {to}. I want every tower it touched.
    Nobody talks to the press. Not one word.
    Put {F} on the blood samples. Nobody else touches them.
    Pull her bank statements. Five years back.
    Find out who booked the cremation, {to}.
    Get the widow back in here. Separate room.
    Check every pawnshop in the district for that watch.
    Call the coast guard, {to}. Search downstream.
    Keep {R} in the room. Don't let the lawyer near.
    Photograph everything before anyone moves an inch.
    Get me the footage from the church across the street, {to}.
    Tail the lawyer, {to}. Don't get made.
    Seal the morgue log. Nobody signs in or out without me.
    Bring me everyone who had a key to {place}.
    Go through her trash, {to}. Every bag.

    [warn]
    Be careful, {to}. The {AS} family has people inside the department.
    Don't trust {other}. That alibi is too clean.
    If you bring up {secret}, they'll know you've been talking to me.
    Someone's been following your car for three days, {to}.
    The lab results are being read before they reach you.
    Don't go to {place} alone. That's exactly what they want.
    They know about {secret}, {to}. Move the witness tonight.
    Your phone's tapped. Use the one in the glovebox.
    The last detective who asked these questions drove off a bridge.
    Don't drink anything they give you in that house.
    The coroner drinks with the wrong people, {to}. Watch what you tell him.
    The anonymous caller isn't helping you, {to}. They're steering you.
    Leave {secret} alone, or you'll end up a page in the same file.
    The lawyer's already in the building, {to}. Somebody called him.
    Don't eat anything at the gala. I mean it.
    The widow isn't grieving. She's counting.
    Someone searched your desk last night, {to}, and put everything back neatly.
    {other} has been meeting the lawyer in the parking garage.
    Ask about {secret} out loud and the whole precinct will know by lunch.
    Somebody had your car's brakes checked today. Not the mechanic.
    Don't let them move the body before the second autopsy, {to}.
    There's a camera in the vent above your desk.
    The witness called me, not you. That means she doesn't trust you.
    Watch {R}, {to}. That alibi was built by a professional.
    People at the night market have started asking about {secret}.
    Every transfer in this department needs one signature, {to}. Think about whose.
    Take a different route home. A different one every night.
    Your source is on somebody's payroll. I just don't know whose.
    If the lab calls you directly, {to}, it isn't the lab.
    Don't open any more envelopes without gloves.

    [reveal]
    You want the truth about that night? Sit down, {to}.
    I should have told you twenty years ago.
    Turn off the recorder. This part is just for you.
    Fine. You want to know what really happened? Here it is.
    I've kept this quiet long enough, {to}.
    Look at the photograph. Now look at me.
    There's something the file doesn't say, {to}.
    I swore I'd take this to my grave. I can't anymore.
    You're going to hate me for this, {to}.
    Promise me you'll hear it all before you reach for the cuffs.
    The report is wrong. I know, because I wrote it.
    Remember that night at {place}? That's where it starts.
    Everything you think you know about the first case? Forget it.
    Close the door, {to}. I'm only saying this once.
    You've come this far on your own. You've earned the rest.
    I lied in my first statement. Here's what actually happened.
    I've carried this since I was nineteen, {to}.
    Put the pen down. This isn't for the file.
    You asked who she was afraid of. I'll tell you.
    The night she died, I was there. Let me finish before you speak.
    I can't protect anyone anymore, {to}. So here it is.
    Look at the date on the receipt. Then listen.
    You want the name? You won't like it, {to}.
    Everything started with one phone call twenty years ago.
    I kept one thing out of the report. I'm putting it back now.
    I need you to sit before I say this, {to}.
    Okay. No lawyer, no recorder. Just the truth.
    I promised her I'd never tell. She's dead. Promises die too.
    You were right about the river, {to}. Just not about why.
    This is the page the cold case file was missing.

    [shock]
    No. That's impossible. I saw the body myself.
    You're lying. Tell me you're lying, {to}.
    Twenty years... and it was you?
    Then who have I been chasing all this time?
    That can't be right. I checked that alibi personally.
    Say that again, {to}. Slowly.
    Oh my God. The photograph. It was never her.
    All this time, the killer was sitting at my table.
    You knew. You knew, and you let me keep digging.
    Wait. She was alive when the first report was filed?
    My own father? No. Not him.
    I shook that hand, {to}. At her funeral.
    Then the confession was a lie from the start.
    No. I ate dinner with that man every Sunday.
    That's not possible, {to}. I held her hand at the hospital.
    Twenty years of lies. Twenty years.
    Wait. Then the first victim wasn't the first?
    My partner? My own partner?
    You're telling me she knew her killer all along?
    I buried the wrong woman, {to}.
    The Chief signed it. Oh God, the Chief signed it.
    No. No, the dates can't be right.
    Then the confession we took... we destroyed an innocent man.
    Why didn't you tell me, {to}? All these years.
    I let the killer drive me home, {to}.
    She was still alive when I stopped searching.
    The letters were from you? All of them?
    That's my handwriting, {to}. I never wrote that.
    Then who's in the grave?
    I cleared that alibi myself. I cleared it.
    You're her brother? You sat through the funeral without a word?
    Every clue I followed was put there for me.
    Hold on. Say the name again, {to}.
    I was the witness. I was the witness the whole time.

    [comfort]
    It's not your fault, {to}. You were a child.
    We'll find who did this. I promise you that.
    You did everything right. The system failed her, not you.
    Breathe. The body can wait a minute. You come first.
    She'd want you to keep going, {to}.
    I'll take the night shift. Go home and sleep.
    You're not crazy, {to}. The evidence is on your side.
    Cry if you need to. I won't put it in the report.
    Whatever they threatened you with, we'll handle it together.
    You're safe here, {to}. There's an officer at every door.
    You didn't miss it. Someone hid it from you.
    Sit with me a minute. The case will still be there.
    We'll get the truth, {to}. Tonight was one step.
    You got her justice, {to}. That's what matters now.
    Nobody could have seen that coming. Nobody.
    I've got the case tonight. You've got a bed. Use it.
    The nightmares fade, {to}. Slowly, but they fade.
    You're allowed to be angry. Be angry at me.
    Come on. Soup, then sleep, then we start again.
    Whatever that file says, {to}, it doesn't change who you are.
    She wasn't alone at the end. You found her.
    Let the lab work. You've done your part for today.
    I'm right here, {to}. I'm not going anywhere.
    You were a child. Children don't owe the world testimony.
    It's over. He's in a cell, and you're out here.
    Shh. The door's locked, the alarm's on. Nothing gets in.
    You didn't let her down, {to}. The people who buried it did.
    Cry it out. I've got tissues and terrible coffee.
    One bad night doesn't undo twenty good years of work.
    We'll get the second autopsy, {to}. I'll make the call myself.
    Your father would be proud. I knew him.
    Sit down, {to}. You've been on your feet since yesterday.
    Mistakes in this job aren't crimes. You'll fix it.
    The truth came out. It doesn't always. Hold on to that.

    [thank]
    Thank you for believing me when nobody else did.
    You saved my witness, {to}. I owe you.
    You stayed with the body all night. Thank you.
    I owe you a coffee. And probably my life.
    Thanks for the tip, {to}. It cracked the whole case.
    You could have walked away. Thank you for staying.
    Thank you for running the prints twice, {to}.
    Without that footage we'd have nothing. Thank you.
    You covered for me with the brass. I won't forget it.
    Thank you for telling me the truth, {to}. Even late.
    You kept this file safe all these years. Thank you.
    I'd be at the bottom of that river without you, {to}.
    Thanks for picking up at four a.m. Again.
    You drove three hours in the rain for me, {to}. Thank you.
    You never once believed the rumours. Thank you for that.
    You found the second diary. I'd never have looked there.
    Thank you for sitting with her family, {to}. I couldn't.
    That pawn shop tip paid off. I owe you a drink.
    Thank you for lying to the brass for me. Just that once.
    You caught the detail I missed, {to}. Thank you.
    Keeping the lab open all night, {to}? That was above and beyond.
    You took the call at the riverbank so I didn't have to. I know that.
    Thank you for telling me before the newspapers did, {to}.
    I know what it cost you to testify. Thank you.
    You kept my secret, {to}, and my job. Thanks.
    Thanks for the soup. And the silence. Mostly the silence.
    You believed a drunk informant. Thank you.
    Thank you for finding her, {to}. After all this time.
    Without your stakeout, the witness would be dead. Thank you.
    Thank you for not reading my sealed file, {to}.
    You stood up to the brass. I noticed. Thank you.
    I don't say it enough, {to}. Thank you for staying.
    You spotted the cut brake line before I did. I'd be dead otherwise.
    Your lab work freed an innocent man, {to}. I'll make sure he knows.

    [triumph]
    The receipt in your pocket, {to}. Timestamped two miles from your alibi.
    Thanks for the confession, {to}. The recorder was on the whole time.
    You wiped the building's footage. You forgot the traffic camera across the street.
    Read him his rights. The DNA came back an hour ago.
    You never met her, {to}? Your phone joined her Wi-Fi forty times.
    Checkmate, {to}. Your lawyer just became our witness.
    The witness you tried to bury is sitting in the next room.
    Cuffs, please. And mind the expensive suit.
    You planted {prop} perfectly. Except it was in evidence lockup that night.
    Smile for the cameras, {to}. The whole city is watching.
    Twenty years, {to}. I finally get to say your name in court.
    Your alibi just took the stand and pointed at you.
    The dog didn't bark that night, {to}, because it knew you.
    Forensics found one hair in your car. One was enough.
    You taught me to follow the money. It led straight to you.
    Case closed, {to}. Not buried this time. Closed.
    Tell the press we have the killer. And spell the name right.
    You shredded the receipts, {to}. The bank kept copies.
    The bartender behind your alibi has a security camera. Smile.
    Cremation cancelled. The second autopsy found the poison, {to}.
    You wore gloves. You didn't wear them when you bought the gloves.
    The anonymous caller agreed to testify, {to}. In person.
    Every donation to your charity just became evidence.
    Twenty years you hid behind that name, {to}. Today it's printed on a warrant.
    Your lawyer quit this morning. He cited moral reasons.
    The river gave her back, {to}. With your button in her fist.
    The key card logged you at 1:47. So did the elevator.
    Lovely gala, {to}. The guests at table six were all detectives.
    We found the old boots. Your wife kept them for twenty years.
    The informant you paid off? He handed me the receipt.
    That's the thing about a perfect alibi, {to}. Nobody's that perfect.
    The press conference is at noon. You're the headline.
    You tried to make me the suspect. The lab made you the killer.
    Sign here, {to}. Your confession reads better than your eulogy did.

    [cliff]
    Then who's been answering her phone all week, {to}?
    Look at the date on the photograph. It was taken the night she died.
    The fingerprints came back, {to}. They're yours.
    If you knew about {secret}, why didn't you tell me?
    She's not the first. She's the third, and I know who's fourth.
    Wait. That's not her handwriting.
    The anonymous number just called back. The signal's inside this building.
    The body in the morgue... it's gone.
    You want the killer? Start with whoever hired you, {to}.
    The last message on her phone says, "He's here."
    Ask {other} about {secret}. Then come back and lie to me.
    Only one person knew that detail. And it wasn't the killer.
    The witness is alive, {to}. But she's asking for you by name.
    That's my mother's handwriting.
    Your alibi has a hole in it, {to}. Twelve minutes wide.
    I found a second diary. The last page is about you.
    Don't go home tonight, {to}. They know where you live.
    The DNA matches someone in this room.
    Everything you know about {secret} is a lie, {to}.
    The cold case wasn't closed. It was paid for.
    Check the time of death again. Then tell me where {other} was.
    The killer didn't leave {prop} behind by accident. It's a message for you.
    I know why you really took this case, {to}.
    One more body, and they'll pin every one of them on you.
    The car in the footage... it's registered to {other}.
    Whoever did this is still inside {place}.
    The confession is signed. But that isn't his signature.
    Open the envelope, {to}. It's a photo of you, asleep.
    You were never supposed to find out about {secret}.
    The lights just went out on the whole floor.
    Someone just logged into the victim's email. Right now.
    Look at the group photo again. Who's standing at the very edge?
    The first 911 call twenty years ago came from your house, {to}.
    The number she called last... it's a private line upstairs.
    Run the blood type again, {to}. The victim never had children.
    Whoever took {prop} left something in its place. A lock of hair.
    {R}'s alibi is airtight. That's what worries me.
    The voice on the tape isn't the victim's. It's yours, {to}.
    Then why is your car in a photo from twenty years ago?
    I know who wrote the anonymous letters. I just can't believe it.
    We've been hunting a man. The lab says the killer is a woman.
    The witness gave me a name before she fainted, {to}. Your partner's.
    There's a third set of footprints, and they end at {place}.
    Somebody paid the victim's hospital bill this morning, {to}. In cash.
    Don't trust what {other} told you about {secret}.
    The grave was dug up last night. The coffin's empty.

    [action.open]
    Dawn mist hangs over {place}. Police tape snaps in the wind.
    {me} steps into {place}, flashlight sweeping across an overturned chair.
    Rain hammers {place}. A single lamp flickers above the evidence board.
    {place}, after midnight. {me} waits in the dark, phone screen glowing.
    Sirens fade. {me} ducks under the tape at {place} and pulls on gloves.
    The lights of {place} hum. {me} studies the photos pinned to the wall.
    Fog rolls across {place}. Somewhere a phone rings twice and stops.
    {me} arrives at {place} alone and checks every exit first.
    Chalk lines, numbered evidence markers: {place} looks like a frozen moment.
    Wind rattles the windows of {place}. {me} opens the case file one more time.
    Neon bleeds through the blinds of {place}. {me} sits facing the door.
    The morning shift hasn't arrived. {me} walks {place} alone, counting steps.
    A kettle clicks off somewhere in {place}. {me} pins a new photo to the board.
    Thunder rolls over {place}. {me} checks the lock twice before sitting down.
    {place}, three a.m. A radio murmurs police codes in the dark.
    Flashbulbs pop across {place}. {me} pushes through the crowd of onlookers.

    [action.tension]
    {me} slides a photograph across the table. {to} doesn't look down.
    {me} and {to} stare at each other across the table. The clock ticks.
    {to} reaches for the door. {me} blocks it without a word.
    {me} sets {prop} down between them. {to}'s fingers twitch.
    {me} leans in close. {to} holds the stare a beat too long.
    {me} drops the case file on the desk. The photos spill toward {to}.
    {to} lights a cigarette. {me} watches the flame tremble.
    Silence. {me} waits it out. {to} breaks first, glancing at the two-way mirror.
    {me} circles behind {to}'s chair, slow as a second hand.
    {to} smiles too quickly. {me} writes something down.
    {to} reaches for a lawyer's card. {me} pins it to the table with one finger.
    {me} presses play. {to}'s jaw tightens at the first word.
    {me} reads {to}'s alibi aloud, pausing at every lie.
    {to} shifts in the chair. {me} lets the silence fill the room.
    {me} lays two photos side by side. {to} looks at the wrong one first.
    {me} pours a glass of water and slides it just out of {to}'s reach.

    [action.tender]
    {me} drapes a coat over {to}'s shoulders as dawn breaks.
    {me} sets a hot coffee beside {to}'s case notes, and stays.
    {me} gently takes the photograph from {to}'s trembling fingers.
    In the stakeout car, {to} dozes off. {me} turns the heater up.
    {me} wipes the rain from {to}'s face, careful and unhurried.
    {me} and {to} sit on the station steps, shoulders almost touching.
    {me} catches {to}'s wrist on the stairs and doesn't let go.
    {me} tucks a blanket around {to}, then goes back to watching the door.
    Under the streetlight, {me} brushes a wet strand of hair from {to}'s eyes.
    The morgue doors swing shut. {me} rests a hand on {to}'s back.
    {me} holds the umbrella over {to} and lets the rain soak {me}'s own shoulder.
    {me} finds {to} asleep over the case file and switches off the lamp.
    {me} wraps {to}'s cut hand in a clean handkerchief.
    Outside the morgue, {me} squeezes {to}'s fingers and doesn't let go.
    {me} presses a spare key into {to}'s palm and folds {to}'s fingers over it.
    {me} and {to} share a cold dinner on the hood of the car, saying nothing.

    [action.shock]
    {me} goes still. The file slips to the floor.
    The color drains from {me}'s face.
    {me} staggers back against the wall, staring at the photograph.
    {me}'s coffee cup shatters on the floor. Nobody moves.
    {me} reads the lab report twice, then a third time.
    {me} sinks into a chair, suddenly unable to breathe.
    {me}'s phone drops face-down on the table, still lit.
    {me} freezes halfway to the door.
    {me} stares at {to} as if at a stranger.
    A long silence. {me} laughs once, hollow and disbelieving.
    {me} grips the table edge until the knuckles go white.
    The pen falls from {me}'s fingers and rolls under the desk.
    {me} looks at the DNA report, then at {to}, then back again.
    {me} backs away from the body, a hand over the mouth.
    Every head in the room turns. {me} doesn't move.
    {me} sits down on the wet curb, the phone still pressed to one ear.

    [action.cliff]
    {me}'s phone lights up. Unknown number. Two words: "Behind you."
    A shadow crosses the frosted glass of {place}. The door handle turns.
    The morgue drawer slides open. It's empty.
    A note on {me}'s windshield asks about {secret}. It isn't signed.
    Headlights flood {place}. An engine idles, then cuts out.
    The lights die. In the dark, {me} hears someone else breathing.
    An envelope slides under the door, addressed to {me} in a dead woman's handwriting.
    On the security monitor, a figure stands behind {to}. {me} looks up. Nobody's there.
    {me} finds {prop} on the pillow, neatly placed, still damp from the river.
    Inside the evidence bag, the victim's phone starts to ring.
    The evidence locker stands open. {prop} is gone.
    Behind the two-way mirror, a chair scrapes. That room was supposed to be empty.
    {me}'s apartment door is ajar. Inside, every light is on.
    A text arrives from the victim's number: "Stop looking for me."
    {to}'s car sits on the riverbank, engine running, door open. Nobody inside.
    A fresh case file lands on {me}'s desk. The victim in the photo is {to}.

    [action.exit]
    {me} grabs a coat and walks out into the rain without a word.
    {me} snaps the file shut and leaves {to} alone with the photographs.
    {me} pauses at the door, looks back once, and goes.
    {me} turns up a collar and vanishes into the crowd.
    {me} ducks under the police tape and heads for the car.
    {me} pockets {prop} and slips out the back.
    {me} leaves, footsteps echoing down the empty corridor.
    {me} walks off. The door swings shut, slowly.
    {me} drops a business card on the table and exits.
    {me} backs out of {place}, eyes never leaving {to}.
    {me} drops the badge on the desk and walks out.
    {me} leaves the interrogation room; the door's buzz lingers.
    {me} pulls up a hood and melts into the night market crowd.
    {me} slips the photograph into a pocket and leaves without a goodbye.
    {me} takes the fire stairs down, two at a time.
    {me} leaves the coffee untouched and {to} alone with the question.

    [paren.neutral]
    (flipping through the file)
    (checking a watch)
    (tapping the timeline)
    (taking notes)
    (reading from the report)
    (without looking up from the autopsy notes)

    [paren.angry]
    (slamming the case file down)
    (gripping the evidence bag)
    (jabbing at the photograph)
    (voice rising)
    (fists clenched)
    (crumpling the report)

    [paren.sad]
    (staring at the victim's photo)
    (voice breaking on the victim's name)
    (clutching the old photograph)
    (tracing the name on the file)
    (eyes on the river)
    (after a long pause)

    [paren.shocked]
    (dropping the file)
    (staring at the lab report)
    (a sharp breath)
    (backing away from the body)
    (going pale)
    (half-rising from the chair)

    [paren.smug]
    (leaning back in the chair)
    (adjusting a cufflink)
    (a thin smile)
    (tapping the alibi)
    (glancing at the lawyer)
    (unbothered)

    [paren.tender]
    (softly, at the morgue door)
    (draping a coat over them)
    (gently taking the photo away)
    (close, almost a whisper)
    (brushing away the rain)
    (handing over the coffee)

    [paren.afraid]
    (glancing at the door)
    (voice shaking)
    (checking the window)
    (clutching the phone)
    (whispering)
    (flinching at a sound)

    [paren.cold]
    (reciting the time of death)
    (without blinking)
    (sliding the photo across)
    (interrogation-room calm)
    (eyes on the file)
    (clinical)
    """#
}
