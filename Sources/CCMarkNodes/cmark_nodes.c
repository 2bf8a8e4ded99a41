#include "cmark_nodes.h"

#include <cmark-gfm/node.h>

// The cases of `cmark_node_get_literal`, less its copy.

uint16_t docschema_node_type(const void *node) { return ((const cmark_node *)node)->type; }

docschema_node_text docschema_node_literal(const void *raw) {
    const cmark_node *node = raw;
    const cmark_chunk *chunk;
    switch (node->type) {
    case CMARK_NODE_TEXT:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE:
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_FOOTNOTE_REFERENCE:
    case CMARK_NODE_FOOTNOTE_DEFINITION:
        chunk = &node->as.literal;
        break;
    case CMARK_NODE_CODE_BLOCK:
        chunk = &node->as.code.literal;
        break;
    default: {
        docschema_node_text none = {0, 0};
        return none;
    }
    }
    docschema_node_text text = {chunk->data, chunk->len};
    return text;
}

docschema_node_span docschema_node_span_of(const void *raw) {
    const cmark_node *node = raw;
    docschema_node_span span = {node->start_line, node->start_column, node->end_line, node->end_column};
    return span;
}

void *docschema_node_first_child(const void *node) { return ((const cmark_node *)node)->first_child; }
void *docschema_node_next(const void *node) { return ((const cmark_node *)node)->next; }
void *docschema_node_parent(const void *node) { return ((const cmark_node *)node)->parent; }
