// Built-in phrasebook: common lines, English.

extension PhrasebookSource {
    static let commonEN = #"""
    # Common lines shared by every genre. Slots used: to, me, other, place, prop, secret.
    # Keep every line era-neutral: no phones, cars, offices, titles or court words here.

    [hook]
    You have exactly one chance to tell me the truth, {to}.
    Someone in this house is lying, and I know who.
    Kneel. Then we'll talk.
    Three years I kept quiet. Today, that ends.
    I didn't come back to forgive anyone.
    Surprised? You should have buried me deeper.
    Whoever took {prop}, step forward. Now.
    Don't look so pale, {to}. I haven't even started.
    They swore I'd never walk through that door again.
    Last night, someone tried to kill me.
    You picked the wrong enemy, {to}.
    Guess who just crawled out of the grave?
    Every word you ever told me was a lie.
    Say it again. I dare you.
    One of you betrayed me. By tonight, I'll know which.
    Tonight, everything you stole comes back to me.
    Did you really think I would stay gone, {to}?
    So this is how you repay loyalty.
    Nobody leaves this room until I say so.
    I know what you did that night.
    Blood doesn't lie, {to}. But you do.
    The person you betrayed is standing right in front of you.
    Well, well. The whole family came to watch me fall.
    Give me one reason not to ruin you.
    You want a war? Fine. You'll have one.
    I'm not here to beg. Not anymore.
    Who let this traitor back in?
    Look at me, {to}. Do you remember my face?
    Today, someone in this room loses everything.
    My name was erased. I've come to write it back.
    Forget the person you knew. That fool died years ago.
    Before anyone speaks, {other} is not who you think.
    Funny. Yesterday you swore you'd never see me again.
    I signed nothing. So whose hand wrote my name?
    Hand over {prop}, or this ends badly for everyone.
    The wrong person died that night.
    Quiet, everyone. The real show starts now.
    {to}, you owe me a life. I'm here to collect.
    Everyone's smiling. Not one of you can be trusted.
    All these years you called me family. Liar.
    Everyone at {place} is about to learn what you really are, {to}.
    I counted the days. Nine hundred and twelve of them.
    Before this night ends, someone here will confess.
    Put down the cup, {to}. It's poisoned.
    The last time I stood here, you had me thrown out.
    Don't bother screaming. Nobody at {place} will come.

    [accuse]
    You did this, {to}. Look me in the eye and deny it.
    It was you all along, wasn't it?
    Your hands are filthy, and everyone here knows it.
    You sold me out for a seat at their table.
    Who else had the key? Only you.
    You smiled at me while you sharpened the knife.
    The night you visited, {prop} went missing. Coincidence?
    You poisoned them against me, word by word.
    Don't play innocent. I saw you with {other}.
    Every lie that ruined me started in your mouth.
    You let me take the blame. For years.
    A thief crying thief. How original, {to}.
    You knew. You knew, and you said nothing.
    Someone saw you at {place} that night, {to}.
    You used my trust like a ladder.
    My family trusted you. Look where it got us.
    So the loyal one was the traitor.
    You forged it. Every single word.
    You stood by and watched them drag me away.
    That wasn't an accident. You planned every step.
    You wanted my place so badly you'd kill for it.
    The letter, the witness, the timing. All you.
    Those tears are fake, {to}. I watched you practise them.
    Your sleeve is still wet, {to}. Where have you just been?
    I found your handwriting on the letter that ruined me.
    You whispered in {other}'s ear, and a week later I was gone.
    Every door that closed on me, you closed it.
    The only person who knew my plan was you.
    How much did they pay you to forget me?
    You let {other} bleed so your own hands stayed clean.
    So it was your idea to send me away.
    You didn't rescue me. You sold me, then pretended to rescue me.
    I heard your voice behind that door, {to}.
    Admit it, {to}. You wanted me to fall.
    You broke {prop}, then watched someone else pay for it.
    Who taught {other} to hate me? You did.
    Your name is on every page of this, {to}.
    Wipe your hands all you like. The stain won't come off.
    You waited until I was weakest, {to}. Then you struck.
    Every rumor about me led straight back to your door.
    You and {other} took credit for my work and called it luck.
    Three people suffered because you kept quiet, {to}.
    You promised {other} my place before I was even gone.
    You hid the truth, then blamed me for not knowing it.
    Your kindness was bait, and I swallowed it whole.
    All those gifts, {to}, were payment for my silence.
    You knew exactly where to strike, because I told you.
    Look at your shoes. Mud from {place}. You were there.
    You're the reason {other} never came home.
    You carried tales about me for years, didn't you?

    [deny]
    I never touched it. Ask anyone.
    You've got the wrong person, {to}.
    Me? I wasn't even there.
    If I wanted you ruined, you'd already be ruined.
    That's a lie, and you know it.
    Prove it. Go on, prove it.
    I'd sooner die than betray you.
    Someone is framing me, and you're letting them.
    Do I look stupid enough to leave proof?
    Whatever {other} told you, it isn't true.
    I have nothing to hide. Search me.
    You really believe I'd do that to you?
    Not me. Never me.
    Check your own people before you point at me.
    Rumors. That's all you have.
    I swear on my life, I had no part in it.
    You're accusing the only one who stayed loyal.
    Think, {to}. Who gains if you hate me?
    I didn't take {prop}. I've never even seen it.
    Wrong. Completely, utterly wrong.
    Believe what you like. The truth won't change.
    That night I was nowhere near {place}.
    On everything I hold dear, it wasn't me.
    Search my room, my things, my heart. You'll find nothing.
    Why would I ruin the only home I have, {to}?
    Someone wants us at each other's throats, {to}. Don't let them win.
    I was with {other} all night. Go and ask.
    Whoever told you that wanted you angry.
    I had a hundred chances to betray you. I never took one.
    You know my hand, {to}. That isn't my writing.
    Of all the people here, {to}, you suspect me?
    If I'd done it, would I still be standing here?
    Believe me, I'd have hidden it far better than that.
    Wrong door, {to}. Knock somewhere else.
    That rumor was old before you ever heard it.
    My hands are clean. Look at them, {to}.
    You've known me for years. Does this sound like me?
    A liar would have an answer ready. I don't.
    Whoever swore they saw me is lying for a reason.
    I don't even know what {prop} looks like.
    I'd cut off my own hand before I hurt you.
    That's not what happened, and {other} knows it.
    I was the one who warned you. Remember?
    Ridiculous. I've never said a word against you.
    Convenient, isn't it, that the blame lands on me?
    Whatever you heard, you heard it wrong.
    I won't confess to something I didn't do.
    Check the dates, {to}. I was gone by then.
    Guilty people run, {to}. I'm still here.
    Somebody borrowed my name. Not my hands.
    You've got the story backwards, {to}.

    [threaten]
    Say one more word and you'll regret it, {to}.
    Walk away now, while you still can.
    I can take everything from you. Slowly.
    Keep digging and you'll dig your own grave.
    Touch {other} again and I'll break you.
    Tell anyone about {secret}, and you disappear.
    You have until sunrise. Then I stop being kind.
    One word from me and your name is dirt.
    Remember who feeds you, {to}.
    I've buried people for less.
    Cross me, and no one will ever find you.
    Do you know what happens to people who talk?
    Give me {prop}, or I take it from your cold hands.
    Try it. See how long you last.
    Breathe one word about {secret} and I'll end you.
    I know where your family sleeps.
    Don't make me your enemy. You won't survive it.
    Next time, I won't miss.
    Stay away from me, or you'll wish you had.
    Everything you love can burn. Remember that.
    I've been patient, {to}. Patience runs out.
    Ruin me, and I'll drag you down with me.
    Count your friends tonight, {to}. Tomorrow there'll be fewer.
    I know about {secret}. Shall I tell everyone, or will you behave?
    One letter from me, and {other} learns everything.
    Lie to me once more and I'll stop asking nicely.
    I could end you before that candle burns down.
    Remember {secret}? So do I. Tread very carefully.
    Every step you take, someone of mine is watching.
    You're alive, {to}, because I allow it.
    Say yes, or say goodbye to everything you have.
    I'll ruin your name so thoroughly your own family will spit on it.
    Run to {other} for help. See what happens to {other}.
    I've written down everything about {secret}. If I vanish, it all comes out.
    Quiet, {to}. Unless you'd like the whole room to hear about {secret}.
    Mark my words, {to}: before winter, you'll beg me.
    You made an enemy today. Sleep lightly.
    I don't shout, {to}. I simply take things away.
    Keep smiling like that and I'll wipe it off for you.
    Leave {place} tonight on your feet, or be carried out later.
    I know the one thing you can't afford to lose, {to}.
    Betray me and there won't be enough of you left to bury.
    Let's make this simple. Obey, or suffer.
    Your friends can't protect you from me, {to}.
    The last person who crossed me is still begging. Ask around.
    I'll take {prop} from you first. Then I'll take the rest.
    Whisper one word, and {other} pays for it.
    Go on, keep talking. Every word goes on your bill.
    Cross this line, {to}, and there is no coming back.
    Tomorrow, you'll wish you had listened tonight.

