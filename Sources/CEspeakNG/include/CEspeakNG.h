#ifndef CLIFF_CESPEAKNG_H
#define CLIFF_CESPEAKNG_H

// espeak-ng is loaded at run time (dlopen of libespeak-ng.so.1), so a machine without it
// builds and runs cliff, and gets a clear message naming the package to install.
//
// No espeak-ng headers are needed to build: the small part of the API used here is declared
// below, matching speak_lib.h of espeak-ng 1.51 (ESPEAK_API_REVISION 12) exactly. The
// library's functions are reached through pointers resolved with dlsym, behind the
// `cliff_espeak_*` wrappers that Swift calls.
//
// The library keeps global state and is not thread-safe: callers serialise every wrapper
// call (the Swift side holds one lock around all of them).
//
// It also carries state from one utterance to the next (pitch flutter phase, clause
// lengthening), so the same text spoken twice differs by a few samples and pauses. For
// deterministic output each utterance runs in a fresh instance: `cliff_espeak_open` maps the
// library and initialises it, `cliff_espeak_close` terminates and unloads it (dlclose drops
// the last reference, so the next open starts from clean static data). That costs a few
// milliseconds per line.

#include <stddef.h>

// MARK: - speak_lib.h (espeak-ng 1.51), the parts used

#define espeakRATE_MINIMUM 80
#define espeakRATE_MAXIMUM 450
#define espeakRATE_NORMAL 175

typedef enum {
    espeakEVENT_LIST_TERMINATED = 0,
    espeakEVENT_WORD = 1,
    espeakEVENT_SENTENCE = 2,
    espeakEVENT_MARK = 3,
    espeakEVENT_PLAY = 4,
    espeakEVENT_END = 5,
    espeakEVENT_MSG_TERMINATED = 6,
    espeakEVENT_PHONEME = 7,
    espeakEVENT_SAMPLERATE = 8
} espeak_EVENT_TYPE;

typedef struct {
    espeak_EVENT_TYPE type;
    unsigned int unique_identifier;
    int text_position;
    int length;
    int audio_position;
    int sample;
    void *user_data;
    union {
        int number;
        const char *name;
        char string[8];
    } id;
} espeak_EVENT;

typedef enum {
    POS_CHARACTER = 1,
    POS_WORD,
    POS_SENTENCE
} espeak_POSITION_TYPE;

typedef enum {
    AUDIO_OUTPUT_PLAYBACK,
    AUDIO_OUTPUT_RETRIEVAL,
    AUDIO_OUTPUT_SYNCHRONOUS,
    AUDIO_OUTPUT_SYNCH_PLAYBACK
} espeak_AUDIO_OUTPUT;

typedef enum {
    EE_OK = 0,
    EE_INTERNAL_ERROR = -1,
    EE_BUFFER_FULL = 1,
    EE_NOT_FOUND = 2
} espeak_ERROR;

#define espeakINITIALIZE_PHONEME_EVENTS 0x0001
#define espeakINITIALIZE_PHONEME_IPA 0x0002
#define espeakINITIALIZE_DONT_EXIT 0x8000

#define espeakCHARS_AUTO 0
#define espeakCHARS_UTF8 1
#define espeakCHARS_8BIT 2
#define espeakCHARS_WCHAR 3
#define espeakCHARS_16BIT 4

#define espeakSSML 0x10
#define espeakPHONEMES 0x100
#define espeakENDPAUSE 0x1000
#define espeakKEEP_NAMEDATA 0x2000

typedef enum {
    espeakSILENCE = 0,
    espeakRATE = 1,
    espeakVOLUME = 2,
    espeakPITCH = 3,
    espeakRANGE = 4,
    espeakPUNCTUATION = 5,
    espeakCAPITALS = 6,
    espeakWORDGAP = 7,
    espeakOPTIONS = 8,
    espeakINTONATION = 9,
    espeakSSML_BREAK_MUL = 10,
    espeakRESERVED2 = 11,
    espeakEMPHASIS,
    espeakLINELENGTH,
    espeakVOICETYPE,
    N_SPEECH_PARAM
} espeak_PARAMETER;

typedef struct {
    const char *name;
    const char *languages;
    const char *identifier;
    unsigned char gender;
    unsigned char age;
    unsigned char variant;
    unsigned char xx1;
    int score;
    void *spare;
} espeak_VOICE;

typedef int(t_espeak_callback)(short *, int, espeak_EVENT *);

typedef int (*cliff_espeak_Initialize_fn)(espeak_AUDIO_OUTPUT output, int buflength, const char *path, int options);
typedef void (*cliff_espeak_SetSynthCallback_fn)(t_espeak_callback *SynthCallback);
typedef espeak_ERROR (*cliff_espeak_Synth_fn)(
    const void *text, size_t size, unsigned int position, espeak_POSITION_TYPE position_type,
    unsigned int end_position, unsigned int flags, unsigned int *unique_identifier, void *user_data);
