#include "CEspeakNG.h"
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

// The open instance and its functions, between cliff_espeak_open and cliff_espeak_close.
static void *handle = 0;
static cliff_espeak_Initialize_fn p_Initialize = 0;
static cliff_espeak_SetSynthCallback_fn p_SetSynthCallback = 0;
static cliff_espeak_Synth_fn p_Synth = 0;
static cliff_espeak_SetParameter_fn p_SetParameter = 0;
static cliff_espeak_SetVoiceByName_fn p_SetVoiceByName = 0;
static cliff_espeak_TextToPhonemes_fn p_TextToPhonemes = 0;
static cliff_espeak_Info_fn p_Info = 0;
static cliff_espeak_Terminate_fn p_Terminate = 0;
static cliff_espeak_ListVoices_fn p_ListVoices = 0;

// The library name a successful cliff_espeak_load checked.
static char checked[256] = {0};

// Where the synth callback collects, during one cliff_espeak_synthesize call. The caller
// serialises calls, so one global is enough (the library itself is global too).
static cliff_espeak_output *collecting = 0;

// The functions used here, by name, in the order of the slots resolve() fills.
static const char *const used_symbols[] = {
    "espeak_Initialize", "espeak_SetSynthCallback", "espeak_Synth", "espeak_SetParameter", "espeak_SetVoiceByName",
    "espeak_TextToPhonemes", "espeak_Info", "espeak_Terminate", "espeak_ListVoices",
};
#define USED_SYMBOL_COUNT (sizeof(used_symbols) / sizeof(used_symbols[0]))

// Resolves every function used here from `library` into the p_* pointers; on failure clears
// them and returns -1.
static int resolve(void *library) {
    void **slots[USED_SYMBOL_COUNT] = {
        (void **)&p_Initialize, (void **)&p_SetSynthCallback, (void **)&p_Synth, (void **)&p_SetParameter,
        (void **)&p_SetVoiceByName, (void **)&p_TextToPhonemes, (void **)&p_Info, (void **)&p_Terminate,
        (void **)&p_ListVoices,
    };
    for (size_t i = 0; i < USED_SYMBOL_COUNT; i++) {
        void *symbol = dlsym(library, used_symbols[i]);
        if (!symbol) {
            for (size_t j = 0; j < USED_SYMBOL_COUNT; j++) *slots[j] = 0;
            return -1;
        }
        *slots[i] = symbol;
    }
    return 0;
}

// Touches no shared state but `checked` (set once), so it is safe while an instance is open.
int cliff_espeak_load(const char *soname, char *error, unsigned long errorSize) {
    if (strlen(soname) >= sizeof(checked)) {
        snprintf(error, errorSize, "library name too long");
        return -1;
    }
    void *opened = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!opened) {
        const char *reason = dlerror();
        snprintf(error, errorSize, "%s", reason ? reason : "dlopen failed");
        return -1;
    }
    for (size_t i = 0; i < USED_SYMBOL_COUNT; i++) {
        if (!dlsym(opened, used_symbols[i])) {
            snprintf(error, errorSize, "%s has no symbol %s", soname, used_symbols[i]);
            dlclose(opened);
            return -1;
        }
    }
    dlclose(opened);
    if (!checked[0]) strcpy(checked, soname);
    return 0;
}

void cliff_espeak_close(void);

static int grow(void **buffer, size_t *capacity, size_t needed, size_t element) {
    if (needed <= *capacity) return 0;
    size_t next = *capacity ? *capacity : 4096;
    while (next < needed) next *= 2;
    void *resized = realloc(*buffer, next * element);
    if (!resized) return -1;
    *buffer = resized;
    *capacity = next;
    return 0;
}

// Copies each buffer of samples and its events into `collecting`. An event's sample offset
// is the number of samples collected before its buffer, plus its time within the output.
static int collect(short *wav, int numsamples, espeak_EVENT *events) {
    cliff_espeak_output *out = collecting;
    if (!out || out->failed) return 1;
    for (espeak_EVENT *event = events; event && event->type != espeakEVENT_LIST_TERMINATED; event++) {
        if (grow((void **)&out->events, &out->event_capacity, out->event_count + 1, sizeof(cliff_espeak_event))) {
            out->failed = 1;
            return 1;
        }
        cliff_espeak_event *copy = &out->events[out->event_count++];
        memset(copy, 0, sizeof(*copy));
        copy->type = (int)event->type;
        copy->text_position = event->text_position;
        copy->length = event->length;
        copy->audio_position = event->audio_position;
        copy->sample_offset = (long)out->sample_count;
        if (event->type == espeakEVENT_PHONEME) {
            memcpy(copy->phoneme, event->id.string, 8);
            copy->phoneme[8] = 0;
        } else if (event->type == espeakEVENT_WORD || event->type == espeakEVENT_SENTENCE) {
            copy->number = event->id.number;
        }
    }
    if (wav && numsamples > 0) {
        size_t needed = out->sample_count + (size_t)numsamples;
        if (grow((void **)&out->samples, &out->sample_capacity, needed, sizeof(short))) {
            out->failed = 1;
            return 1;
        }
        memcpy(out->samples + out->sample_count, wav, (size_t)numsamples * sizeof(short));
        out->sample_count = needed;
    }
    return 0;
}

