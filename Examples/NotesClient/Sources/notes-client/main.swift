import Foundation
import NotesModels

// Decodes the sample with a plain JSONDecoder and prints what the generated model made of it.
let note = try JSONDecoder().decode(Note.self, from: Data(sampleNoteJSON.utf8))
print("title: \(note.title ?? "-")")
print("importance: \(note.importance.map(String.init(describing:)) ?? "-")")
print("created: \(note.createdDateTime.map(GraphDateTime.string(from:)) ?? "-")")
print("undocumented members: \(note.additionalData.keys.sorted())")
