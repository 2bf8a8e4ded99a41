/// The rules of `docschema diff`, as rules.md lists them. Raw values are the stable ids used in
/// output, SARIF and fingerprints.
public enum DiffRule: String, CaseIterable, Codable, Sendable {
    case typeAdded = "type-added"
    case typeRemoved = "type-removed"
    case typeRenamed = "type-renamed"
    case typeBaseChanged = "type-base-changed"
    case typeKindChanged = "type-kind-changed"
    case propertyAdded = "property-added"
    case propertyRemoved = "property-removed"
    case propertyRenamed = "property-renamed"
    case propertyTypeChanged = "property-type-changed"
    case propertyTypeWidened = "property-type-widened"
    case propertyTypeNarrowed = "property-type-narrowed"
    case propertyCardinalityChanged = "property-cardinality-changed"
    case propertyBecameNullable = "property-became-nullable"
    case propertyBecameReadOnly = "property-became-read-only"
    case enumMemberAdded = "enum-member-added"
    case enumMemberAddedClosed = "enum-member-added-closed"
    case enumMemberRemoved = "enum-member-removed"
    case enumMemberRenamed = "enum-member-renamed"
    case enumSentinelChanged = "enum-sentinel-changed"
    case availabilityChanged = "availability-changed"
    case descriptionChanged = "description-changed"

    /// The level of a v1.0 finding. (`availability-changed` is an error when an element is
    /// withdrawn from v1.0 and info when it is promoted; this is the promotion's.)
    public var defaultLevel: DiffLevel {
        switch self {
        case .typeAdded, .propertyAdded, .enumMemberAdded, .availabilityChanged: .info
        case .propertyTypeWidened, .propertyBecameNullable, .propertyBecameReadOnly, .enumMemberAddedClosed: .warning
        case .descriptionChanged: .note
        default: .error
        }
    }

    /// Whether a JSON client of the old documentation breaks.
    public var wire: Impact {
        switch self {
        case .typeAdded, .propertyAdded, .propertyTypeWidened, .enumMemberAdded, .availabilityChanged, .descriptionChanged: .none
        case .typeKindChanged, .enumMemberAddedClosed: .maybe
        default: .breaking
        }
    }

    /// Whether callers of Swift models regenerated from the new documentation break.
    public var swift: Impact {
        switch self {
        case .typeAdded, .propertyAdded, .propertyBecameReadOnly, .availabilityChanged, .descriptionChanged: .none
        case .enumMemberAdded: .warning
        default: .breaking
        }
    }

    /// One line: what triggers the rule.
    public var summary: String {
        switch self {
        case .typeAdded: "A type is new."
        case .typeRemoved: "A type is gone."
        case .typeRenamed: "A type changed only the case of its name, or was removed and added under another name with the same members."
        case .typeBaseChanged: "A type derives from a different base type."
        case .typeKindChanged: "A type changed kind: entity and complex type, or enum and structured type."
        case .propertyAdded: "A property is new."
        case .propertyRemoved: "A property is gone."
        case .propertyRenamed: "A property changed only the case of its name, or was removed and added under another name with the same type and description."
        case .propertyTypeChanged: "A property's type changed to an incompatible one."
        case .propertyTypeWidened: "A property's type widened: a larger integer or float, or an enum that became a String."
        case .propertyTypeNarrowed: "A property's type narrowed: a smaller integer or float, or a String that became an enum."
        case .propertyCardinalityChanged: "A property changed between a single value and a collection."
        case .propertyBecameNullable: "A property documented as not nullable is now nullable."
        case .propertyBecameReadOnly: "A writable property is now read-only."
        case .enumMemberAdded: "An enum gained a member after unknownFutureValue, which old clients never receive."
        case .enumMemberAddedClosed: "An enum gained a member before unknownFutureValue, or has no such sentinel, so old clients can receive it."
        case .enumMemberRemoved: "An enum member is gone."
        case .enumMemberRenamed: "An enum member changed only the case of its name."
        case .enumSentinelChanged: "unknownFutureValue was removed from an enum, or members moved across it."
        case .availabilityChanged: "An element was promoted from beta to v1.0, or withdrawn from v1.0 while beta keeps it."
        case .descriptionChanged: "A description's text changed."
        }
    }

    /// The wire and Swift impact and default level, as `--list-rules` and SARIF show them.
    public var explanation: String {
        let level = self == .availabilityChanged ? "info when promoted, error when withdrawn" : defaultLevel.rawValue
        let wire = self == .availabilityChanged ? "no when promoted, yes when withdrawn" : self.wire.rawValue
        let swift = self == .availabilityChanged ? "no when promoted, yes when withdrawn" : self.swift.rawValue
        return "\(summary) Wire impact: \(wire). Swift impact: \(swift). Level: \(level); one lower for beta unless --strict-beta."
    }
}

/// What a change does to a client: nothing, a compiler warning, maybe a break, or a break.
public enum Impact: String, Codable, Sendable {
    case none = "no"
    case warning
    case maybe
    case breaking = "yes"
}
