extension ReferenceCorpus {
    /// The opening of `Tests/FountainTests/Big Fish.fountain` by John August (the title page
    /// and the story up to the witch's gate, about 19,000 of its 146,000 characters, with the
    /// spaces that ended some lines dropped): from the reference parser's test suite,
    /// github.com/nyousefi/Fountain, MIT licence. The reference tests' assertions (elements 0 to
    /// 209 and the title page) all fall inside it.
    static let bigFish = #"""
        Title: Big Fish
        Credit: written by
        Author: John August
        Source: based on the novel by Daniel Wallace
        Notes:
        \#tFINAL PRODUCTION DRAFT
        \#tincludes post-production dialogue
        \#tand omitted scenes
        Copyright: Copyright © 2003 Columbia Pictures

        This is a Southern story, full of lies and fabrications, but truer for their inclusion.

        ====

        **FADE IN:**

        A RIVER.

        We’re underwater, watching a fat catfish swim along.

        This is The Beast.

        EDWARD (V.O.)
        There are some fish that cannot be caught.  It’s not that they’re faster or stronger than other fish.  They’re just touched by something extra.  Call it luck.  Call it grace.  One such fish was The Beast.

        The Beast’s journey takes it past a dangling fish hook, baited with worms.  Past a tempting lure, sparkling in the sun.  Past a swiping bear claw.  The Beast isn’t worried.

        EDWARD (V.O.)(CONT’D)
        By the time I was born, he was already a legend.  He’d taken more hundred-dollar lures than any fish in Alabama. Some said that fish was the ghost of Henry Walls, a thief who’d drowned in that river 60 years before.   Others claimed he was a lesser dinosaur, left over from the Cretaceous period.

        INT.  WILL’S BEDROOM - NIGHT (1973)

        WILL BLOOM, AGE 3, listens wide-eyed as his father EDWARD BLOOM, 40’s and handsome, tells the story.  In every gesture, Edward is bigger than life, describing each detail with absolute conviction.

        EDWARD
        I didn't put any stock into such speculation or superstition.  All I knew was I’d been trying to catch that fish since I was a boy no bigger than you.
        (closer)
        And on the day you were born, that was the day I finally caught him.

        EXT.  CAMPFIRE - NIGHT (1977)

        A few years later, and Will sits with the other INDIAN GUIDES as Edward continues telling the story to the tribe.

        EDWARD
        Now, I’d tried everything on it:  worms, lures, peanut butter, peanut butter-and-cheese.  But on that day I had a revelation:  if that fish was the ghost of a thief, the usual bait wasn’t going to work.  I would have to use something he truly desired.

        Edward points to his wedding band, glinting in the firelight.

        LITTLE BRAVE
        (confused)
        Your finger?

        Edward slips his ring off.

        EDWARD
        Gold.

        While the other boys are rapt with attention, Will looks bored.  He’s heard this story before.

        EDWARD
        I tied my ring to the strongest line they made -- strong enough to hold up a bridge, they said, if just for a few minutes -- and I cast upriver.

        INT.  BLOOM FRONT HALL - NIGHT (1987)

        Edward is chatting up Will’s pretty DATE to the homecoming dance.  She is enjoying the story, but also the force of Edward’s charisma.  He’s hypnotizing.

        EDWARD (CONT’D)
        The Beast jumped up and grabbed it before the ring even hit the water.  And just as fast, he snapped clean through that line.

        WILL, now 17 with braces, is fuming and ready to leave.  His mother SANDRA -- from whom he gets his good looks and practicality -- stands with him at the door.

        EDWARD
        You can see my predicament.  My wedding ring, the symbol of fidelity to my wife, soon to be the mother of my child, was now lost in the gut of an uncatchable fish.

        ON WILL AND SANDRA

        WILL
        (low but insistent)
        Make him stop.

        His mother pats him sympathetically, then adjusts his tie.

        WILL’S DATE
        What did you do?

        EDWARD
        I followed that fish up-river and down-river for three days and three nights, until I finally had him boxed in.

        Will regards his father with exasperated contempt.

        EDWARD
        With these two hands, I reached in and snatched that fish out of the river.  I looked him straight in the eye.  And I made a remarkable discovery.