    [defy]
    Go ahead. I'm not afraid of you anymore.
    You can break my bones, {to}. Not my will.
    Kill me, then. The truth will still come out.
    I'd rather die standing than live on my knees.
    Threats? Is that all you've got?
    I've lost everything once. I'm not scared to lose again.
    No. Not today, not ever.
    You don't own me, {to}.
    Do your worst. I'll still be here tomorrow.
    Raise your hand to me again. See what happens.
    I'm done bowing to people like you.
    You took my past. You don't get my future.
    Frighten someone else. I've seen worse than you.
    I will not kneel. Not to you.
    Shout all you like. I'm still not moving.
    The more you threaten, the surer I am that I'm right.
    Lock the doors. I'll find another way out.
    You want me gone? Then throw me out yourself.
    I said no, {to}. Which part didn't you hear?
    Fear you? I pity you.
    Whatever you do to me, {other} will know.
    I walked out of hell once. I can do it again.
    Burn my name, {to}. I'll carve it back in stone.
    You've mistaken my silence for fear, {to}.
    I'll walk out of this room with my head up.
    Strike me. Let everyone see who you really are.
    I'm not yours to command, {to}. I never was.
    Your threats only tell me I'm getting close.
    Chain me, starve me. I still won't say it.
    Kill me and you'll never find {prop}.
    You'll have to drag me. I won't walk.
    This time I stay, and you can learn to live with it.
    Ruin me? You already tried. Look where I'm standing.
    I'm not that frightened child anymore, {to}.
    My answer hasn't changed. It never will.
    Keep your mercy, {to}. I have no use for it.
    Even if I stand alone, I'm still right.
    Go and tell {other}. I'll tell them myself first.
    I'd rather go hungry than eat from your hand.
    You can silence me today. Tomorrow someone else speaks.
    You call that an order, {to}? I call it noise.
    Take everything. I started with nothing anyway.
    The day I bow to you is the day I'm buried.
    I know what I saw. No threat changes that.
    Push me, {to}. Let's see who falls.
    Go on, call the others. I'll say it to all of them.
    If I fall, I'll fall fighting.
    You had my obedience for years. Those years are over.
    Punish me however you like. I'm still not sorry.
    Stand aside, {to}. I'm going through.
    I came here on my own feet. I'll leave the same way.

    [mock]
    Look at you. Still begging for scraps.
    You? Don't make me laugh.
    Who do you think you are, {to}?
    Cute. You actually think you matter here.
    Nobody invited you. Nobody ever will.
    Crying already? That was fast.
    Know your place, {to}. It's at the bottom.
    A stray dog has more dignity than you.
    Is that the best you've got? How sad.
    They've laughed at you behind your back for years. Didn't you know?
    Go on, dream big. Dreams are free.
    Even {other} couldn't stand you.
    You're a joke, and the whole house knows it.
    Poor thing. Did you really think they'd choose you?
    Fine clothes don't change where you came from.
    Clean my shoes and maybe I'll listen.
    What a pity. All that effort, and still nothing.
    You should thank me for even looking at you.
    Some people are born to serve. You're one of them.
    Hold {prop} all you like. It won't make you one of us.
    Such a brave little mouse.
    Worthless then, worthless now.
    Oh, {to}, you tried. That's almost sweet.
    Did someone lend you that courage? Give it back.
    Look who learned to talk back. Adorable, {to}.
    All that scheming, and you still lost to me.
    Is this your revenge? I've had worse mornings.
    Even your shadow is ashamed to follow you, {to}.
    Go on, cry to {other}. See if anyone listens.
    You dress like a guest and beg like a stray.
    I forget your name every time you leave the room.
    They call you clever? Who, exactly?
    Careful, {to}. Your ambition is showing, and it's ugly.
    Dogs bark loudest when they're frightened.
    I've met servants with better manners.
    Bless you, trying so hard with so little.
    What's that smell? Ah. Desperation.
    Keep talking. I do love a comedy.
    You'll always be second, {to}. At best.
    Save your tears. They're worth less than you are.
    Who let you sit at this table? Was it {other}?
    A crow in borrowed feathers is still a crow.
    Such big words, {to}, from such a small person.
    Even {prop} looks embarrassed in your hands.
    Try again, {to}. Maybe next year.
    Is foolishness a talent of yours, or do you practise?
    Look at you shaking. Shall I fetch you a blanket?
    You climbed so high, just to look this small.
    Clever plan. Did a child help you with it?
    I'd insult you, but you do it so much better yourself.
    Oh, you're still here? I thought shame had sent you home.

    [endure]
    Laugh while you can. I'm keeping count.
    I'll remember this, {to}. Every word.
    Fine. I'll swallow it. For now.
    One day you'll bow to me. I can wait.
    Today's humiliation is tomorrow's interest.
    You can take my pride. You can't take my patience.
    I've survived worse than you. Go on.
    Let them talk. Words don't leave scars.
    I won't cry. Not in front of you.
    Every insult is a debt. And I collect debts.
    Enjoy this moment. It won't last.
    I bend, {to}. I don't break.
    Keep pushing. You're only making me stronger.
    Thank you for the lesson. I'll repay it in full.
    Silence isn't weakness. Remember that later.
    The higher you climb, the harder you'll fall.
    I'll carry this quietly. Until I don't.
    Say what you like. I'm still standing.
    Go ahead, step on me. Mind you don't slip.
    A day will come when you need me. I'll remember today.
    Pride is cheap. Patience is what wins.
    I know exactly who I am. That's enough.
    Write it down, {to}. I'll want the exact words later.
    I'll bow today. My back remembers every bow.
    Smile at me now. It will be useful to recall.
    Every slap you give me, {to}, teaches me where to strike.
    Water is patient too, and it cuts through stone.
    Go ahead, mock me. I'm listening very carefully.
    Quiet isn't the same as gone.
    I've eaten worse than this humiliation and kept it down.
    Hurt me all you want. I heal, and I remember.
    They say I'm finished. Let them say it.
    Flowers grow in mud. Watch me.
    Mark the day, {to}. We'll both want to remember it.
    This wound? It'll make a fine reminder.
    Tears can wait. Tonight, I plan.
    Let them laugh at {place}. Laughter fades.
    I lower my eyes, {to}. Not my aim.
    Thank you, {to}. Now I know exactly who you are.
    Spit on me if you like. Rain washes everything.
    My turn will come, {to}. It always does.
    I'll swallow this bitter cup and ask for another.
    I kneel because I choose to. Remember that.
    Seasons change, {to}. So do fortunes.
    I'm not answering you today. I'm saving it.
    I can stand in the cold a long time. Longer than you.
    Keep the seat. I'll take the whole table later.
    Let {other} gloat. Gloating is exhausting.
    Bruises fade, {to}. My memory doesn't.
    Not today. But I've already chosen the day.