int cliff_espeak_open(void) {
    if (handle || !checked[0]) return -1;
    void *opened = dlopen(checked, RTLD_NOW | RTLD_LOCAL);
    if (!opened) return -1;
    if (resolve(opened) != 0) {
        dlclose(opened);
        return -1;
    }
    handle = opened;
    int rate = p_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, 0, espeakINITIALIZE_PHONEME_EVENTS | espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        cliff_espeak_close();
        return -1;
    }
    p_SetSynthCallback(collect);
    return rate;
}

void cliff_espeak_close(void) {
    if (!handle) return;
    p_Terminate();
    dlclose(handle);
    handle = 0;
    p_Initialize = 0;
    p_SetSynthCallback = 0;
    p_Synth = 0;
    p_SetParameter = 0;
    p_SetVoiceByName = 0;
    p_TextToPhonemes = 0;
    p_Info = 0;
    p_Terminate = 0;
    p_ListVoices = 0;
}

const char *cliff_espeak_version(void) {
    if (!handle) return "";
    const char *version = p_Info(0);
    return version ? version : "";
}

int cliff_espeak_has_voice(const char *language) {
    if (!handle || !language[0]) return 0;
    const espeak_VOICE **voices = p_ListVoices(0);
    for (; voices && *voices; voices++) {
        const espeak_VOICE *voice = *voices;
        if (voice->name && strcasecmp(voice->name, language) == 0) return 1;
        if (voice->identifier) {
            const char *file = strrchr(voice->identifier, '/');
            if (strcasecmp(file ? file + 1 : voice->identifier, language) == 0) return 1;
        }
        // languages: a priority byte, then a NUL-terminated name, repeated; an empty name ends it.
        for (const char *entry = voice->languages; entry && entry[0] && entry[1]; entry += strlen(entry + 1) + 2) {
            if (strcasecmp(entry + 1, language) == 0) return 1;
        }
    }
    return 0;
}

int cliff_espeak_has_variant(const char *variant) {
    if (!handle || !variant[0] || strchr(variant, '/') || strstr(variant, "..")) return 0;
    const char *data = 0;
    p_Info(&data);
    if (!data) return 0;
    char path[1024];
    snprintf(path, sizeof(path), "%s/voices/!v/%s", data, variant);
    return access(path, R_OK) == 0;
}

int cliff_espeak_set_voice(const char *name) {
    if (!handle) return EE_INTERNAL_ERROR;
    return p_SetVoiceByName(name);
}

int cliff_espeak_set_parameter(int parameter, int value) {
    if (!handle) return EE_INTERNAL_ERROR;
    return p_SetParameter((espeak_PARAMETER)parameter, value, 0);
}

int cliff_espeak_synthesize(const char *text, cliff_espeak_output *output) {
    if (!handle) return EE_INTERNAL_ERROR;
    collecting = output;
    srand(1);
    espeak_ERROR result = p_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, 0, 0);
    collecting = 0;
    if (output->failed) return -2;
    return result;
}

void cliff_espeak_output_free(cliff_espeak_output *output) {
    free(output->samples);
    free(output->events);
    memset(output, 0, sizeof(*output));
}

char *cliff_espeak_text_to_phonemes(const char *text, char separator) {
    if (!handle) return 0;
    size_t length = 0, capacity = 256;
    char *result = malloc(capacity);
    if (!result) return 0;
    result[0] = 0;
    const void *cursor = text;
    int mode = ((int)(unsigned char)separator) << 8;
    while (cursor && *(const char *)cursor) {
        const char *clause = p_TextToPhonemes(&cursor, espeakCHARS_UTF8, mode);
        if (!clause) break;
        size_t add = strlen(clause);
        if (add == 0) continue;
        if (length + add + 2 > capacity) {
            while (length + add + 2 > capacity) capacity *= 2;
            char *resized = realloc(result, capacity);
            if (!resized) {
                free(result);
                return 0;
            }
            result = resized;
        }
        if (length > 0) result[length++] = '\n';
        memcpy(result + length, clause, add);
        length += add;
        result[length] = 0;
    }
    return result;
}

void cliff_espeak_free(void *pointer) { free(pointer); }