typedef espeak_ERROR (*cliff_espeak_SetParameter_fn)(espeak_PARAMETER parameter, int value, int relative);
typedef espeak_ERROR (*cliff_espeak_SetVoiceByName_fn)(const char *name);
typedef const char *(*cliff_espeak_TextToPhonemes_fn)(const void **textptr, int textmode, int phonememode);
typedef const char *(*cliff_espeak_Info_fn)(const char **path_data);
typedef espeak_ERROR (*cliff_espeak_Terminate_fn)(void);
typedef const espeak_VOICE **(*cliff_espeak_ListVoices_fn)(espeak_VOICE *voice_spec);

// MARK: - Wrappers for Swift

/// Checks that the espeak-ng library named `soname` ("libespeak-ng.so.1") loads and has the
/// functions used here, and remembers the name for `cliff_espeak_open`. Returns 0 on success,
/// -1 with the loader's reason in `error` when the library or a symbol is missing (a library
/// checked before stays the one used).
int cliff_espeak_load(const char *soname, char *error, unsigned long errorSize);

/// Maps a fresh instance of the checked library and calls espeak_Initialize in
/// AUDIO_OUTPUT_SYNCHRONOUS mode with phoneme events, installing the collecting synth
/// callback. Returns the sample rate in Hz, or -1. Pair with `cliff_espeak_close`.
int cliff_espeak_open(void);

/// espeak_Terminate, then unloads the instance `cliff_espeak_open` mapped.
void cliff_espeak_close(void);

/// The version string of the open instance ("1.51"), or "" when none is open.
const char *cliff_espeak_version(void);

/// Whether the open instance has a voice whose name, file name or language is `language`
/// ("en-us", "cmn-latn-pinyin"; case-insensitive), from espeak_ListVoices. espeak_SetVoiceByName
/// itself accepts unknown names by falling back to a loose match, so check first.
int cliff_espeak_has_voice(const char *language);

/// Whether espeak-ng-data/voices/!v/`variant` exists ("f4", "m3", "grandma").
int cliff_espeak_has_variant(const char *variant);

/// espeak_SetVoiceByName: "en-us", "en-us+f4", "cmn-latn-pinyin+m3". Returns an espeak_ERROR.
int cliff_espeak_set_voice(const char *name);

/// espeak_SetParameter with an absolute value. Returns an espeak_ERROR.
int cliff_espeak_set_parameter(int parameter, int value);

/// One event the synth callback saw, copied out of the library's buffer.
typedef struct {
    /// An espeak_EVENT_TYPE.
    int type;
    /// Characters (Unicode scalars) from the start of the text, counting from 1.
    int text_position;
    /// Length of the word in characters, for WORD events.
    int length;
    /// Milliseconds from the start of the output.
    int audio_position;
    /// Samples from the start of the output, counted by the callback (the event's own
    /// `sample` field is internal to espeak-ng).
    long sample_offset;
    /// The word or sentence number for WORD and SENTENCE events.
    int number;
    /// The phoneme mnemonic for PHONEME events, NUL-terminated.
    char phoneme[9];
} cliff_espeak_event;

/// Everything one synthesis produced. Free with `cliff_espeak_output_free`.
typedef struct {
    short *samples;
    size_t sample_count;
    size_t sample_capacity;
    cliff_espeak_event *events;
    size_t event_count;
    size_t event_capacity;
    /// Non-zero when memory ran out while collecting.
    int failed;
} cliff_espeak_output;

/// Speaks UTF-8 `text` with the current voice and parameters (espeak_Synth, synchronous),
/// collecting the samples and events into `output` (zero it first). libc's rand(), which
/// espeak-ng uses for noise, is seeded with a constant first. Returns an espeak_ERROR, or -2
/// when collecting ran out of memory.
int cliff_espeak_synthesize(const char *text, cliff_espeak_output *output);

/// Frees what `cliff_espeak_synthesize` collected and zeroes `output`.
void cliff_espeak_output_free(cliff_espeak_output *output);

/// espeak_TextToPhonemes over the whole UTF-8 `text` with the current voice: eSpeak's ASCII
/// phoneme mnemonics, phonemes separated by `separator` (e.g. '|'), words by spaces, clauses by
/// newlines. Returns a malloc'd string to free with `cliff_espeak_free`, or NULL.
char *cliff_espeak_text_to_phonemes(const char *text, char separator);

/// Frees a string returned by `cliff_espeak_text_to_phonemes`.
void cliff_espeak_free(void *pointer);

#endif