    [question]
    Where were you that night, {to}?
    What are you hiding from me?
    Who told you about {secret}?
    Why won't you look at me?
    How long have you known?
    Is it true? Just tell me if it's true.
    What does {other} have over you?
    You still don't know {secret}, do you?
    Whose side are you really on, {to}?
    All these years, why did you keep {prop}?
    If you're innocent, why are your hands shaking?
    What did you see at {place}?
    Have you ever wondered about {secret}?
    Did you ever love me, or was that a lie too?
    Who sent you? And don't lie to me.
    What else haven't you told me, {to}?
    Tell me. What really happened that night?
    After all this time, why come back now?
    Do you know {secret}? Yes or no.
    Who gave the order?
    And you expect me to believe that?
    What is {other} so afraid of?
    Are you protecting someone?
    What did {other} promise you in return?
    When did you start lying to me, {to}?
    Why was your door bolted last night?
    Whose idea was it to bring {prop} here?
    Be honest, {to}. How deep does {secret} go?
    Answer carefully, {to}. Who else was at {place}?
    If I asked {other} the same thing, would your stories match?
    What did they offer you? Gold? Freedom? Me?
    Why did you burn those letters, {to}?
    Is there anything you haven't lied about?
    Who were you meeting in the dark? {other}?
    Why does {other} go quiet whenever {secret} comes up?
    What would you do if I already knew?
    Where did you get {prop}, {to}? The truth, this time.
    How did you know I'd be here?
    Why are you really helping me?
    Who paid for your silence, and how much?
    Did you think I'd never find out about {secret}?
    Was any of it real, {to}?
    What happened between you and {other}?
    Why does everyone stop talking when I walk in?
    Tell me, {to}: who gains if I'm gone?
    What is it about {secret} that frightens you so much?
    Why come looking for me, of all people?
    When were you going to tell me, {to}?
    Which of your friends did you trust with {secret}?
    How many times have you lied to my face?

    [explain]
    It started long before you were born.
    I had no choice, {to}. They had my family.
    After that day, everything changed. I was only trying to survive.
    {other} made the deal. I only carried the message.
    Years ago, two families made a promise. This is what's left of it.
    I stayed silent to protect you. That's the truth.
    Everyone thought I was dead. I let them.
    I was never meant to keep {prop}. It was always yours.
    I left because staying would have gotten you killed.
    It was a trade. My silence for their mercy.
    They needed someone to blame. I was convenient.
    Back then, I was young and foolish, and I trusted the wrong people.
    What you saw isn't what happened. Let me explain.
    I've been watching from the shadows all this time.
    That night, someone opened the door from the inside.
    I owed {other} a debt. This was the price.
    Power changes hands quietly. That's how they did it.
    I found out by accident. After that, I couldn't stop looking.
    You were never supposed to be part of this, {to}.
    The story everyone tells? It's only half of it.
    I came back for one reason: to finish what they started.
    There was a witness. Everyone believed that witness was dead.
    I changed my name so no one would come looking.
    {other} was the one who hid {prop}. I only found it.
    They paid me to watch you. I stopped reporting months ago.
    I wasn't running away, {to}. I was buying you time.
    The letter you found was a decoy. The real one burned.
    Our families were enemies, {to}, long before we ever met.
    I pretended to hate you so they'd leave you alone.
    Someone swapped the cups. {other} told me, too late.
    I was sent here to ruin you. Then I got to know you.
    The debt was my father's. I inherited it with his name.
    That scar? I got it the night I dragged you out of the fire.
    I gave in because they had {other}. No other reason.
    It's simple. Whoever holds {prop} holds the truth.
    I lied to you once, {to}, to keep you breathing.
    They never wanted me dead. They wanted me silent.
    For years I served the people who ruined us. Learning.
    Every step was planned. I just didn't plan on you.
    When I came back, no one recognized me. I used that.
    The money came from {other}. I never asked where.
    My silence bought you ten good years. I'd pay it again.
    There were two letters. You only ever saw one.
    I went to {place} to end it. Someone got there first.
    The truth is smaller and uglier than you imagine.
    I pushed you away because they were watching us both.
    Your mother knew. She asked me to wait until you were ready.
    Nobody forced me, {to}. I chose this, to keep you safe.
    What looked like betrayal was the only way inside.
    I kept the proof hidden because the wrong hands were waiting for it.

    [evade]
    That's not something you need to know.
    Ask me anything else, {to}.
    It's late. Let's talk tomorrow.
    Does it matter now?
    You're tired. You're imagining things.
    Some doors are better left shut.
    Why dig up {secret}? It helps no one.
    Who I was before doesn't matter.
    I don't remember. It was a long time ago.
    Let's not talk about {other}.
    You ask too many questions, {to}.
    Sit. Have some tea. We'll speak of it later.
    If I told you about {secret}, you'd hate me.
    Not here. Not now.
    Some things are safer unsaid.
    Hmm? I didn't catch that.
    Interesting question. Let's move on.
    You'd better ask {other} that.
    Trust me, you don't want that answer.
    I know nothing about {prop}. Nothing.
    Is that really what you want to talk about?
    Leave the past buried, {to}.
    Ask me tomorrow, {to}. I may have an answer by then.
    That's a long story, and the tea is getting cold.
    Wrong question, {to}. Try another.
    What would you even do with {secret}? Honestly?
    Let's say I had my reasons and leave it there.
    Would it change how you feel about me?
    I've forgotten. Conveniently, perhaps. Ask {other}.
    Some debts are private, {to}.
    You'd have to ask someone braver than me.
    Not everything needs a reason, {to}.
    {other} knows more than I do. Go and trouble them.
    I was elsewhere. That's all you'll get.
    The less you know about {secret}, the longer you live.
    Hmm. Look, the rain has stopped.
    Do you always interrogate your friends like this?
    There are ears everywhere. Later.
    Why ask me? You've already made up your mind.
    My past is mine to carry, {to}.
    Funny, I was about to ask you the same thing.
    If I answer that, I'd have to answer everything.
    Let's just say {prop} found its way to me.
    Ask me again when all this is over.
    I'd rather not lie to you, so I won't answer.
    That's between me and the dead.
    You heard a rumor about {secret}. Rumors are cheap.
    Must we do this here, {to}?
    I'm tired, {to}. Aren't you tired?
    Who started it hardly matters. It's finished now.

    [tease]
    Staring again, {to}? I might start charging.
    You're blushing. Should I stop?
    Admit it. You missed me.
    Come closer. I don't bite. Much.
    Keep frowning and I'll have to kiss it away.
    Jealous already? How adorable.
    You remembered my favorite. And you claim you don't care?
    Say my name like that again.
    So you do care. I knew it.
    Running away, {to}? I'll only follow.
    You look better when you're not pretending to hate me.
    Did you dress up just for me?
    One more step and I won't let you go.
    Your heart's racing. I can hear it from here.
    Careful, {to}. I might fall for you.
    Hiding from me is a terrible idea. I always find you.
    Who taught you to lie so badly?
    You owe me a smile. I'm collecting now.
    Tell me to leave. Go on. I dare you.
    You like trouble. Lucky for you, I'm trouble.
    Is that a smile? Let me see.
    Keep looking at me like that and see what happens.
    You keep finding reasons to walk past me, {to}.
    That frown is very convincing, {to}. Almost.
    If you stare any harder, I'll melt.
    Scold me again. I like the way you do it.
    You saved me the best seat. Don't bother denying it.
    Shall I tell {other} you smiled at me?
    Is that my coat you're wearing? It suits you.
    I came to see you. Obviously. Who else?
    You're cute when you lose an argument.
    Say you hate me once more. With feeling.
    Were you waiting up for me, {to}?
    One dance. Then you can go back to ignoring me.
    Your ears turn red before your face does.
    I could listen to you complain all night.
    Pretend you don't care. I'll pretend to believe you.
    Close your eyes, {to}. Trust me.
    You wrote my name and crossed it out. I saw.
    So stubborn, {to}. I like that in a person.
    Do you know how lovely you are when you're angry?
    You're trying not to smile. You're losing.
    Ask nicely and I might stay.
    You're thinking about me. It's written all over your face.
    Shall I walk you back, or will you run again?
    A kiss for every secret. Fair trade?
    You've been practising that glare, haven't you, {to}?
    I didn't come for the food, {to}.
    Free tonight? Good. So am I.
    Lucky me. You're the first thing I saw this morning.

