/// How an OData primitive type appears in generated Swift: the Swift type, and the adapter
/// from the support file that reads and writes it when a plain `JSONDecoder` would get it wrong.
struct SwiftScalar {
    var type: String
    var coding: String?

    /// The Swift form of an `Edm.*` type; `JSONValue` for the kinds that have no better one.
    static func forPrimitive(_ name: String) -> SwiftScalar {
        switch name {
        case "Edm.String", "Edm.Guid", "Edm.Stream": SwiftScalar(type: "Swift.String")
        case "Edm.Boolean": SwiftScalar(type: "Swift.Bool")
        case "Edm.Int32": SwiftScalar(type: "Swift.Int32")
        case "Edm.Int16": SwiftScalar(type: "Swift.Int16")
        case "Edm.Byte": SwiftScalar(type: "Swift.UInt8")
        case "Edm.SByte": SwiftScalar(type: "Swift.Int8")
        case "Edm.Int64": SwiftScalar(type: "Swift.Int64", coding: "GraphInt64Coding")
        case "Edm.Double": SwiftScalar(type: "Swift.Double", coding: "GraphDoubleCoding")
        case "Edm.Single": SwiftScalar(type: "Swift.Float", coding: "GraphFloatCoding")
        case "Edm.Decimal": SwiftScalar(type: "Foundation.Decimal")
        case "Edm.DateTimeOffset": SwiftScalar(type: "Foundation.Date", coding: "GraphDateTimeCoding")
        case "Edm.Date": SwiftScalar(type: "GraphDate")
        case "Edm.TimeOfDay": SwiftScalar(type: "GraphTimeOfDay")
        case "Edm.Duration": SwiftScalar(type: "GraphDuration")
        case "Edm.Binary": SwiftScalar(type: "Foundation.Data", coding: "GraphBinaryCoding")
        default: SwiftScalar(type: "JSONValue")
        }
    }
}
