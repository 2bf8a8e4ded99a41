/// `example-datetime-invalid`: a date, time or duration value in an example that does not parse.
struct ExampleDateTimeInvalidRule: CheckRule {
    let id = RuleID.exampleDateTimeInvalid
    let summary = "An example's DateTimeOffset, Date, TimeOfDay or Duration value does not parse."
    let explanation = """
        DateTimeOffset values are ISO 8601 date-times (`2021-07-01T08:00:00Z`; a missing zone offset is \
        tolerated), Date values `yyyy-mm-dd`, TimeOfDay values `hh:mm:ss`, and Duration values ISO 8601 \
        durations (`PT1H30M`, `-P2DT3S`). Text such as "String (timestamp)" or "datetime-value", or a \
        month 13, fails in every client that parses the value. JSON representations are not checked. \
        (ApiDoctor InvalidDateTimeString.)
        """

    func check(_ context: CheckContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for value in context.exampleValues {
            let type = value.match.property.type
            guard type.isPrimitive else { continue }
            for case .string(let text) in value.scalars where WireFormats.isValid(text, as: type.name) == false {
                findings.append(Diagnostic(
                    id, "'\(value.member.key)' has the value \"\(text)\", which is not a valid \(type.shortName)",
                    at: value.location))
                break
            }
        }
        return findings
    }
}