    [fluster]
    I... that's not... stop looking at me like that!
    Who said I missed you?
    You are completely impossible, {to}!
    It's warm in here. That's all it is.
    I wasn't staring! I was... thinking.
    Don't flatter yourself. Really, don't.
    Let go. People are watching!
    I didn't do it for you. Don't get ideas.
    Stop laughing! It's not funny.
    W-what are you doing? Step back.
    You're too close, {to}.
    Forget I said anything. Please.
    That was an accident! Completely an accident!
    My face isn't red. You're seeing things.
    Who's jealous? Not me.
    Are you always this shameless?
    How can you say things like that out loud?
    Just go, before I say something stupid.
    Don't you dare tell {other}.
    Fine! Maybe a little. Happy now?
    You did that on purpose!
    How do you say that with a straight face?
    Don't read into it! I had extra, that's all.
    Who told you I was waiting? {other}? I wasn't!
    S-stop smiling like that, {to}.
    That wasn't a compliment. It was an observation.
    Why do you always turn up when I look terrible?
    I'm not hiding. I'm... resting behind this door.
    My heart is fine! It's perfectly fine!
    Put your coat back on, {to}! Honestly!
    Nobody asked you to be so kind. It's confusing.
    I was going to say something. Now I've forgotten.
    Don't look at me while I'm thinking!
    You don't get to say that and then smile, {to}!
    That's... that's not what I meant at all.
    I dropped it by accident. Stop grinning.
    Tell anyone and I'll deny it forever.
    Ugh. Why are you always right about me?
    I'm leaving. I'm definitely leaving. In a moment.
    Your hand is... still on mine.
    Are you laughing at me, {to}? You are!
    Who says I'm nervous? I'm perfectly calm!
    I burned my tongue. That's why I'm quiet.
    Don't call me that in front of {other}!
    Fine, I kept it. It doesn't mean anything.
    I'm not smiling. My face just does that.
    Stop it, {to}. I can't think when you do that.
    Why would I dream about you? Ridiculous!
    W-wait, you heard all of that?
    I only asked about you because {other} wanted to know!

    [tender]
    I'm here, {to}. I'm not going anywhere.
    You don't have to be strong tonight.
    Whatever happens, I choose you.
    I've waited so long to hold you like this.
    Rest. I'll keep watch.
    Your hands are cold. Give them here.
    If the world turns on you, I'll stand beside you.
    I remember everything about you. Everything.
    You were the only light I had.
    Don't cry. I can't bear it.
    Stay. Just for tonight.
    I'd do it all again, {to}, just to find you.
    Lean on me. That's what I'm for.
    Even when I hated you, I couldn't stop thinking of you.
    I kept {prop} all these years. For you.
    Let me carry it with you.
    You're safe now. I promise.
    When this is over, let's go somewhere quiet. Just us.
    I was never afraid of losing. Only of losing you.
    Look at me, {to}. You are not alone.
    Every morning, yours is the first face I think of.
    Promise me you'll come back.
    I'd know your footsteps anywhere, {to}.
    Sleep, {to}. I'll still be here when you wake.
    You never have to earn my love. You already have it.
    Let me look at you. Just for a moment.
    I kept your letters. Every single one.
    Your pain is mine now. Let me hold some of it.
    I was cold for so long, {to}. Then you came.
    Hold still. Let me fix your hair.
    Whatever you are, whatever you've done, I'm staying.
    I used to pray for one more day with you.
    The world can wait. Stay a little longer.
    Even your silence comforts me.
    Come here, {to}. Let someone else keep watch tonight.
    I don't need answers. I need you safe.
    Every road I took was leading back to you.
    I love you, {to}. I should have said it sooner.
    You're shivering. Here, take my coat.
    When you smile like that, I forget to be angry.
    If tomorrow never comes, I'm glad I had tonight.
    I'll wait for you. However long it takes.
    Tell me your sorrows. I'll keep them safe.
    You are my home, {to}.
    Don't apologize, {to}. Just stay.
    I've memorized your laugh. It gets me through the nights.
    Close your eyes. I'm right beside you.
    Let me be the one you run to.
    Nothing you could say would make me leave.
    Walk slowly with me, {to}. I want this to last.

    [scheme]
    Let them fight. We'll pick up the pieces.
    Tonight, while everyone's distracted, we move.
    Plant {prop} in their room. The rest will take care of itself.
    Make sure {other} takes the blame.
    A rumor in the right ear cuts deeper than any knife.
    Smile at them. Be kind. Then strike.
    Keep {other} busy, {to}. I'll handle the rest.
    No witnesses this time. Understood?
    We need someone they trust to say it for us.
    First we take their allies. Then their good name.
    Let them think they've won. It makes them careless.
    Find out what {other} fears most. Bring it to me.
    One careful push, and it all falls apart.
    If anyone asks, we were never here.
    Make it look like an accident.
    When the truth comes out, make sure it's our truth.
    Buy their people. Buy their silence.
    Everything is ready. All we need is a spark.
    Not yet, {to}. The best moment hasn't come.
    Let's give them a scandal they can't survive.
    Split them apart, and they're nothing.
    Whisper it at {place}. By tomorrow, everyone will know.
    We let {other} find the letter. By accident, of course.
    Feed them half the truth. Half is more convincing.
    You'll bring them a gift tonight, {to}. Make sure everyone sees.
    Cut off their money first. Pride starves slowly.
    When they're alone at {place}, we make our move.
    Let the rumor travel on its own. Don't touch it again.
    They trust {other}. So {other} must be the one to turn.
    Dress it up as kindness. Nobody suspects kindness.
    Wait until the guests arrive. Shame needs an audience.
    Keep your hands clean, {to}. Let others do the lifting.
    Two witnesses, same story, separate rooms.
    Swap {prop} for the fake. No one will notice before morning.
    Tell them I'm ill. Let them grow careless.
    We strike where they feel safest, {to}. At home.
    Find the weakest one among them. Everyone has a price.
    Make them believe {other} betrayed them first.
    A gift, a smile, a hidden knife, {to}. In that order.
    Let them catch a small lie. They'll miss the big one.
    Remember: whatever happens, you have never met me.
    Spread it slowly. A fire lit all at once burns out.
    We need {other} angry. Angry people make mistakes.
    Lead them to {place}. The rest is arranged.
    Give them a villain, {to}, and they'll stop looking for us.
    Plant the idea in their heads and let it grow.
    Let {other} take the credit. And the fall.
    Everything must look natural. Nothing rushed.
    By the time they understand, it'll be too late.
    Leave one door open. Guilty people always run.

    [agree]
    Fine. Count me in.
    Consider it done, {to}.
    I don't like it, but I'll do it.
    For you? I'd do anything.
    You have my word.
    Just tell me when.
    If it brings them down, count me in.
    I'll keep my mouth shut. You know I will.
    Understood. No one will know.
    All right. We do it your way.
    I've been waiting for this day.
    Say no more. I'll handle it.
    Deal. But if this fails, I was never here.
    As you wish. It will be done.
    Very well. Tonight, then.
    You lead, {to}. I'll follow.
    I know someone who can help. Leave it to me.
    Done. What's the next step?
    I'm with you. To the very end.
    It's a dangerous plan. I like it.
    Of course. Whatever it takes.
    Yes. For everything they did to us.
    I'm in. I've been in since the start.
    Tell me where, {to}, and I'll be there.
    Agreed, but we keep it clean, {to}. No blood.
    Agreed. No turning back after tonight.
    I trust you, {to}. That's reason enough.
    Yes. Heaven help us, yes.
    If {other} is in, so am I.
    Fine. I'll play my part.
    Then it's settled, {to}. We move together.
    I'll go tonight. Don't wait up.
    You've convinced me. Where do we start?
    On your word, {to}, I'll move.
    No questions. Just tell me what you need.
    Leave {prop} with me. It'll be safe.
    Why not? I've nothing left to lose.
    Let's finish it, once and for all.
    I was hoping you'd ask.
    I'll keep {other} busy. Go.
    Of course I'm with you. Did you ever doubt it?
    Right. We go quietly, then.
    Fair enough. My silence for your protection.
    I owe you that much, {to}.
    Count on it, {to}. I won't fail you.
    Whatever you decide, I'll stand by it.
    Yes. Better us than them.
    I'll carry the message myself.
    If you're sure, {to}, then so am I.
    Tomorrow at dawn. I'll be ready.

