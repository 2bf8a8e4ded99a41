#ifndef DOCSCHEMA_PARSE_ARENA_H
#define DOCSCHEMA_PARSE_ARENA_H

#include <stddef.h>

/// The memory cmark-gfm parses one page in, kept per thread: handed out from large blocks,
/// never freed piece by piece, and taken back all at once. Written in C because cmark's
/// allocator functions get no context, so they find the arena through the thread, and a C
/// thread-local is a load where Swift needed `pthread_getspecific` and a lazy global's check
/// on every call.

/// Makes the calling thread's arena if it has none; 0 when its first block cannot be had.
int docschema_arena_prepare(void);

/// `count * size` zeroed bytes from the calling thread's arena (NULL on overflow or when no
/// memory is left). The thread must have an arena (`docschema_arena_prepare`).
void *docschema_arena_calloc(size_t count, size_t size);

/// `old`'s bytes, as many as fit, in `size` bytes; the newest allocation grows where it is.
void *docschema_arena_realloc(void *old, size_t size);

/// Does nothing: the arena is taken back whole by `docschema_arena_reset`.
void docschema_arena_free(void *pointer);

/// Takes back everything the calling thread's arena handed out, keeping its first block.
void docschema_arena_reset(void);

#endif
