#ifndef DOCSCHEMA_CMARK_NODES_H
#define DOCSCHEMA_CMARK_NODES_H

#include <stdint.h>

/// What the tree walk reads of every cmark-gfm node, read from the node itself rather than
/// through cmark's getters. The getters are calls into the shared library, one per field, and
/// `cmark_node_get_literal` copies a text node's bytes into a fresh NUL-terminated buffer
/// (which the caller then measures again) when the text is only a slice of the page; most
/// inline text is. The node's layout comes from cmark-gfm's own `node.h`, which the -dev package
/// installs for extensions, so it always matches the library linked.
///
/// Every function takes a `cmark_node *` as `const void *`, so that this module does not
/// declare cmark's types a second time; none accepts NULL.

/// A node's literal (text, code, inline HTML, HTML block, code block), in place: not
/// NUL-terminated, and valid as long as the tree.
typedef struct {
    const unsigned char *bytes;
    int32_t count;
} docschema_node_text;

/// Where a node starts and ends in the parsed text: 1-based lines and byte columns, 0 where
/// cmark gave none.
typedef struct {
    int32_t start_line;
    int32_t start_column;
    int32_t end_line;
    int32_t end_column;
} docschema_node_span;

/// The node's type, as `cmark_node_get_type` gives it.
uint16_t docschema_node_type(const void *node);

/// The node's literal; empty for a node of a type that has none.
docschema_node_text docschema_node_literal(const void *node);

docschema_node_span docschema_node_span_of(const void *node);

void *docschema_node_first_child(const void *node);
void *docschema_node_next(const void *node);
void *docschema_node_parent(const void *node);

#endif