    [plead]
    Please, {to}. Just listen to me once.
    I'm begging you. Don't do this.
    Give me one more chance. Just one.
    Let them go. Take me instead.
    Please don't leave me here.
    I'll do anything. Anything at all.
    Spare {other}. They did nothing wrong.
    Look at me, {to}. Don't you remember us?
    I was wrong. I know I was wrong.
    On my knees, I'm asking you. Have mercy.
    Don't turn your back on me. Not now.
    If you ever cared about me, stop this.
    Give me until tomorrow. That's all I ask.
    Believe me this once. Only once.
    I can't lose you too. I can't.
    Return {prop} to me. It's all I have left.
    Forgive me. I'll spend my life making it right.
    Don't make me choose. I'm begging you.
    Hear me out. Then decide.
    Have you no heart at all?
    Help me. There's no one else I can ask.
    Let me see them one last time. Please.
    Just this once, {to}, let me be right.
    I'll leave forever. Just let them live.
    Please, {to}. They're all I have.
    Don't punish {other} for my mistake.
    I've no right to ask you for anything. I'm asking.
    Open the door. Please, I'm begging you.
    Say something, {to}. Anything. Don't be silent.
    Let me explain before you decide to hate me.
    Take everything I own. Just give them back.
    I'm not asking for forgiveness. Only for one hour.
    Think of the years we had, {to}. Please.
    Don't go to {place}. I'm begging you not to go.
    Listen to me, for once in your life.
    Punish me however you want. Not {other}.
    I'll kneel here until you listen.
    Please, not like this. Not in front of everyone.
    One word from you could save {other}. Say it.
    I can't do this alone, {to}. Help me.
    If I ever meant anything to you, stay.
    Don't send me away. I have nowhere to go.
    Please, let me take {prop}. Nothing else.
    I'll tell you everything. Just lower your hand.
    For the sake of the dead, stop this.
    Open your eyes, {to}. You promised you'd stay.
    Just a little longer. They're almost here.
    I'll do whatever you ask. Just don't tell {other}.
    If someone must pay, let it be me, not {other}.
    Please, look at me, {to}. I'm still the same person.

    [refuse]
    No. Not in this life.
    Save your breath, {to}.
    You're asking the wrong person.
    Mercy? You showed me none.
    Absolutely not. Go home.
    Beg all you like. The answer's still no.
    I'm done saving you.
    Find someone else to use.
    That door is closed, {to}. For good.
    Not for you. Not for anyone.
    I gave you chances. You burned every one.
    Why would I help the person who ruined me?
    You'll never get {prop}. It stays with me.
    No deal. Get out.
    Don't waste your tears on me.
    You had your chance. It's gone.
    I won't. And you can't make me.
    Ask {other}. I'm not interested.
    Forgive you? Ask me again in the next life.
    Never. Don't ask again.
    My answer was no yesterday. It's no today.
    Get up. Kneeling won't change my mind.
    Not if you begged on your knees for a year.
    I've said all I'm going to say, {to}.
    The answer was no before you even asked.
    You want my help? Earn my trust first. Oh, you can't.
    I won't lift a finger for you, {to}.
    Ask me a thousand times. Same answer.
    That favor died with our friendship.
    Take your offer back to {other}.
    Gold won't buy me, {to}. Nothing you own will.
    No. And don't follow me.
    I won't be your shield again, {to}.
    You can stop crying. It won't move me.
    Leave. There's nothing for you here.
    I don't bargain with liars, {to}.
    You burned that bridge yourself, {to}.
    I'm not the fool you left behind.
    Sorry isn't enough. It will never be enough.
    Absolutely not, {to}. Don't insult me.
    I said no. Let go of my sleeve.
    The door's that way.
    I won't help you hide {prop}.
    Whatever you're selling, I'm not buying.
    I won't go to {place}. Not for you.
    Let {other} clean up your mess.
    Pity is for people who deserve it.
    You had years to ask. Too late now.
    Go home, {to}. Whatever we were, it's finished.
    Not a coin, not a word, not a single hour more.

    [command]
    Get out of my sight. Now.
    Bring {other} to me. Alive.
    Seal the doors. Nobody leaves.
    On your knees, {to}.
    Search every room. Find {prop}.
    Say it again. Louder.
    Don't move. Not one step.
    Everyone else, leave us.
    Look at me when I'm speaking to you.
    Take them away and lock the door.
    You will apologize, {to}. In front of everyone.
    Silence! All of you.
    Watch {other} day and night. Report everything.
    Burn it. Leave nothing behind.
    Stand up. Crying won't save you.
    Open it. Right now.
    Let no one near {place} tonight.
    Tell them I'm coming.
    Stop right there. Did I say you could go?
    Hand it over, {to}.
    Go. Before I change my mind.
    Find out who's behind this. By dawn.
    Lock {place}. No one in, no one out.
    Bring me {prop}, {to}. Now.
    Call everyone here. All of them.
    Sit down, {to}. We're not finished.
    Fetch water and a clean cloth. Quickly.
    Keep your voice down. That's an order.
    Follow {other}. Don't be seen.
    Speak. Every detail, from the beginning.
    Put that down, {to}. Slowly.
    Let go of {other}. Immediately.
    Light the lamps. I want to see every face.
    Nobody touches {prop} until I return.
    Clear the room. Except you, {to}.
    Write it all down. Every name.
    Look up. Tell them what you told me.
    Get behind me. Don't argue.
    Take them to {place} and wait for my word.
    Run, {to}. Don't look back. Go!
    Hands off, {to}. I won't say it twice.
    Find {other} before sunset.
    Not one word of this leaves the room.
    Open the gate. Let them in.
    Dry your eyes and stand up straight.

    [warn]
    Be careful, {to}. That smile is a trap.
    Don't trust {other}. Not for a second.
    They know about {secret}. You need to leave.
    Walk away from this. Please.
    Someone's been watching you.
    Keep asking about {secret} and you'll end up dead.
    Whatever they offer, refuse it.
    The walls have ears here. Keep your voice down.
    This isn't a game anymore, {to}.
    Don't go to {place} alone.
    They're coming for you tonight.
    Hide {prop}. Somewhere no one would think to look.
    People who dig into {secret} don't last long.
    Smile, nod, say nothing. That's how you survive here.
    Your enemy isn't the one shouting. It's the one smiling.
    One wrong word and it's over for both of us.
    Listen to me. Trust no one in this house.
    If {other} finds out, you're finished.
    Stay quiet, {to}. Whatever you hear tonight.
    That kindness has a price. You just haven't paid it yet.
    Don't eat anything they give you.
    It's worse than you think. Much worse.
    Don't drink that, {to}. Not a drop.
    Whoever told you about {secret} wanted you to come here.
    {other} is not your friend. Remember that.
    If you go to {place}, you won't come back.
    They're testing you. Don't react.
    Lower your eyes and keep walking, {to}.
    Keep {prop} close. Someone wants it badly.
    That gift comes with strings, {to}. Cut them.
    Your every move is being reported.
    Strangers have started whispering about {secret}. Watch yourself.
    Don't put your name to anything. Don't promise anything.
    The storm is coming, {to}. Get ready.
    Do not mention {other} tonight. Not once.
    They'll smile at you tomorrow. That's when you run.
    Don't be alone with them. Not even for a moment.
    Burn whatever you wrote about {secret}.
    Whatever they accuse you of, don't confess.
    Someone inside is feeding them everything.
    Trust your eyes, {to}, not their words.
    Stay away from {place} after dark.
    They already know your name, {to}.
    That door is watched. Use the other one.
    If they ask about me, you've never heard of me.

