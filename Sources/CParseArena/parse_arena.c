#include "parse_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

// Each allocation is preceded by its size, which realloc needs to copy it, and aligned as
// malloc's for the types cmark keeps (pointers, sizes).
enum { HEADER = sizeof(size_t), ALIGNMENT = sizeof(size_t) };
// The first block is kept from page to page: most pages fit in it.
static const size_t block_size = (size_t)1 << 20;

typedef struct arena {
    char *block;
    size_t capacity;
    size_t used;
    // The newest allocation's header: the one allocation that can grow in place.
    char *newest;
    char *first_block;
    // Blocks beyond the first, each holding the previous one's address in its first bytes.
    char *extra_blocks;
} arena;

static _Thread_local arena *current;
static pthread_key_t destructor_key;
static pthread_once_t destructor_once = PTHREAD_ONCE_INIT;

static void free_extra_blocks(arena *state) {
    while (state->extra_blocks) {
        char *previous;
        memcpy(&previous, state->extra_blocks, sizeof previous);
        free(state->extra_blocks);
        state->extra_blocks = previous;
    }
}

// Frees a thread's arena when the thread ends.
static void destroy(void *value) {
    arena *state = value;
    free_extra_blocks(state);
    free(state->first_block);
    free(state);
}

static void make_destructor_key(void) { pthread_key_create(&destructor_key, destroy); }

int docschema_arena_prepare(void) {
    if (current) return 1;
    arena *state = calloc(1, sizeof *state);
    char *block = malloc(block_size);
    if (!state || !block) {
        free(state);
        free(block);
        return 0;
    }
    state->block = state->first_block = block;
    state->capacity = block_size;
    pthread_once(&destructor_once, make_destructor_key);
    pthread_setspecific(destructor_key, state);
    current = state;
    return 1;
}

static void *allocate(arena *state, size_t size) {
    if (size > SIZE_MAX - HEADER - ALIGNMENT - sizeof(char *)) return NULL;
    size_t needed = HEADER + ((size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1));
    if (needed > state->capacity - state->used) {
        // A new block starts with the address of the block before it.
        size_t link = (sizeof(char *) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1);
        size_t fresh_size = needed + link > block_size ? needed + link : block_size;
        char *fresh = malloc(fresh_size);
        if (!fresh) return NULL;
        memcpy(fresh, &state->extra_blocks, sizeof(char *));
        state->extra_blocks = fresh;
        state->block = fresh;
        state->capacity = fresh_size;
        state->used = link;
    }
    char *start = state->block + state->used;
    state->used += needed;
    memcpy(start, &size, HEADER);
    state->newest = start;
    return start + HEADER;
}

void *docschema_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) return NULL;
    size_t total = count * size;
    void *pointer = allocate(current, total);
    if (pointer) memset(pointer, 0, total);
    return pointer;
}

void *docschema_arena_realloc(void *old, size_t size) {
    arena *state = current;
    if (!old) return allocate(state, size);
    char *old_start = (char *)old - HEADER;
    size_t old_size;
    memcpy(&old_size, old_start, HEADER);
    if (old_start == state->newest && size <= SIZE_MAX - HEADER - ALIGNMENT) {
        size_t needed = HEADER + ((size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1));
        size_t offset = (size_t)(old_start - state->block);
        if (needed <= state->capacity - offset) {
            state->used = offset + needed;
            memcpy(old_start, &size, HEADER);
            return old;
        }
    }
    void *fresh = allocate(state, size);
    if (fresh) memcpy(fresh, old, old_size < size ? old_size : size);
    return fresh;
}

void docschema_arena_free(void *pointer) { (void)pointer; }

void docschema_arena_reset(void) {
    arena *state = current;
    if (!state) return;
    free_extra_blocks(state);
    state->block = state->first_block;
    state->capacity = block_size;
    state->used = 0;
    state->newest = NULL;
}
