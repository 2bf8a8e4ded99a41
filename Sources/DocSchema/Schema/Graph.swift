/// The Graph-wide conventions design.md allows in the sources: the default namespace and the
/// `entity` root type. Nothing else about the Graph's own types may be written down in code.
public enum Graph {
    public static let namespace = "microsoft.graph"
    /// The root of every entity type whose inheritance chain has no other base.
    public static let entity = "microsoft.graph.entity"
    /// The key property of `entity`.
    public static let entityKey = "id"
    /// The member an evolvable enum ends its original members with; members after it are sent
    /// only to clients that ask for them.
    public static let enumSentinel = "unknownFutureValue"
}