    [reveal]
    You want the truth? Here it is.
    Sit down, {to}. You'll need to.
    I kept this from you for too long.
    Listen carefully. I'll only say it once.
    Everyone lied to you. Including me.
    Ask yourself why {other} kept quiet. Then listen.
    It's time you knew who you really are.
    There's something about {prop} you were never told.
    I swore I'd take this to my grave. I can't.
    You asked why. This is why.
    Brace yourself. This will hurt.
    The person you trust most? Hear what they did.
    Fine. No more secrets.
    The night everything fell apart, I was there.
    Since you insist, {to}, I'll tell you everything.
    You've been looking in the wrong place all along.
    What I'm about to say changes everything.
    Here's what they buried.
    Look at this, and tell me I'm lying.
    I can't protect you from it anymore. So listen.
    The answer was in front of you the whole time.
    Before I die, you deserve to know.
    Put {prop} down. Then I'll tell you.
    I've rehearsed this a hundred times. It never gets easier.
    Do you remember that night? You remember it wrong.
    Everything {other} told you was half true. Here's the other half.
    It's worse than a lie, {to}. It's the truth.
    You'll hate me for this. Listen anyway.
    The letter was never lost. I have it right here.
    I'll start at the beginning, or the end won't make sense.
    What I'm about to tell you, no one else alive knows.
    There's a name you need to hear, {to}.
    Close the door, {to}. This stays between us.
    Remember the fire? It was no accident.
    Enough hiding. Here is what really happened.
    I promised someone I'd never tell you. I'm breaking that promise.
    Don't interrupt. If I stop, I won't start again.
    You asked who I really am, {to}. Fine.
    Open {prop}. Look inside. Then ask me again.
    I was there when they made the deal.
    Take a breath, {to}. Now let it out.
    This is the last secret I'm keeping. Not anymore.
    Ask {other} why they're shaking. Better yet, I'll tell you.
    There's a reason I never said this aloud.
    Hear it from me, not from them.

    [shock]
    No... no, that's impossible.
    You're lying. Tell me you're lying.
    All this time... it was you?
    How could you do this to me?
    That can't be true, {to}.
    Then everything I believed was a lie.
    Wait. Say that again.
    I don't... I can't breathe.
    No. No, no, no.
    {other}? Of all people?
    You knew? And you let me suffer?
    So that's why {prop} mattered so much.
    My whole life... built on a lie.
    How long have you been hiding this?
    I trusted you with everything.
    This is a nightmare. Wake me up.
    Then who have I been grieving all these years?
    Why didn't anyone tell me?
    It can't end like this.
    You... you're still alive?
    It all makes sense now. All of it.
    Impossible. I saw it with my own eyes.
    Wait... then the letter was real?
    No. Not you, {to}. Anyone but you.
    Every word, {to}? Every single word was a lie?
    You were there, {to}? The whole time?
    That's my... that's my own handwriting.
    Then who did I bury? Not {other}?
    So my real enemy was beside me all along?
    My own family? My own blood?
    Stop. Please stop talking.
    {other} knew? {other} knew and smiled at me?
    How is that even possible?
    I held your hand at the funeral. You knew even then?
    The ground just fell away.
    All those years of waiting... for nothing?
    Is this a joke? Tell me it's a joke.
    You saved me... only to destroy me?
    No wonder you couldn't look at me.
    I've been feeding my enemy at my own table.
    Then {prop} was never mine?
    That's not... that can't be the same person.
    My head is spinning. Say it slowly.
    You let me mourn you? For years?
    So everything I did, I did for a liar.
    What... what have I done?
    Wait, {to}. Who else knows?
    Dead? No. I spoke with them yesterday.
    That voice... I've heard it before.
    I was the reason? Me?

    [comfort]
    It's not your fault, {to}. Hear me? Not your fault.
    Cry if you need to. I'm not going anywhere.
    We'll get through this. Together.
    Whatever they say, I know who you are.
    Breathe. You're safe here.
    You did everything you could.
    They can't hurt you while I'm here.
    Tomorrow will be kinder. I promise.
    You're stronger than you know, {to}.
    Let it out. No one's watching.
    I believe you. Even if no one else does.
    You're not alone anymore.
    Shh. Rest. We'll fix it in the morning.
    Wounds heal. So will this.
    Don't let them see you break. Not yet.
    {other} would be proud of you.
    Lean on me for once.
    The worst is over. I've got you.
    No one will ever take you from me again.
    Keep your head up. We still have a move left.
    You owe no one an apology. Least of all them.
    Here. Take my hand.
    Come, sit, {to}. You don't have to talk.
    I'll stay until you fall asleep.
    Let the world be cruel tonight. In here, it's just us.
    Everyone stumbles, {to}. Get up slowly.
    You're not broken. You're bruised. There's a difference.
    I'm proud of you. Do you hear me?
    Whatever happens tomorrow, you have me.
    Drink this. Warm your hands.
    They were wrong about you. They'll see.
    You did nothing to deserve this.
    Cry now, {to}. Tomorrow we fight.
    It's all right to be afraid, {to}.
    We'll find {other}. I swear we will.
    One step at a time. That's all.
    You kept us alive. Don't forget that.
    Look how far you've come, {to}.
    The storm passes. It always does.
    Nobody can take who you are, {to}.
    Shh, {to}. It's over now. It's over.
    You don't have to forgive them to be free.
    I'm right here. Squeeze my hand if you need to.
    Let me handle {other}. You rest.
    It hurts because you loved. That's not weakness.
    Whatever you lost, you didn't lose me.
    Eat something. You'll think more clearly.
    We've survived worse together, {to}.
    Don't look back. Look at me.
    You were brave today. Braver than anyone.

    [thank]
    Thank you, {to}. I won't forget this.
    I owe you my life.
    Without you, I'd be dead already.
    You came back for me. Why?
    One day I'll repay you. I swear it.
    No one's ever stood up for me before.
    You saved more than my life. You saved my name.
    I don't know how to thank you.
    I was wrong about you. Thank you.
    Whatever you need, from now on, ask me.
    This debt, I'll carry forever.
    You believed me when no one else did.
    Thank you for keeping {prop} safe.
    I'll never forget tonight, {to}.
    Your kindness... I'll remember it always.
    You didn't have to help me. But you did.
    Tell {other} I'm grateful. Truly.
    I'm in your debt. Name it, and it's yours.
    Thanks. I mean it this time.
    For the first time, I'm not afraid. Because of you.
    If I live through this, it's thanks to you.
    You kept your promise. Thank you.
    I'll never forget what you risked for me, {to}.
    You didn't have to stay. Thank you for staying.
    You gave me back my name. How do I repay that?
    I was ready to give up. You wouldn't let me.
    Thank you for not asking questions.
    {other} told me what you did. Thank you.
    My family owes you everything, {to}.
    For the first time in years, someone listened. Thank you.
    You kept your word when no one else would.
    Thank you. I mean that with my whole heart.
    That was the kindest thing anyone's ever done for me.
    If you ever need me, I'll come. Whatever the hour.
    You brought {prop} back. I thought it was lost forever.
    I misjudged you, {to}. Forgive me, and thank you.
    I owe you more than words can cover.
    You stood between me and them. I saw.
    Thanks for the warning, {to}. It saved me.
    You fed me when I had nothing. I remember.
    Your help came just in time, {to}.
    Without your letter, I'd never have known.
    Everyone doubted me, {to}. You never did.
    You lied for me, {to}, and you hate lying.
    I'm alive because you and {other} were brave.
    I can't repay you today. But I will.
    Thank you for coming to {place}. I wasn't sure you would.
    You gave me a second chance. I won't waste it.
    Let me thank you properly. Sit, please.
    Bless you, {to}. Truly.