        INT.  TINY PARIS RESTAURANT (LA RUE 14°) - NIGHT (1998)

        WILL, now 28, sits with his gorgeous bride JOSEPHINE.  This is their wedding reception, crowded with their friends and family.  They should be joyful, but Will is furious.

        Edward has the floor, ostensibly for a toast.  The room is cozy and drunk.

        EDWARD
        This fish, the Beast.  The whole time we were calling it a him, when in fact it was a her.  It was fat with eggs, and was going to lay them any day.

        Over near the doorway, we spot Sandra, just returned from the restrooms.  She looks gorgeous.  She couldn’t be any happier if this were her own wedding.

        EDWARD
        Now, I was in a situation.  I could gut that fish and get my ring back, but doing so I would be killing the smartest catfish in the Ashton River, soon to be mother of a hundred others.

        Will can’t take any more.  Josephine tries to hold him back, but he gets up and leaves.  Edward doesn’t even notice.

        EDWARD (CONT’D)
        Did I want to deprive my soon-to-be-born son the chance to catch a fish like this of his own?  This lady fish and I, well, we had the same destiny.

        As he leaves, Will mutters in perfect unison with his father--

        EDWARD AND WILL
        We were part of the same equation.

        Will reaches the door, where his mother intercepts him.

        SANDRA
        Honey, it’s still your night.

        Will can’t articulate his anger.  He just leaves.

        EDWARD
        Now, you may well ask, since this lady fish wasn’t the ghost of a thief, why did it strike so quick on gold when nothing else would attract it?
        (closer; he holds up his ring)
        That was the lesson I learned that day, the day my son was born.

        He focuses his words on Sandra.  This story is -- and has always been -- about her more than anyone.

        EDWARD
        Sometimes, the only way to catch an uncatchable woman is to offer her a wedding ring.

        A LAUGH from the crowd.

        Edward motions for Sandra to get up here with him.  As she crosses, we can see that thirty years of marriage has not lessened their affection for each other.

        As they kiss, Edward tweaks her chin a special little way.  The crowd APPLAUDS.

        Edward toasts the happy couple.  Josephine covers well for her absent husband, a smile as warm as summer.

        Edward downs his champagne in a gulp.

        EXT.  OUTSIDE LA RUE 14° - NIGHT

        We come into the middle of an argument on the sidewalk.  Occasional PASSERSBY take notice, especially as it gets more heated.  Both men are a little drunk.

        EDWARD
        What, a father’s not allowed to talk about his son?

        WILL
        (disbelieving)
        I am a footnote in that story.  I am the context for your great adventure.  Which never happened!  Incidentally!  You were selling novelty products in Wichita the day I was born.

        EDWARD
        (shaking his head)
        Jesus Christ.

        WILL
        Friend of yours?  Did you help him out of a bind?

        EDWARD
        Come on, Will.  Everyone likes that story.

        WILL
        No Dad, they don’t.  _I_ do not like the story.  Not anymore, not after a _thousand_ _times_.  I know all the punchlines, Dad.  I can tell them as well as you can.
        (closer)
        For one night, one night in your entire life, the universe does not revolve around Edward Bloom.  It revolves around me and my wife.  How can you not understand that?

        A long beat, then...

        EDWARD
        (low)
        Sorry to embarrass you.

        Will won’t let him get the last word.

        WILL
        You’re embarrassing yourself, Dad.  You just don’t see it.

        ANGLE ON Edward.  Fine.  A hand to wave, enough of you.

        He walks away.

        ANGLE ON Will, still fuming with righteous anger.  It’s then we FREEZE FRAME.

        WILL (V.O.)(CONT’D)
        After that night, I didn’t speak to my father again for three years.

        INT.  A.P. NEWSROOM (PARIS) - DAY

        A typically busy day.  On hold with the phone cradled under an ear, Will sorts through a bundle of mail dropped on his desk.

        WILL (ON PHONE)
        (without pauses)
        William Bloom with the Associated Press if I could just...

        He’s put back on hold.  Returning to the mail, he finds a hand-addressed envelope.  Rips it open.

        WILL (V.O.)(CONT’D)
        We communicated indirectly I guess.  In her letters and Christmas cards, my mother would write for both of them.

        INT.  BLOOM HOUSE KITCHEN - DAY

