import DocSchema
import Foundation

// Corpus-wide checks: reads every page under the corpus folder, proves nothing crashes, and
// prints the figures the issues ask for. Usage: docschema-corpus-check CORPUS_DIR

let arguments = CommandLine.arguments.dropFirst()
guard let corpus = arguments.first else {
    FileHandle.standardError.write(Data("usage: docschema-corpus-check CORPUS_DIR\n".utf8))
    exit(2)
}

let started = Date()
let listing = InputFiles.list([corpus])
guard listing.failures.isEmpty else {
    FileHandle.standardError.write(Data(TextReporter.render(listing.failures).utf8))
    exit(2)
}
let pages = await Pipeline.extract(files: listing.files)
let elapsed = Date().timeIntervalSince(started)

/// The corpus subset a page belongs to: its first folder below the corpus root.
func subset(_ page: PageFacts) -> String {
    let relative = page.file.dropFirst(corpus.count).split(separator: "/")
    return relative.first.map(String.init) ?? "?"
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func percent(_ part: Int, _ whole: Int) -> String {
    whole == 0 ? "n/a" : String(format: "%.2f %%", 100 * Double(part) / Double(whole))
}

print("# docschema corpus check")
print("files read: \(pages.count) in \(String(format: "%.1f", elapsed)) s (read, parse, extract on \(Pipeline.defaultConcurrency) cores); crashes: 0")

let subsets = Array(Set(pages.map(subset))).sorted()
print("\n## pages per kind")
let kinds = PageKind.allCases
print(pad("subset", 18) + kinds.map { pad($0.rawValue, 17) }.joined())
for name in subsets {
    let group = pages.filter { subset($0) == name }
    print(pad(name, 18) + kinds.map { kind in pad("\(group.filter { $0.kind == kind }.count)", 17) }.joined())
}

print("\n## rows and lists")
let propertyRows = pages.reduce(0) { $0 + $1.properties.filter { !$0.isNavigation }.count }
let relationshipRows = pages.reduce(0) { $0 + $1.properties.filter(\.isNavigation).count }
let proseLists = pages.reduce(0) { $0 + $1.properties.filter { $0.possibleValues != nil }.count }
let memberTables = pages.reduce(0) { $0 + $1.enums.count }
print("property rows:        \(propertyRows)")
print("relationship rows:    \(relationshipRows)")
print("enum member lists:    \(proseLists + memberTables) (\(proseLists) in descriptions, \(memberTables) in member tables and values sections)")
print("examples:             \(pages.reduce(0) { $0 + $1.examples.count })")

print("\n## diagnostics per rule")
var perRule: [RuleID: Int] = [:]
for page in pages {
    for diagnostic in page.diagnostics { perRule[diagnostic.rule, default: 0] += 1 }
}
for (rule, count) in perRule.sorted(by: { $0.key < $1.key }) {
    print(pad(rule.rawValue, 32) + pad(rule.defaultSeverity.rawValue, 9) + "\(count)")
}

// English and side-by-side Russian pages of the same v1.0 resource must give the same properties.
print("\n## en-2021-07 vs ru-sxs-2021-08: property names of v1.0 resource pages")
func resourcePages(_ subsetName: String) -> [String: PageFacts] {
    var map: [String: PageFacts] = [:]
    for page in pages where subset(page) == subsetName && page.kind == .resource && page.file.contains("/v1.0/resources/") {
        map[String(page.file.split(separator: "/").last ?? "")] = page
    }
    return map
}
let english = resourcePages("en-2021-07")
let sideBySide = resourcePages("ru-sxs-2021-08")
let shared = Set(english.keys).intersection(sideBySide.keys).sorted()
var unequal: [(String, Set<String>, Set<String>)] = []
for name in shared {
    guard let englishPage = english[name], let russianPage = sideBySide[name] else { continue }
    let left = Set(englishPage.properties.map(\.name))
    let right = Set(russianPage.properties.map(\.name))
    if left != right { unequal.append((name, left.subtracting(right), right.subtracting(left))) }
}
print("pages in both: \(shared.count); equal property sets: \(shared.count - unequal.count) (\(percent(shared.count - unequal.count, shared.count)))")
for (name, onlyEnglish, onlyRussian) in unequal {
    print("  \(name): only en \(onlyEnglish.sorted()), only ru-sxs \(onlyRussian.sorted())")
}

// Machine-translated pages: names recovered, and no non-ASCII identifier anywhere.
print("\n## ru-mt-2023-02: names recovered from the pages' JSON")
let machine = pages.filter { subset($0) == "ru-mt-2023-02" }
let recoveredProperties = machine.reduce(0) { $0 + $1.properties.filter { $0.writtenName != nil }.count }
let recoveredMembers = machine.reduce(0) { $0 + $1.enums.reduce(0) { $0 + $1.members.filter { $0.writtenName != nil }.count } }
let dropped = machine.reduce(0) { $0 + $1.diagnostics.filter { $0.rule == .untranslatedIdentifier }.count }
print("rows mapped back: \(recoveredProperties) properties, \(recoveredMembers) members; dropped (untranslated-identifier): \(dropped)")

func nonASCII(_ text: String?) -> Bool { text?.utf8.contains { $0 >= 0x80 } ?? false }
var identifiers = 0
var offending: [String] = []
for page in pages {
    var names: [String?] = [page.typeName, page.baseType]
    for property in page.properties {
        names += [property.owner, property.name, property.type.name, property.modifiers.inheritedFrom]
        names += (property.possibleValues ?? []).map(\.name)
    }
    for enumFact in page.enums { names += [enumFact.name] + enumFact.members.map(\.name) }
    for case let name? in names {
        identifiers += 1
        if nonASCII(name) { offending.append("\(page.file): \(name)") }
    }
}
print("identifiers checked across all pages: \(identifiers); non-ASCII: \(offending.count)")
for line in offending.prefix(20) { print("  \(line)") }

// Revision series: each folder of revisions/ reconciled on its own, oldest to newest.
print("\n## revisions: series reconciled, elements no longer in the newest revision")
let revisionPages = Dictionary(grouping: pages.filter { subset($0) == "revisions" }) { page in
    String(page.file.split(separator: "/").dropLast().last ?? "")
}
for series in revisionPages.keys.sorted() {
    guard let group = revisionPages[series] else { continue }
    let schema = Reconciler.reconcile(group).schema
    let dates = group.compactMap { String($0.file.split(separator: "/").last?.prefix(10) ?? "") }.sorted()
    let stale = schema.types.flatMap { type in type.properties.filter { $0.isInNewestRevision == false }.map { "\(type.shortName).\($0.name)" } }
    let staleMembers = schema.types.flatMap { type in type.members.filter { $0.isInNewestRevision == false }.map { "\(type.shortName).\($0.name)" } }
    print("\(pad(series, 62)) \(group.count) pages \(dates.first ?? "")…\(dates.last ?? "")  types \(schema.types.count)  "
        + "stale properties \(stale.count)  stale members \(staleMembers.count)")
    for name in (stale + staleMembers).prefix(4) { print("    \(name)") }
}

exit(offending.isEmpty ? 0 : 1)
