// The models themselves are generated at build time by DocSchemaPlugin from the pages in this
// folder (see docschema.json for the options); this file only gives the target a source of its own.

/// A sample payload, as the service would send it.
public let sampleNoteJSON = """
    {"@odata.type": "#microsoft.graph.note", "id": "n1", "title": "Groceries", "createdDateTime": "2026-11-23T09:30:00.1234567Z",
     "importance": "high", "tags": ["home"], "color": "yellow"}
    """