        At the table, Sandra talks on the phone while Edward fixes a sandwich.

        WILL (V.O.)
        When I’d call, Mom would say that Dad was out driving.  Or swimming in the pool.

        Edward takes a seat, starting to eat his sandwich.

        WILL (V.O.) (CONT'D)
        True to form, we never talked about our not talking.

        INT.  BLOOM HOUSE MASTER BEDROOM - NIGHT

        Sandra stands by the window, watching as...

        EXT.  BLOOM BACK YARD - NIGHT [CONTINUOUS]

        Edward swims laps in the family pool.  He’s born to the water.

        WILL (V.O.)
        The truth is, I didn’t see anything of myself in my father, and I don’t think he saw anything of himself in me.  We were like strangers who knew each other very well.

        EXT.  RIVER - DAY

        Edward stares intently into the water, a lion in wait.

        WILL (V.O.)
        In telling the story of my father’s life, it’s impossible to separate the fact from the fiction, the man from the myth.  The best I can do is to tell it the way he told me.

        We LOOK DOWN at the river, where Edward’s reflection is caught in the dark water.  As the water ripples past, something changes.

        Sure enough, as we LOOK UP again, it’s a younger EDWARD BLOOM, 20’s, staring into the water.  He’s not just handsome, not just charming.  It’s as if all the forces of the natural world had conspired to create him.

        WILL (V.O.) (CONT’D)
        It doesn’t always make sense, and most of it never happened.

        Suddenly, this Edward thrusts both hands into the water, grabbing hold of

        THE BEAST.

        He brings the catfish up to his face.  Looks it right in the eye.  A beat, then the Beast spits out Edward’s gold ring.

        WILL (V.O.) (CONT’D)
        But that’s what kind of story this is.

        Smiling, Edward takes the ring, then throws the Beast back into the water with a splash.

        TITLE OVER:

        > _BIG FISH_ <

        INT.  HOSPITAL ROOM - DAY

        Young Dr. Bennett stands between the Wife’s legs.  She’s flustered and sweating, but the doctor has a comforting bedside manner...

        YOUNG DR. BENNETT
        Now, Mrs. Bloom, I’ll need you to give me one good push.  On three.  One...

        Suddenly, we hear a POP as a slimy mass of human being rockets into the doctor’s unprepared hands.  Bennett tries to hold tight, but the infant is slippery like a fish.  It shoots up into air.

        The NURSES and the Husband try to grab the baby, but no one can hold it.  As the newborn sails upward TOWARDS CAMERA, we can see a GIGGLING SMILE on its face.

        As it falls, the newborn knocks over a tray, which provides it a ramp to slide right out of the room.  Everyone races after it.

        INT.  HOSPITAL HALLWAY - DAY

        Bursting through the doors --

        YOUNG DR. BENNETT
        Grab that baby!

        A NURSE finally scoops up the slippery baby.  Everyone lets out a collective sigh of relief.

        WILL (V.O.)
        My father’s birth would set the pace for his unlikely life.  No longer than most men’s, but larger.  And as strange as his stories got, the endings were always the most surprising of all.

        INT.  HALF-DARK PARIS APARTMENT - (PRESENT) DAY

        Over the sound of rain, a phone RINGS on a chair.  By the tone of the ring, we know we’re not in the U.S. -- it has that insistent European sound.

        As it keeps RINGING, we look to see the apartment is mostly empty, just a few half-unpacked boxes.  A cradle is still in its carton.

        KEYS in the lock.  LAUGHTER in the hallway.  The door swings open to reveal a drenched Will (29) carrying four sacks of groceries, the bottoms collapsing from the rain.  His wife Josephine (28) pushes past him to get the phone.

        JOSEPHINE
        Allo oui?

        Will begins stripping out of his wet clothes, each layer unleashing a new drizzle.  He plays it up, trying to get a reaction out of Josephine.

        JOSEPHINE (CONT’D)
        (on phone)
        Yes, he’s here.

        She hands the phone to Will, concerned.

        JOSEPHINE (CONT’D)
        It’s your mother.

        Half-stripped, Will takes the phone.  This won’t be good news.

        WILL
        (on phone)
        Hi.  Uh-huh.  Uh-huh.

        As Josephine takes off her rain coat, we see she is very, very pregnant.  She listens carefully to Will’s side of the conversation, trying to gauge how bad the news is.

        WILL (CONT’D)
        What does Dr. Bennett say?  Okay.  No, sure, let me talk to him.   I’ll wait.

        He covers the mouthpiece.  Looks over to Josephine.

        JOSEPHINE
        It’s bad.

        WILL
        It’s more than they thought.  They’re going to stop chemo.

        JOSEPHINE
        You need to go.

        WILL
        Probably tonight.

        A beat.

        JOSEPHINE
        I’m going with you.

        WILL
        You don’t have to.

        JOSEPHINE
        (a simple fact)
        I’m going with you.

        INT.  AIR FRANCE 747 - NIGHT

        As the plane continues boarding, a STEWARDESS recites the welcome spiel in French.  Will has a window seat in coach.  Josephine sits beside him, putting on hand lotion.

        Taking his hands, she rubs the excess into him.  There's an effortless intimacy between them.  She can pinpoint what he's feeling before he can.

        INT.  747 / FLYING - NIGHT

        Hours later, and the lights are dimmed.  Most of the PASSENGERS are asleep, including Josephine.  Her head is propped against Will’s shoulder, her hands tucked under her belly.

        Will watches her sleep, brushing back her hair.  A beat, then he notices a BORED BOY in the next row over.

        Off the glow of the reading light, the boy is using his hands to cast shadows on the seat back.   The kid is pretty good, making a convincing bird, a passable monkey, and finally a dog.

        We PUSH IN on the silhouettes.

        EDWARD (O.S., PRELAP)
        So which one’s it gonna be?  The Monkey in the Barn, the Dog in the Road?

        Focusing on the final shadow, we...

        MATCH CUT TO:

        INT.  BLOOM HOUSE - NIGHT

        ...come to find Edward making the shapes.

        Will (6) sits in his pajamas on the floor next to him.  The endtable lamp lies between them, its shade off to cast big shadows on the wall.

        WILL
        The one about the witch.

        EDWARD
        Your mom says I can’t tell you that one anymore.  You get nightmares.

        WILL
        I’m not scared.

        Edward looks around for a beat, seeing if his wife is in earshot.  He then leans in, complicitous.

        EDWARD
        Neither was I.  At first.

        Will smiles, excited to hear the forbidden story.

        EDWARD (CONT’D)
        This all happened in the swamp outside of Ashton.  Kids weren’t supposed to go out in the swamp, on account of the snakes and spiders and quicksand that would swallow you up before you could even scream.  But there were five of us out there that night:  Me, Ruthie, Wilbur Freely, and the Price Brothers, Don and Zacky.

        Edward holds up his hand, counting the names on his fingers.

        EDWARD (CONT’D)
        Not a one of us knew what was in store.

        As his hand moves past the light, we

        COME TO:

        A flashlight SWEEPS past.  We are...

        EXT.  FIELD AT THE SWAMP EDGE - NIGHT

        The night is WHIRRING and BREATHING, alive.  The moon hangs low, casting long shadows.

        Five kids walk past in silhouette.  Four have flashlights on.  The fifth keeps tripping, crashing into YOUNG EDWARD (10).

        EDWARD
        Zacky, turn your flashlight on!

        ZACKY
        I don’t got any batteries!

        Red-headed ZACKY PRICE is 10.  His brother DON PRICE is 12, and a lot bigger than the others.

        DON PRICE
        Then why’d you bring it?

        ZACKY
        I don’t want to be in the swamp with a witch and no flashlight.

        WILBUR FREELY, also 10, is the black asthmatic son of a sharecropper.  Redheaded RUTHIE MACKLIN, 8, is happy just to be there.

        EDWARD
        Is it true she got a glass eye?

        WILBUR FREELY
        I heard she got it from Gypsies.

        EDWARD
        What’s a Gypsy?

        ZACKY
        Your momma’s a Gypsy.

        DON PRICE
        Your momma’s a bitch.

        RUTHIE
        You shouldn’t swear.  There’s ladies present.

        DON PRICE
        Shit.

        ZACKY
        Damn.

        WILBUR FREELY
        Screw.

        EDWARD
        (whispering)
        Turn off your flashlights!  She’ll see ‘em.

        MOVING UP behind the kids, we find ourselves at the gates of...

        EXT.  A CREEPY OLD HOUSE - NIGHT

        ADULT EDWARD (V.O.)
        Now, it’s common knowledge that most towns of a certain size have a witch, if only to eat misbehaving children and the occasional puppy who wanders into her yard.  Witches use those bones to cast spells and curses that make the land infertile.

        We PULL BACK, and BACK, revealing more of the Gothically creepy house:  its broken windows, strangling vines, and eerie gargoyles half-buried in the dirt.  Even bats are afraid to fly over it.

        In the moonlight, the house is especially sinister.  Who knows what is lurking in the shadows?

        ADULT EDWARD (V.O.)(CONT’D)
        Yet of the all the witches in Alabama, there was one who was the most feared.  For she had one glass eye, which was said to contain mystical powers.

        We finally come to the kids, staring in through the gate.

        WILBUR FREELY
        I hear if you look right at it, you can see how you’re gonna die.

        EDWARD
        That’s bull-s-h-i-t, that is.  She’s not even a real witch.

        DON PRICE
        You’re so sure, why don’t you go in and get that eye?  I heard she keeps it in a box on her nighttable.

        Edward looks back at the spooky house.

        DON PRICE (CONT’D)
        Or are you too scared?

        EDWARD
        I’ll go in right now and get that eye.

        DON PRICE
        Then do it.

        EDWARD
        Fine, I will.

        DON PRICE
        Fine, you do it.

        EDWARD
        Fine, I’m doing it.

        He hands Zacky his flashlight, then starts climbing the gate.

        RUTHIE
        Edward, don’t!

        WILBUR FREELY
        She’ll make soap out of you!
        (to Ruthie)
        That’s what she does, she makes soap out of people.

        Edward drops down on the far side of the gate.  Truth be told, Edward is scared, but he forges ahead anyway.

        Wilbur looks to Ruthie, and they’re in complete agreement.  They get the hell out of there.  Zacky would run too, but Don holds him by the collar.

        EXT. APPROACHING THE HOUSE

        Edward curves around the tall bushes that hide the front door.  Anything could jump out of them.

        He steps on the porch.  The boards SQUEAL and CREAK, but he continues on.  A cat SCREAMS OUT from a broken wicker rocker.  Catching his breath, Edward reaches the front door.

        The doorknob is ancient brass, two projections that look like horns.  Yet Edward extends his hand, reaching closer and closer before he finally

        RINGS THE DOORBELL.

        Impossibly fast, the door opens, revealing an OLD WOMAN with a patch over her left eye.  She looks like she’s been dead for years, but too stubborn to lie down.

        EDWARD
        (calm and straightforward)
        Ma’am, my name is Edward Bloom, and there’s some folks’d like to see your eye.

        EXT. BACK AT THE GATE - NIGHT

        Zacky and Don Price wait for Edward, each moment more convinced he’s already dead.  But suddenly, he’s back at the gate.

        DON PRICE
        You get the eye?

        EDWARD
        I brought it.

        DON PRICE
        (dubious)
        Let’s see it.

        The Old Woman steps out of the shadows behind Edward, flipping up her eye patch.  When their flashlight beam hits her left eye, it shines with a hellish glow.

        We RUSH IN on Zacky, who is paralyzed by what he sees.

        CUT TO:

        EXT.  FRONT PORCH OF HOUSE - DAY

        An OLD MAN -- Zacky -- stands on a wobbly stepladder, changing a lightbulb.  Suddenly, the ladder gives way and he falls.  Dead.

        EXT.  AT THE GATE - NIGHT

        We RUSH IN on Don Price.

        CUT TO:

        INT.  FRATERNITY HOUSE BATHROOM - DAY

        Twenty-year old Don Price falls face-forward on the tile, face mushed in the grout.  Very much dead.

        EXT.  AT THE GATE - NIGHT

        Don and Zacky both tremble with fear.  The latter has tears in his eyes.

        ZACKY
        I saw how I was gonna die.  I was old, and I fell.

        DON PRICE
        I wasn’t old at all.

        The brothers suddenly bolt.  Still standing next to the Old Woman, Edward smiles.
        """#
}