    [triumph]
    Surprised, {to}? You should be.
    Now who's on their knees?
    Remember when you laughed at me? I do.
    Everything you stole, I've taken back.
    The one you threw away now holds your fate.
    Kneel. You know the way.
    It's over, {to}. You lost.
    Look around. No one's on your side now.
    I told you I'd come back.
    Your lies have run out. So has your luck.
    Apologize. Properly this time.
    Who's the joke now?
    {other} has already confessed. You're alone.
    This is what justice tastes like.
    Every insult, paid back in full.
    You underestimated me. That was your last mistake.
    Bow your head. I've waited years for this.
    The evidence is right here. Try lying now.
    Take a good look at me. I'm not that fool anymore.
    You chose this road. Don't blame me for where it ends.
    You fell exactly where I said you would.
    Well? Nothing clever to say now?
    How does it feel, {to}, to lose everything in one day?
    Your allies are gone. Your name is gone. What's left?
    You bet against me, {to}. You lost.
    Smile, {to}. Isn't this what you wanted everyone to see?
    I said you'd regret it. Here we are.
    Remember this moment. I certainly will.
    Now you know how it feels to beg.
    The door you shut on me? It's shut on you now.
    Everyone here heard it. There's no taking it back.
    You dug the pit. You fell in. I only watched.
    {other} chose me. Of course they did.
    You're free to go. Oh, wait. You have nowhere to go.
    Looks like the fool was smarter than all of you.
    You wanted my place. Kneel at it.
    I didn't need revenge. You ruined yourself.
    Say my name, {to}. Properly, this time.
    I'm back, and this time I'm staying.
    Read it aloud. Let everyone hear who you are.
    The whole room is watching you fall. Enjoy it.
    You called me nothing. Nothing just won.
    Every step you took, I was one ahead.
    {prop} is mine again. And so is everything else.
    Don't look at {other}. No one's coming to save you.
    Took you long enough to understand, {to}.
    Your time is over. Mine begins.
    Whose turn is it to cry now, {to}?
    Let this be a lesson, {to}. Never bury someone alive.
    I told everyone I'd win. Now they believe me.

    [cliff]
    Then who is buried in that grave?
    You still have no idea about {secret}, do you?
    Wait... you're not who you say you are.
    If I'm not your enemy, {to}, who is?
    Someone else knows. And they're here.
    Open it. If you dare.
    There's one more thing. And it changes everything.
    {other} lied to you. About everything.
    Ask yourself why no one ever speaks of {secret}.
    That wasn't the first time. Or the last.
    Then whose blood is on {prop}?
    The real traitor is still in this room.
    One question, {to}. Who are you, really?
    Don't turn around. Someone's behind you.
    You'll find out soon enough who I really am.
    Tomorrow, everyone learns the truth about {secret}.
    Do you know what {prop} really is?
    Too late. It's already begun.
    If you want the answer, come to {place}. Alone.
    You think it's over? It's only starting.
    The one you trust most is the one who did it.
    I'm not dead. Not yet.
    What if I told you {other} was never on your side?
    Say goodbye, {to}. While you can.
    The person who did this... shares your blood.
    Look closer. That's a forgery of {prop}.
    Why is {other} here? Who let them in?
    Whatever you do, don't open that door.
    Now you know half. The other half will kill you.
    By tomorrow, one of us won't be alive.
    I know about {secret}. Meet me at midnight.
    It was never an accident.
    Choose, {to}. Them or me.
    There's a witness. And the witness is still alive.
    You should have asked who sent me.
    Don't trust anyone. Not even me.
    So that's your secret. Then here's mine.
    Who opened the door?
    The body was never found.
    Promise me, {to}. Whatever you hear tonight, don't believe it.
    If the truth about {secret} comes out, we all fall.
    Someone has been reading your letters, {to}. For years.
    The real {prop} was never here.
    Before you sleep tonight, ask yourself who locked the door.
    Whoever knows about {secret} is sitting at this table.
    Listen. That's not the wind. Someone is on the roof.
    {other} sent me a letter this morning. {other} has been dead a year.

    [action.open]
    Silence hangs over {place}, broken only by approaching footsteps.
    Dawn light spills across {place}; {me} waits alone.
    Whispers fill {place}, then stop dead the moment {me} walks in.
    Rain drums outside {place}. {me} stands motionless, watching the door.
    At {place}, {to} is already waiting, back turned.
    The lamps at {place} burn low. {me} steps out of the dark.
    Late at night at {place}, a single light still burns.
    {me} pauses at the threshold of {place}, steadying a breath.
    Wind rattles the windows of {place}. {to} looks up sharply.
    Nothing at {place} has changed in years. {me} has.
    Morning at {place}. Quiet. Too quiet.
    {me} and {to} enter {place} from opposite doors.
    In a corner of {place}, {other} watches everyone, unnoticed.
    A table at {place} is set for a celebration nobody wants.
    Footsteps echo through {place}, empty but for {me}.
    {me} walks into {place} holding {prop}.
    Night falls over {place}. Somewhere, a door creaks.
    {to} sits alone at {place}, staring at {prop}.
    A sudden knock echoes through {place}. {to} freezes mid-step.
    Candles flicker at {place}; {other} sets out cups for guests who haven't arrived.
    {me} enters {place} and stops short. Someone has moved {prop}.
    A cold wind sweeps through {place}, scattering papers across the floor.
    Laughter spills from {place}, then dies the moment {to} appears.
    {place} at dusk. {me} lingers by the window, waiting.
    At {place}, {me} and {other} speak in hushed voices, then break apart.
    The door of {place} stands open. No one is inside.
    {to} paces the length of {place}, unable to sit still.
    Snow has settled on the steps of {place}. One set of footprints leads in.
    {place} is crowded and loud. Only {me} is silent.
    Smoke still hangs in the air at {place}.
    {me} sets {prop} on the table at {place} and waits.

    [action.tension]
    {me} and {to} lock eyes. Neither looks away.
    {me} steps closer; {to} doesn't back down.
    {to}'s hand curls into a fist. {me} notices and smiles.
    The silence between {me} and {to} stretches until it hurts.
    {me} grips {to}'s wrist, hard.
    {to} forces a smile. {me} isn't fooled.
    {me} circles {to} slowly, like a predator.
    A cup shatters on the floor. Nobody moves.
    {me} leans in until {to} can feel every word.
    {to} tries to leave. {me} blocks the way.
    {me} slams {prop} down in front of {to}.
    {other} watches {me} and {to} from the shadows, saying nothing.
    {me}'s voice drops low. {to} flinches.
    {to} stares at {me}, jaw clenched, eyes wet but defiant.
    {me} laughs softly. It isn't a friendly sound.
    Neither {me} nor {to} is willing to blink first.
    {me} backs {to} against the wall.
    The air turns cold as {me} turns to face {to}.
    {me} pours a cup for {to} and doesn't let go of it.
    {to} steps back. {me} steps forward. Again.
    {me} tilts {to}'s chin up with one finger.
    {to} and {me} trade polite words, each one a blade.
    {me} snatches {prop} out of {to}'s hand.
    {other} coughs. Neither {me} nor {to} looks away.
    {me} slowly rolls up a sleeve, eyes never leaving {to}.
    {to} raises a hand to strike. {me} catches it mid-air.
    {me} leans back, perfectly at ease, while {to} sweats.
    The candle between {me} and {to} gutters and nearly dies.
    {me} drops a single coin at {to}'s feet.
    {me} smiles sweetly at {to}. The smile never reaches {me}'s eyes.

