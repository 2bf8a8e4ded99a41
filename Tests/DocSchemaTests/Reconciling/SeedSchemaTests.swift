import DocSchema
import Foundation
import Testing

/// The schema reconciled from the five seeds, per version, as the issue describes it.
@Suite("Seed schema")
struct SeedSchemaTests {
    static let pages = Package.seeds.map { Pipeline.extract(file: $0) }

    static func schema(_ version: APIVersion) -> Reconciler.Result {
        Reconciler.reconcile(pages.filter { $0.apiVersion == version })
    }

    func propertyNames(_ type: SchemaType?) -> [String] { type?.properties.map(\.name) ?? [] }

    @Test("beta: the troubleshooting event hierarchy, with inherited properties on the base")
    func betaHierarchy() throws {
        let schema = Self.schema(.beta).schema
        let event = try #require(schema.type(named: "microsoft.graph.enrollmentTroubleshootingEvent"))
        #expect(event.kind == .entity)
        #expect(event.baseType == "microsoft.graph.deviceManagementTroubleshootingEvent")
        #expect(propertyNames(event) == [
            "managedDeviceIdentifier", "operatingSystem", "osVersion", "userId", "deviceId", "enrollmentType",
            "failureCategory", "failureReason",
        ])
        let base = try #require(schema.type(named: "microsoft.graph.deviceManagementTroubleshootingEvent"))
        #expect(base.baseType == Graph.entity)
        #expect(propertyNames(base) == ["eventDateTime", "correlationId", "troubleshootingErrorDetails", "eventName", "additionalInformation"])
        #expect(base.properties.first { $0.name == "additionalInformation" }?.type == TypeRef("microsoft.graph.keyValuePair", collection: true))
        let root = try #require(schema.type(named: Graph.entity))
        #expect(root.isAbstract == true)
        #expect(root.key == ["id"])
        #expect(propertyNames(root) == ["id"])
    }

    @Test("beta: complex types known only from seed 000's example")
    func betaExampleTypes() throws {
        let schema = Self.schema(.beta).schema
        let details = try #require(schema.type(named: "microsoft.graph.deviceManagementTroubleshootingErrorDetails"))
        #expect(details.kind == .complex)
        #expect(details.properties.map { "\($0.name): \($0.type)" } == [
            "context: Edm.String", "failure: Edm.String", "failureDetails: Edm.String", "remediation: Edm.String",
            "resources: Collection(microsoft.graph.deviceManagementTroubleshootingErrorResource)",
        ])
        #expect(propertyNames(schema.type(named: "microsoft.graph.deviceManagementTroubleshootingErrorResource")) == ["text", "link"])
        #expect(propertyNames(schema.type(named: "microsoft.graph.keyValuePair")) == ["name", "value"])
        #expect(details.sources.map(\.file).allSatisfy { $0.hasSuffix("000_1aa926eb7feb5b56.txt") })
    }

    @Test("beta: the autopilot event and every enum with its full member list")
    func betaEnums() throws {
        let schema = Self.schema(.beta).schema
        let autopilot = try #require(schema.type(named: "microsoft.graph.deviceManagementAutopilotEvent"))
        #expect(autopilot.properties.count == 22)
        #expect(!propertyNames(autopilot).contains("deviceSetupStatus"))
        let members = { (name: String) in schema.type(named: "microsoft.graph." + name)?.members.map(\.name) ?? [] }
        #expect(members("deviceEnrollmentType").count == 17)
        #expect(members("deviceEnrollmentType").last == "androidEnterpriseCorporateWorkProfile")
        #expect(members("deviceEnrollmentFailureReason") == SeedFactsTests.failureReasons)
        #expect(members("windowsAutopilotDeploymentState") == ["unknown", "success", "inProgress", "failure", "successWithTimeout"])
        #expect(members("windowsAutopilotEnrollmentType").count == 9)
        #expect(members("enrollmentState") == ["unknown", "enrolled", "pendingReset", "failed", "notContacted", "blocked"])
        #expect(schema.types.filter { $0.kind == .enumeration }.count == 5)
    }

    @Test("v1.0: the same types with the v1.0 members and properties")
    func v1() throws {
        let schema = Self.schema(.v1).schema
        let autopilot = try #require(schema.type(named: "microsoft.graph.deviceManagementAutopilotEvent"))
        let setup = try #require(autopilot.properties.first { $0.name == "deviceSetupStatus" })
        #expect(setup.type.name == "microsoft.graph.windowsAutopilotDeploymentState")
        #expect(propertyNames(autopilot).contains("accountSetupStatus"))
        #expect(schema.type(named: "microsoft.graph.windowsAutopilotDeploymentState")?.members.map(\.name) == [
            "unknown", "success", "inProgress", "failure", "successWithTimeout", "notAttempted", "disabled",
        ])
        #expect(schema.type(named: "microsoft.graph.deviceEnrollmentType")?.members.count == 13)
        let event = try #require(schema.type(named: "microsoft.graph.enrollmentTroubleshootingEvent"))
        #expect(event.baseType == "microsoft.graph.deviceManagementTroubleshootingEvent")
        // v1.0 pages never mention the error details: the beta-only example types are absent.
        #expect(schema.type(named: "microsoft.graph.deviceManagementTroubleshootingErrorDetails") == nil)
        #expect(propertyNames(schema.type(named: "microsoft.graph.deviceManagementTroubleshootingEvent")) == ["eventDateTime", "correlationId"])
    }

    @Test("v1.0: the 'Enumeration' placeholder of seed 002 resolves to the named enum, with a note naming both pages")
    func placeholder() throws {
        let result = Self.schema(.v1)
        let event = try #require(result.schema.type(named: "microsoft.graph.enrollmentTroubleshootingEvent"))
        #expect(event.properties.first { $0.name == "enrollmentType" }?.type.name == "microsoft.graph.deviceEnrollmentType")
        #expect(event.properties.first { $0.name == "failureCategory" }?.type.name == "microsoft.graph.deviceEnrollmentFailureReason")
        let notes = result.diagnostics.filter { $0.rule == .placeholderResolved }
        #expect(notes.count == 2)
        #expect(notes.allSatisfy { $0.location.file.hasSuffix("002_5889116f6658f2c8.txt") && $0.severity == .note })
        #expect(notes.allSatisfy { $0.related.first?.location.file.hasSuffix("001_f767264053d1cd06.txt") == true })
        #expect(notes.map(\.location.line) == [52, 53])
    }

    @Test("all versions: one schema, each element saying where it is available")
    func availability() throws {
        let schema = Reconciler.reconcile(Self.pages).schema
        let autopilot = try #require(schema.type(named: "microsoft.graph.deviceManagementAutopilotEvent"))
        #expect(autopilot.availability == [.v1, .beta])
        #expect(autopilot.properties.first { $0.name == "deviceSetupStatus" }?.availability == [.v1])
        #expect(autopilot.properties.first { $0.name == "eventDateTime" }?.availability == [.v1, .beta])
        let state = try #require(schema.type(named: "microsoft.graph.windowsAutopilotDeploymentState"))
        #expect(state.members.filter { $0.availability == [.v1] }.map(\.name) == ["notAttempted", "disabled"])
        #expect(schema.type(named: "microsoft.graph.keyValuePair")?.availability == [.beta])
        #expect(schema.type(named: Graph.entity)?.properties.first?.availability == [.v1, .beta])
    }
}
