/// The members of one enum on both sides, read against `unknownFutureValue`: a member added
/// after it is sent only to clients that ask for it; one added before it, or to an enum
/// without it, reaches every client.
extension VersionComparison {
    func compareMembers(_ before: SchemaType, _ after: SchemaType) -> [DiffFinding] {
        guard before.kind == .enumeration || after.kind == .enumeration else { return [] }
        var findings: [DiffFinding] = []
        let enumName = Self.display(after.name)
        let sentinel = Graph.enumSentinel.lowercased()
        let newSentinel = after.members.firstIndex { $0.name.lowercased() == sentinel }
        let oldSentinel = before.members.firstIndex { $0.name.lowercased() == sentinel }

        var crossed: [String] = []
        for (oldIndex, member) in before.members.enumerated() {
            let subject = enumName + "." + member.name
            guard let newIndex = after.members.firstIndex(where: { $0.name.lowercased() == member.name.lowercased() }) else {
                if let newBeta = availability?.newBeta, newBeta.has(after.name, element: member.name) {
                    findings.append(withdrawn(subject: subject, old: member.sources, kind: "member"))
                } else if member.name.lowercased() != sentinel {
                    findings.append(finding(.enumMemberRemoved, subject: subject, old: member.sources, new: [],
                                            "'\(enumName)' lost its member '\(member.name)'"))
                }
                continue
            }
            let renamed = after.members[newIndex]
            if renamed.name != member.name {
                findings.append(finding(.enumMemberRenamed, subject: subject, old: member.sources, new: renamed.sources,
                                        "'\(subject)' was renamed to '\(renamed.name)' (case only)"))
            }
            if Self.differ(member.description, renamed.description) {
                findings.append(finding(.descriptionChanged, subject: subject, old: member.sources, new: renamed.sources,
                                        "the description of '\(subject)' changed"))
            }
            if let oldSentinel, let newSentinel, member.name.lowercased() != sentinel,
               (oldIndex < oldSentinel) != (newIndex < newSentinel) {
                crossed.append(member.name)
            }
        }
        if let oldSentinel {
            let sentinelSources = before.members[oldSentinel].sources
            if newSentinel == nil {
                findings.append(finding(.enumSentinelChanged, subject: enumName + "." + Graph.enumSentinel, old: sentinelSources, new: after.sources,
                                        "'\(enumName)' no longer has \(Graph.enumSentinel): every member now reaches every client"))
            } else if !crossed.isEmpty {
                let names = crossed.map { "'\($0)'" }.joined(separator: ", ")
                findings.append(finding(.enumSentinelChanged, subject: enumName + "." + Graph.enumSentinel, old: sentinelSources,
                                        new: newSentinel.map { after.members[$0].sources } ?? [],
                                        "\(names) moved across \(Graph.enumSentinel) in '\(enumName)'"))
            }
        }

        for (index, member) in after.members.enumerated()
        where !before.members.contains(where: { $0.name.lowercased() == member.name.lowercased() }) {
            let subject = enumName + "." + member.name
            if let oldBeta = availability?.oldBeta, oldBeta.has(before.name, element: member.name) {
                findings.append(promoted(subject: subject, new: member.sources, kind: "member"))
            } else if let newSentinel, index > newSentinel {
                findings.append(finding(.enumMemberAdded, subject: subject, old: [], new: member.sources,
                                        "'\(enumName)' has a new member '\(member.name)' after \(Graph.enumSentinel)"))
            } else {
                let place = newSentinel == nil ? "and has no \(Graph.enumSentinel)" : "before \(Graph.enumSentinel)"
                findings.append(finding(.enumMemberAddedClosed, subject: subject, old: [], new: member.sources,
                                        "'\(enumName)' has a new member '\(member.name)' \(place), so old clients can receive it"))
            }
        }
        return findings
    }
}
