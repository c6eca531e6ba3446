/// The sample screenplays of the reference Fountain parser's test suite, verbatim: from the
/// reference parser's test suite, github.com/nyousefi/Fountain, MIT licence
/// (Copyright (c) 2012-2013 Nima Yousefi & John August).
///
/// They are embedded as strings because the test target declares no resources. Tabs and
/// meaningful trailing spaces are written as `\#t` and `\#u{20}` so that editors cannot lose
/// them. Brick & Steel is ``Fixtures/brickAndSteel``; Big Fish is ``ReferenceCorpus/bigFish``
/// (an excerpt, in its own file).
enum ReferenceCorpus {
    /// `FountainTests/SceneHeaders.fountain`.
    static let sceneHeaders = #"""
        INT. HOUSE - DAY

        EXT. HOUSE - DAY

        INT HOUSE DAY

        EXT HOUSE DAY

        INT/EXT. HOUSE - DAY

        INT./EXT. HOUSE - DAY

        I/E. HOUSE - DAY

        I./E. HOUSE - DAY

        I/E HOUSE DAY

        INT - HOUSE - DAY

        EXT - HOUSE - DAY

        EST. HOUSE - DAY

        EST HOUSE DAY

        INT. HOUSE - DAY (1979)

        .KITCHEN

        ... not a scene header.

        INT. HOUSE - DAY
        EXT. HOUSE - DAY

        ESTABLISHING

        int. house - day
        """#

    /// `Tests/FountainTests/Transitions.fountain` (the fifth line ends in two spaces).
    static let transitions = #"""
        CUT TO:

        SMASH CUT TO:

        FADE TO BLACK.

        > NOT A STANDARD TRANSITION:

        CUT TO: \#u{20}

        GO TO:

        TO:
        """#

    /// `FountainTests/Dialogue.fountain` (the line between "block" and "for absolutely" is
    /// two spaces; two dialogue lines end in a space).
    static let dialogue = #"""
        ADAM
        I like to write.

        EVE (O.S.)
        What kind of writing?

        ADAM
        (nervous)
        Screenwriting.

        EVE
        ME TOO!

        EVE (cont'd)
        I think screenwriting is the best.

        ADAM
        That's great.\#u{20}
        I was really worried you wouldn't\#u{20}
        like screenwriting.

        EVE
        Oh, Adam.
        (kissing him)

        ADAM
        I love you.

        EVE ^
        You're so stupid.

        R2D2
        Bleep Boop.
        (*This is a valid character cue.*)

        23 (O.S.)
        Character name must include a letter

        ADAM
        That was really weird.
        I can be weird to. Here's
        a space in the dialogue
        block
        \#u{20}\#u{20}
        for absolutely no good
        reason.

        \#t\#tEVE
        \#t  (feeling cocky)
        \#tWell, then I'll just indent!
        """#

    /// `FountainTests/DualDialogue.fountain`.
    static let dualDialogue = #"""
        ADAM
        Yes.

        EVE ^
        No.
        """#

    /// `FountainTests/CenteredText.fountain`.
    static let centeredText = #"""
        > Centered <

        > Not centered

        >No space<

        >      Lots of Space\#t\#t<
        """#

    /// `FountainTests/Indenting.fountain`.
    static let indenting = #"""
                        CUT TO:

        INT. GARAGE - DAY

        BRICK and STEEL get into Mom's PORSCHE, Steel at the wheel.  They pause for a beat, the gravity of the situation catching up with them.

                    BRICK
            This is everybody we've ever put away.

                    STEEL
                (starting the engine)
            So much for retirement!

        They speed off.  To destiny!

        """#

    /// `FountainTests/MultilineAction.fountain`.
    static let multilineAction = #"""
        A normal line of action.

        This is a multi-line block of Action.
        Made famous by the great
        WALTER HILL
        but used by many other writers.

        A normal line of action.
        """#

    /// `FountainTests/Sections.fountain`.
    static let sections = #"""
        # Act 1
        = Synopsis 1

        INT. LOCATION - DAY

        # Act 2
        ## Sequence 1

        INT. LOCATION - DAY

        """#

    /// `Tests/FountainTests/SectionHeaders.fountain` (the `# 5` line ends in a space).
    static let sectionHeaders = #"""
        # Act One

        #Act Two

        #ACT THREE

        # ACT FOUR

        # 5\#u{20}

        ## Level 2

        ### Level 3
        """#

    /// `Tests/FountainTests/Synopses.fountain`.
    static let synopses = #"""
        # Act One

        = This is the first act.

        # Act Two

        =This is another act.

        # Act Three

        =THE FINAL ACT
        """#

    /// `Tests/FountainTests/Simple.fountain` (the last line ends in a space; it also opens with
    /// two blank lines after the title page, then `FADE IN:`).
    static let simple = #"""
        Title: A Simple Script
        Author: Nima Yousefi
        Draft date: 2/1/2012


        FADE IN:

        INT. OFFICE - MORNING

        A MAN sits alone at his desk.

        MAN (V.O.)
        (passionately)
        I'm writing.

        ====

        ext. house - day

        Another scene.

        > Burn to White.

        > THE END <

        [[Comment]]

        = Synopsis

        /*
        This text is in the boneyard.
        */

        # Section 1

        This is in section one.

        ## Section 1-1

        This should be at a higher depth than the previous section.

        .FORCED SCENE HEADING

        ... Not a forced scene heading

        /* Boneyard 2 */

        Scott exasperatedly throws down the card on the table and picks up the phone, hitting speed dial #1...

        [[The following should not be considered a transition because it ends with one or more spaces.]]

        CUT TO:\#u{20}
        """#

    /// `Tests/FountainTests/Notes.fountain`.
    static let notes = #"""
        A line.

        [[A note.]]

        [[This line spans
          multiple lines.]]

        This is an [[internal]] note.
        """#

    /// `Tests/FountainTests/ForcedElements.fountain`.
    static let forcedElements = #"""
        !BANG
        BANG
        BANG

        @McDUCK
        I'm vegan.

        SINGER
        ~These are the songs
        ~That I sing.
        """#

    /// `Tests/FountainTests/Boneyard.fountain` (three boneyard lines end in a space).
    static let boneyard = #"""
        A line of action.

        /* This is an inline Boneyard. */

        /*\#u{20}
        This is a
        multi-line\#u{20}
        Boneyard.\#u{20}
        */

        This is an /* internal */ boneyard.
        """#

    /// `Tests/FountainTests/SceneNumbers.fountain`.
    static let sceneNumbers = #"""
        INT. HOUSE - DAY #1#

        INT. HOUSE - DAY #1A#

        INT. HOUSE - DAY #1a#

        INT. HOUSE - DAY #A1#

        INT. HOUSE - DAY #I-1-A#

        INT. HOUSE - DAY #1.#

        INT. HOUSE - DAY - FLASHBACK (1944) #110A#

        """#

    /// `Tests/FountainTests/PageBreaks.fountain`.
    static let pageBreaks = #"""
        Page one.

        ===

        Page two.

        =========

        Page three.

        """#
}
