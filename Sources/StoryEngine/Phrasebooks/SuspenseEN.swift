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