    [action.tender]
    {me} gently brushes the hair from {to}'s face.
    {me} quietly covers the sleeping {to} with a blanket.
    {to} falls asleep on {me}'s shoulder. {me} doesn't dare move.
    {me} takes {to}'s cold hands and warms them.
    Foreheads touch. For a moment, {me} and {to} forget the world.
    {me} wipes a tear from {to}'s cheek with a thumb.
    {to} looks up. {me} is already smiling.
    {me} pulls {to} into an embrace and holds on tight.
    {me} bandages {to}'s wounded hand, slowly, carefully.
    {me} laces fingers with {to}. Neither lets go.
    {me} kisses {to}'s forehead and lingers there.
    Under the moon, {me} and {to} walk side by side in silence.
    {me} places {prop} in {to}'s palm and gently closes {to}'s fingers over it.
    {to} leans against {me}'s chest, listening to the heartbeat.
    {me} watches over {to} all night, guarding the door.
    {me} straightens {to}'s collar, fingers lingering a second too long.
    {to} laughs for the first time in days; {me} can't look away.
    {me} shields {to} from the rain without a word.
    {me} hands {to} a cup of warm tea; their fingers brush.
    {to} dozes off mid-sentence; {me} smiles and lets {to} sleep.
    {me} tucks a stray lock of hair behind {to}'s ear.
    {me} drapes a coat around {to}'s shoulders.
    {me} and {to} share a quiet laugh over nothing at all.
    {to} rests against {me}'s knee while {me} strokes {to}'s hair.
    {me} traces the old scar on {to}'s hand, gently.
    From the doorway, {me} watches {to} sleep, smiling.
    {me} feeds {to} a spoonful of soup, patient as ever.
    {to} reaches for {me}'s hand in the dark and finds it already waiting.
    {me} hums softly until {to}'s breathing slows.
    {me} presses {prop} into {to}'s hands: a promise kept.

    [action.shock]
    {me} freezes. The color drains from {me}'s face.
    {prop} slips from {me}'s fingers and hits the floor.
    {to} staggers back, knocking over a chair.
    {me}'s knees give way.
    The room falls dead silent. Every eye turns to {other}.
    {me} stares at {to}, unable to speak.
    {to}'s cup shatters on the floor.
    {me} reads it twice, then a third time, hands trembling.
    {other} goes pale and takes a step back.
    {me} clutches the edge of the table to stay upright.
    A gasp ripples through the onlookers.
    {to} laughs, a broken sound, then falls silent.
    {me}'s breath catches. Tears spill before {me} can stop them.
    {me} looks from {to} to {other}, and finally understands.
    {to}'s lips tremble, but no words come.
    {me} stumbles backward into the wall.
    For {me}, time seems to stop.
    {to} sinks to the floor, staring at nothing.
    {me} lets out one short laugh, then covers {me}'s mouth.
    {to}'s face goes white as paper.
    The letter trembles in {me}'s hand.
    {other} drops to both knees.
    {me} takes one step toward {to}, then stops, unable to go further.
    Everyone turns at once to stare at {me}.
    {to} grabs {me}'s arm to keep from falling.
    {me}'s cup tips over; tea spreads across the table unnoticed.
    {to} shakes {to}'s head slowly, again and again.
    {me} opens {me}'s mouth to speak. Nothing comes out.
    A chair scrapes. {other} is standing, ashen.
    {me} presses a hand to {me}'s chest as if struck.

    [action.cliff]
    The door bursts open. {other} stands there, soaked in rain.
    {prop} lies on the floor, cracked down the middle.
    A shadow moves behind {me}. {me} doesn't see it.
    {to} collapses without a sound.
    A note slides under the door. It speaks of {secret}.
    {me} turns around and comes face to face with {other}.
    Blood drips from {to}'s sleeve onto {prop}.
    The room plunges into darkness. When light returns, {to} is gone.
    A scream rings out from {place}.
    {other} smiles in the dark, holding {prop}.
    {me} opens the box. It is empty.
    Someone has been listening at the door the whole time: {other}.
    {to}'s eyes snap open.
    Footsteps stop right outside. Slowly, the door begins to open.
    {me} finds a name written in blood beside {prop}.
    {other} nods to an unseen figure. It is done.
    Behind {me}'s back, {to} raises a knife.
    The last thing {me} sees is {other}'s face, smiling.
    Fire breaks out at {place}, and {me} is still inside.
    A knife lands in the doorframe, inches from {me}'s head.
    {other} slips {prop} into a sleeve and walks away unseen.
    Outside {place}, a figure in the dark watches {me} and {to}.
    {to} opens the letter. Only three words: I know everything.
    {me} turns back. {prop} is gone from the table.
    {other} whispers a name. {to} goes rigid.
    The lamp goes out. A hand closes over {me}'s mouth.
    Blood stains the floor of {place}, but there is no body.
    {to} looks up at {me} with a stranger's eyes.
    Someone has written {secret} in ash on the wall of {place}.
    {me} finds {prop} hidden in {other}'s room.

    [action.exit]
    {me} walks out without looking back.
    {me} turns and leaves; the door slams shut.
    {me} brushes past {to} and is gone.
    {me} pauses at the door, then leaves without a word.
    {me} drops {prop} at {to}'s feet and walks away.
    {me} leaves. {to} stands alone in the silence.
    {me} gives {to} a half-smile and turns away.
    {me} storms out; {other} hurries after.
    {me} disappears into the night.
    {me} walks away, shoulders straight, tears hidden.
    {me} slips out quietly while no one is watching.
    {me} leaves {to} with nothing but a cold smile.
    Without another glance at {to}, {me} walks off.
    {me} steps out into the rain and doesn't stop.
    {me} takes {prop} and is gone before anyone can react.
    {me} backs away slowly, then runs.
    {me} exits. The whole room exhales.
    {me} pushes through the crowd and vanishes.
    {me} bows stiffly to {to} and leaves.
    {me} sets {prop} down without a word and is gone.
    {me} turns at the door for one last look at {to}. Then gone.
    {me} pulls free of {to}'s grip and leaves.
    {me} strides out; the door swings on its hinges behind.
    {me} hurries away before {to} can see the tears.
    {me} follows {other} out, keeping a careful distance.
    {me} leaves through the back door, unseen.
    {me} walks away slowly, as if nothing happened.
    {me} sweeps out of {place}, head held high.
    {to} calls after {me}. {me} doesn't stop.
    {me} nods once to {other} and slips out.

    [paren.neutral]
    (calmly)
    (evenly)
    (matter-of-fact)
    (quietly)
    (after a pause)
    (without looking up)
    (measured)
    (plainly)
    (steadily)
    (simply)
    (shrugging)
    (thoughtfully)
    (politely)
    (offhand)

    [paren.angry]
    (furious)
    (through gritted teeth)
    (shouting)
    (seething)
    (slamming the table)
    (voice shaking with rage)
    (snapping)
    (barely containing fury)
    (roaring)
    (eyes blazing)
    (bristling)
    (knuckles white)
    (red-faced)
    (jabbing a finger)

    [paren.sad]
    (tearfully)
    (voice breaking)
    (softly, hurt)
    (choking back tears)
    (bitterly)
    (barely a whisper)
    (heartbroken)
    (eyes red)
    (with a hollow laugh)
    (numb with grief)
    (wistfully)
    (sighing)
    (with wet eyes)
    (looking away, hurt)

    [paren.shocked]
    (stunned)
    (gasping)
    (eyes wide)
    (stammering)
    (in disbelief)
    (frozen)
    (reeling)
    (breathless)
    (staggering back)
    (horrified)
    (jaw dropping)
    (aghast)
    (mouth falling open)
    (half-rising)

    [paren.smug]
    (smirking)
    (with a cold laugh)
    (mockingly)
    (arrogantly)
    (savoring it)
    (sweetly, poisonous)
    (with a sneer)
    (triumphant)
    (lazily)
    (amused)
    (lips curling)
    (condescending)
    (preening)
    (drawling)

    [paren.tender]
    (gently)
    (softly)
    (with a soft smile)
    (lovingly)
    (tenderly)
    (murmuring)
    (warmly)
    (voice softening)
    (almost a whisper)
    (fondly)
    (shyly)
    (soothingly)
    (with quiet affection)
    (hushed and warm)

    [paren.afraid]
    (trembling)
    (terrified)
    (shaking)
    (backing away)
    (voice quivering)
    (panicked)
    (frantic)
    (in a hushed whisper)
    (glancing over a shoulder)
    (nervously)
    (cowering)
    (stuttering)
    (white-faced)
    (hugging both arms tight)

    [paren.cold]
    (coldly)
    (icily)
    (without emotion)
    (dead calm)
    (with contempt)
    (chillingly)
    (emotionless)
    (in a low, cold voice)
    (stone-faced)
    (flatly)
    (unblinking)
    (clipped)
    (without a glance)
    (in a flat, hard voice)
    """#
}
