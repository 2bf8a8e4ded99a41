import DocSchema
import Foundation
import GraphModels
import Testing

/// The generated models against the seeds' own JSON examples: a plain `JSONDecoder` reads
/// every request and response body, and `JSONEncoder` writes it back with the same members.
@Suite("Generated models decode the seeds' examples")
struct SeedExamplesTests {
    /// Every JSON body in the seeds, with where it stands.
    static func bodies() async -> [(place: String, text: String)] {
        let pages = await Pipeline.extract(files: seedPaths())
        return pages.flatMap { page in
            page.examples.compactMap { example in
                guard let text = example.bodyText, example.isStrictJSON == true,
                    example.role == .request || example.role == .response
                else { return nil }
                let line = example.bodyPosition?.line ?? example.position.line
                return ("\((page.file as NSString).lastPathComponent):\(line)", text)
            }
        }
    }

    @Test("there are examples to decode: two per seed")
    func examplesFound() async {
        let bodies = await Self.bodies()
        #expect(bodies.count == 10)
    }

    @Test("each body decodes, as the type its @odata.type names, and encodes back to equal JSON")
    func roundTrip() async throws {
        for body in await Self.bodies() {
            let decoded = try JSONDecoder().decode(AnyEntity.self, from: Data(body.text.utf8))
            let original = try #require(try JSONSerialization.jsonObject(with: Data(body.text.utf8)) as? [String: Any])
            #expect(type(of: decoded.value).odataTypeName == original["@odata.type"] as? String, "\(body.place)")
            #expect(decoded.value.additionalData.isEmpty, "\(body.place): \(decoded.value.additionalData.keys.sorted())")

            let encoded = try JSONEncoder().encode(decoded)
            let again = try JSONSerialization.jsonObject(with: encoded)
            let differences = JSONComparison.differences(original, again)
            #expect(differences.isEmpty, "\(body.place): \(differences)")
        }
    }

    @Test("dates keep seven fraction digits and their instant")
    func dates() throws {
        let json = ##"{"@odata.type": "#microsoft.graph.enrollmentTroubleshootingEvent", "eventDateTime": "2016-12-31T23:59:23.3984029-08:00"}"##
        let event = try JSONDecoder().decode(EnrollmentTroubleshootingEvent.self, from: Data(json.utf8))
        let encoded = try #require(String(data: try JSONEncoder().encode(event), encoding: .utf8))
        #expect(encoded.contains(#""eventDateTime":"2017-01-01T07:59:23.3984029Z""#))
        let expected = try #require(ISO8601DateFormatter().date(from: "2017-01-01T07:59:23Z"))
        #expect(abs(try #require(event.eventDateTime).timeIntervalSince(expected) - 0.3984029) < 1e-6)
    }

    @Test("a negative duration survives the round trip and converts to Swift.Duration")
    func negativeDuration() throws {
        let json = #"{"accountSetupDuration": "-PT2M32.0507894S", "deploymentDuration": "PT3M21.5549443S"}"#
        let event = try JSONDecoder().decode(DeviceManagementAutopilotEvent.self, from: Data(json.utf8))
        let duration = try #require(event.accountSetupDuration)
        #expect(duration.isNegative)
        #expect(duration.duration == .zero - (.seconds(152) + .nanoseconds(50_789_400)))
        #expect(event.deploymentDuration?.duration == .seconds(201) + .nanoseconds(554_944_300))
        let encoded = try #require(String(data: try JSONEncoder().encode(event), encoding: .utf8))
        #expect(encoded.contains(#""accountSetupDuration":"-PT2M32.0507894S""#))
        #expect(GraphDuration(.zero - .seconds(92) - .milliseconds(100)).text == "-PT92.1S")
    }

    @Test("a value the documentation does not list decodes as undocumented and is written back")
    func undocumentedEnumValue() throws {
        let json = #"{"enrollmentType": "String", "failureCategory": "AUTHENTICATION"}"#
        let event = try JSONDecoder().decode(EnrollmentTroubleshootingEvent.self, from: Data(json.utf8))
        #expect(event.enrollmentType == .undocumented("String"))
        #expect(event.failureCategory == .authentication)
        #expect(DeviceEnrollmentType(rawValue: "userEnrollment") == .userEnrollment)
        #expect(DeviceEnrollmentType.documentedCases.count == 17)
        let encoded = try #require(String(data: try JSONEncoder().encode(event), encoding: .utf8))
        #expect(encoded.contains(#""enrollmentType":"String""#))
    }

    @Test("an unknown key lands in additionalData, and an explicit null is kept")
    func unknownKeys() throws {
        let json = #"{"deviceId": null, "futureFlag": true, "futureList": [1, "two", {"three": 3.5}]}"#
        let event = try JSONDecoder().decode(EnrollmentTroubleshootingEvent.self, from: Data(json.utf8))
        #expect(event.deviceId == nil)
        #expect(event.additionalData["futureFlag"] == .bool(true))
        #expect(event.additionalData["futureList"] == .array([.integer(1), .string("two"), .object(["three": .double(3.5)])]))
        #expect(event.additionalData["deviceId"] == .null)
        let again = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(event))
        #expect(JSONComparison.differences(try JSONSerialization.jsonObject(with: Data(json.utf8)), again).isEmpty)
    }

    @Test("an unknown or missing @odata.type decodes as the base type")
    func polymorphicFallback() throws {
        let unknown = ##"{"@odata.type": "#microsoft.graph.somethingNew", "id": "1"}"##
        let decoded = try JSONDecoder().decode(AnyDeviceManagementTroubleshootingEvent.self, from: Data(unknown.utf8))
        let base = try #require(decoded.value as? DeviceManagementTroubleshootingEvent)
        #expect(base.id == "1")
        #expect(base.odataType == "#microsoft.graph.somethingNew")
        let missing = try JSONDecoder().decode(AnyEntity.self, from: Data(#"{"id": "2"}"#.utf8))
        #expect(missing.value.odataType == nil)
        let derived = AnyDeviceManagementTroubleshootingEvent(EnrollmentTroubleshootingEvent(deviceId: "d"))
        let written = try #require(try JSONSerialization.jsonObject(with: try JSONEncoder().encode(derived)) as? [String: Any])
        #expect(written["@odata.type"] as? String == EnrollmentTroubleshootingEvent.odataTypeName)
        #expect(try JSONDecoder().decode(AnyDeviceManagementTroubleshootingEvent.self, from: try JSONEncoder().encode(derived)).value is EnrollmentTroubleshootingEvent)
        #expect(derived == AnyDeviceManagementTroubleshootingEvent(EnrollmentTroubleshootingEvent(deviceId: "d")))
        #expect(derived != AnyDeviceManagementTroubleshootingEvent(DeviceManagementTroubleshootingEvent()))
    }

    private static func seedPaths() -> [String] {
        var root = URL(fileURLWithPath: #filePath)
        while root.path != "/" && !FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            root.deleteLastPathComponent()
        }
        let folder = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0).path }
    }
}
