/// How a property's type changed, for the widened, narrowed and changed rules.
enum TypeCompatibility {
    enum Change {
        /// Every old value is still valid: a larger number, or an enum that became a String.
        case widened
        /// Some old values may no longer be: a smaller number, or a String that became an enum.
        case narrowed
        case incompatible
    }

    /// The change from one element type to another (cardinality is compared apart); nil when
    /// they are the same, or when a side only says "an enumeration" without naming it.
    static func change(from before: TypeRef, in old: SchemaLookup, to after: TypeRef, in new: SchemaLookup) -> Change? {
        let oldName = before.name.lowercased()
        let newName = after.name.lowercased()
        guard oldName != newName, !before.isPlaceholder, !after.isPlaceholder else { return nil }
        for ladder in ladders {
            if let from = ladder.firstIndex(of: oldName), let to = ladder.firstIndex(of: newName) {
                return to > from ? .widened : .narrowed
            }
        }
        if old.isEnum(before), newName == string { return .widened }
        if oldName == string, new.isEnum(after) { return .narrowed }
        return .incompatible
    }

    private static let string = "edm.string"

    /// Types whose values each later type can hold.
    private static let ladders: [[String]] = [
        ["edm.byte", "edm.int16", "edm.int32", "edm.int64"],
        ["edm.sbyte", "edm.int16", "edm.int32", "edm.int64"],
        ["edm.single", "edm.double"],
    ]
}
