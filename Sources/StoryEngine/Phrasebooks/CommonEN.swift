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
    """#
}
